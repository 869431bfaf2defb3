/** Types generated for queries found in "queries/subscriptions/DeleteSubscriptionWithSync.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'DeleteSubscriptionWithSync' parameters type */
export interface IDeleteSubscriptionWithSyncParams {
  externalId: string;
  paymentProvider: string;
  providerUpdatedAt: DateOrString;
  workspaceId: string;
}

/** 'DeleteSubscriptionWithSync' return type */
export interface IDeleteSubscriptionWithSyncResult {
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
  currentPeriodEnd: Date | null;
  currentPeriodStart: Date | null;
  customerId: string | null;
  deletedAt: Date | null;
  externalId: string | null;
  id: string;
  metadata: Json;
  outcome: string;
  paymentProvider: string | null;
  paymentSyncedAt: Date | null;
  paymentSyncError: string | null;
  paymentSyncStatus: string;
  paymentSyncVersion: number;
  priceId: string | null;
  providerData: Json | null;
  providerUpdatedAt: Date | null;
  quantity: number;
  status: string | null;
  trialEnd: Date | null;
  updatedAt: Date;
  workspaceId: string;
}

/** 'DeleteSubscriptionWithSync' query type */
export interface IDeleteSubscriptionWithSyncQuery {
  params: IDeleteSubscriptionWithSyncParams;
  result: IDeleteSubscriptionWithSyncResult;
}

