/* @name GetCustomersByExternalIDs */
-- Scope: one workspace. The live customers of one provider among these
-- external ids (one array parameter), in (created_at, id) order; ids not
-- found are simply absent.
SELECT *
FROM customers
WHERE workspace_id = :workspaceId!
  AND payment_provider = :paymentProvider!
  AND external_id = ANY(:externalIds!::text[])
  AND deleted_at IS NULL
ORDER BY created_at, id;
