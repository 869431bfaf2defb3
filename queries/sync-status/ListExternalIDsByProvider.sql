/* @name ListExternalIDsByProvider */
-- Scope: one workspace. A keyset page of the external ids of one entity
-- type's live rows of one provider created before a time, in external id
-- order: only the ids (what a backfill compares with what the provider still
-- lists), read over the (workspace_id, payment_provider, external_id) key of
-- each table. entityType picks the table; the other branches are skipped.
SELECT u.external_id AS "external_id!"
FROM (
  SELECT external_id FROM customers
  WHERE :entityType! = 'customer' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
  UNION ALL
  SELECT external_id FROM products
  WHERE :entityType! = 'product' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
  UNION ALL
  SELECT external_id FROM prices
  WHERE :entityType! = 'price' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
  UNION ALL
  SELECT external_id FROM subscriptions
  WHERE :entityType! = 'subscription' AND workspace_id = :workspaceId! AND payment_provider = :paymentProvider!
    AND deleted_at IS NULL AND created_at < :createdBefore! AND external_id > :afterExternalId!
) AS u
ORDER BY u.external_id
LIMIT :limit!;