const deleteSubscriptionWithSyncIR: any = {"usedParamSet":{"providerUpdatedAt":true,"workspaceId":true,"paymentProvider":true,"externalId":true},"params":[{"name":"providerUpdatedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":1169,"b":1187},{"a":1250,"b":1268},{"a":1818,"b":1836}]},{"name":"workspaceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1414,"b":1426},{"a":1753,"b":1765}]},{"name":"paymentProvider","required":true,"transform":{"type":"scalar"},"locs":[{"a":1451,"b":1467},{"a":1768,"b":1784}]},{"name":"externalId","required":true,"transform":{"type":"scalar"},"locs":[{"a":1487,"b":1498},{"a":1787,"b":1798}]}],"statement":"-- Scope: one workspace. The provider deleted the subscription as of\n-- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of\n-- an older delete) of (workspace, provider, external id) is marked deleted\n-- and keeps providerUpdatedAt (version + 1, status synced); a subscription never\n-- seen leaves a tombstone of its own, so that a late, older write of it stays\n-- stale. A delete wins a tie with a live row of the same time. Outcome\n-- deleted; or nothing written and the stored row back: stale (the stored row\n-- is newer) or unchanged (a tombstone of this very time). No row: a\n-- concurrent writer changed the row since this statement's snapshot; run it\n-- again.\nWITH existing AS (\n  SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n         cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n         payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,\n         provider_updated_at, provider_data, created_at, updated_at, deleted_at,\n         CASE\n           WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL\n           WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'\n           WHEN provider_deleted THEN 'unchanged'\n         END AS skipped\n  FROM subscriptions\n  WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!\n    AND (deleted_at IS NULL OR provider_deleted)\n),\nwritten AS (\n  INSERT INTO subscriptions AS s (\n    workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,\n    provider_updated_at, deleted_at, provider_deleted)\n  SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true\n  WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)\n  ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted\n  DO UPDATE SET\n    payment_sync_status = 'synced',\n    updated_at = now(),\n    payment_sync_error = NULL,\n    payment_sync_version = s.payment_sync_version + 1,\n    provider_updated_at = excluded.provider_updated_at,\n    deleted_at = COALESCE(s.deleted_at, now()),\n    provider_deleted = true\n  WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at\n     OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted)\n  RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,\n            current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,\n            payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,\n            payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at\n)\n-- (UNION ALL columns come out of pgtyped nullable: \"!\" restores the NOT NULL ones.)\nSELECT workspace_id AS \"workspace_id!\", id AS \"id!\", customer_id, price_id, status, quantity AS \"quantity!\",\n       current_period_start, current_period_end, cancel_at_period_end AS \"cancel_at_period_end!\", canceled_at,\n       trial_end, metadata AS \"metadata!\", external_id, payment_provider,\n       payment_sync_status AS \"payment_sync_status!\", payment_synced_at,\n       payment_sync_version AS \"payment_sync_version!\", payment_sync_error, provider_updated_at,\n       provider_data, created_at AS \"created_at!\", updated_at AS \"updated_at!\", deleted_at,\n       'deleted' AS \"outcome!\"\nFROM written\nUNION ALL\nSELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,\n       cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,\n       payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,\n       provider_data, created_at, updated_at, deleted_at, skipped\nFROM existing\nWHERE skipped IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * -- Scope: one workspace. The provider deleted the subscription as of
 * -- providerUpdatedAt: a monotonic tombstone. The live row (or a tombstone of
 * -- an older delete) of (workspace, provider, external id) is marked deleted
 * -- and keeps providerUpdatedAt (version + 1, status synced); a subscription never
 * -- seen leaves a tombstone of its own, so that a late, older write of it stays
 * -- stale. A delete wins a tie with a live row of the same time. Outcome
 * -- deleted; or nothing written and the stored row back: stale (the stored row
 * -- is newer) or unchanged (a tombstone of this very time). No row: a
 * -- concurrent writer changed the row since this statement's snapshot; run it
 * -- again.
 * WITH existing AS (
 *   SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *          cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *          payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error,
 *          provider_updated_at, provider_data, created_at, updated_at, deleted_at,
 *          CASE
 *            WHEN provider_updated_at IS NULL OR provider_updated_at < :providerUpdatedAt!::timestamptz THEN NULL
 *            WHEN provider_updated_at > :providerUpdatedAt!::timestamptz THEN 'stale'
 *            WHEN provider_deleted THEN 'unchanged'
 *          END AS skipped
 *   FROM subscriptions
 *   WHERE workspace_id = :workspaceId! AND payment_provider = :paymentProvider! AND external_id = :externalId!
 *     AND (deleted_at IS NULL OR provider_deleted)
 * ),
 * written AS (
 *   INSERT INTO subscriptions AS s (
 *     workspace_id, payment_provider, external_id, payment_sync_status, payment_synced_at,
 *     provider_updated_at, deleted_at, provider_deleted)
 *   SELECT :workspaceId!, :paymentProvider!, :externalId!, 'synced', now(), :providerUpdatedAt!, now(), true
 *   WHERE NOT EXISTS (SELECT FROM existing WHERE skipped IS NOT NULL)
 *   ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL OR provider_deleted
 *   DO UPDATE SET
 *     payment_sync_status = 'synced',
 *     updated_at = now(),
 *     payment_sync_error = NULL,
 *     payment_sync_version = s.payment_sync_version + 1,
 *     provider_updated_at = excluded.provider_updated_at,
 *     deleted_at = COALESCE(s.deleted_at, now()),
 *     provider_deleted = true
 *   WHERE s.provider_updated_at IS NULL OR s.provider_updated_at < excluded.provider_updated_at
 *      OR (s.provider_updated_at = excluded.provider_updated_at AND NOT s.provider_deleted)
 *   RETURNING workspace_id, id, customer_id, price_id, status, quantity, current_period_start,
 *             current_period_end, cancel_at_period_end, canceled_at, trial_end, metadata, external_id,
 *             payment_provider, payment_sync_status, payment_synced_at, payment_sync_version,
 *             payment_sync_error, provider_updated_at, provider_data, created_at, updated_at, deleted_at
 * )
 * -- (UNION ALL columns come out of pgtyped nullable: "!" restores the NOT NULL ones.)
 * SELECT workspace_id AS "workspace_id!", id AS "id!", customer_id, price_id, status, quantity AS "quantity!",
 *        current_period_start, current_period_end, cancel_at_period_end AS "cancel_at_period_end!", canceled_at,
 *        trial_end, metadata AS "metadata!", external_id, payment_provider,
 *        payment_sync_status AS "payment_sync_status!", payment_synced_at,
 *        payment_sync_version AS "payment_sync_version!", payment_sync_error, provider_updated_at,
 *        provider_data, created_at AS "created_at!", updated_at AS "updated_at!", deleted_at,
 *        'deleted' AS "outcome!"
 * FROM written
 * UNION ALL
 * SELECT workspace_id, id, customer_id, price_id, status, quantity, current_period_start, current_period_end,
 *        cancel_at_period_end, canceled_at, trial_end, metadata, external_id, payment_provider,
 *        payment_sync_status, payment_synced_at, payment_sync_version, payment_sync_error, provider_updated_at,
 *        provider_data, created_at, updated_at, deleted_at, skipped
 * FROM existing
 * WHERE skipped IS NOT NULL
 * ```
 */
export const deleteSubscriptionWithSync = new PreparedQuery<IDeleteSubscriptionWithSyncParams,IDeleteSubscriptionWithSyncResult>(deleteSubscriptionWithSyncIR);


