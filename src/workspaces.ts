// Workspaces (tenants) and, with the sync-core queries, their provider configuration.
//
// A provider configuration (`config`) holds settings (account id, API
// version, feature flags, sync options) and a REFERENCE to where the
// credentials live in a secret store (e.g. `credentialsRef:
// 'vault://payments/stripe/acme'`), never a credential: it is plain jsonb,
// readable by anyone who can read the table, its backups and logs.
// updateWorkspaceProviderConfig refuses (InvalidParameterError, nothing
// written) a config with a secret-looking key at any depth (secret, password,
// api_key/apiKey, token, private_key, credentials, ...; a key ending in `Ref`
// or `_ref` names a reference and is allowed) or a value that looks like a
// provider secret (`sk_live_...`, `rk_test_...`, `whsec_...`, a PEM private key).
import * as CreateWorkspace from '../generated/workspaces/CreateWorkspace.js';
import * as DeleteWorkspace from '../generated/workspaces/DeleteWorkspace.js';
import * as GetWorkspace from '../generated/workspaces/GetWorkspace.js';
import * as GetWorkspaceByProviderAccount from '../generated/workspaces/GetWorkspaceByProviderAccount.js';
import * as GetWorkspaceProviderConfig from '../generated/workspaces/GetWorkspaceProviderConfig.js';
import * as GetWorkspacesByProvider from '../generated/workspaces/GetWorkspacesByProvider.js';
import * as UpdateWorkspaceProviderConfig from '../generated/workspaces/UpdateWorkspaceProviderConfig.js';
import { AmbiguousProviderAccountError, InvalidParameterError } from './errors.js';
import { jsonObject, text, type ParamRules, type Rule } from './params.js';
import { changed, list, many, one, sameQuery, type Db, type Narrow, type ParamsOf, type ResultOf } from './query.js';

export type Workspace = Narrow<GetWorkspace.IGetWorkspaceResult>;
export type WorkspaceProviderConfig = Narrow<GetWorkspaceProviderConfig.IGetWorkspaceProviderConfigResult>;
export type ProviderWorkspace = Narrow<GetWorkspacesByProvider.IGetWorkspacesByProviderResult>;

/**
 * Creates a workspace (a tenant) named `name`. Resolves to the new row. CheckViolationError for an
 * empty name or one over 200 characters.
 */
export const createWorkspace = one(CreateWorkspace.createWorkspace);
/** The live workspace `workspaceId`, or null (unknown or soft-deleted). */
export const getWorkspace = one(GetWorkspace.getWorkspace);
/**
 * Soft-deletes the workspace `workspaceId`: it is hidden, its rows stay until you purge them (see
 * README). Resolves to rows changed (0 or 1).
 */
export const deleteWorkspace = changed(DeleteWorkspace.deleteWorkspace);

// Key names are compared lower-cased without separators: apiKey, api_key, API-KEY are one name.
const SECRET_KEY_PARTS = [
  'secret',
  'password',
  'passwd',
  'passphrase',
  'apikey',
  'accesskey',
  'privatekey',
  'signingkey',
  'token',
  'credential',
  'authorization',
  'bearer',
];
const SECRET_VALUES = [/^(sk|rk)_(live|test)_/, /^whsec_/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];

function secretLookingKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  // `credentialsRef`, `apiKeyRef`, `webhook_secret_ref`: a reference to a secret store, not a secret.
  if (normalized.endsWith('ref')) return false;
  return SECRET_KEY_PARTS.some((part) => normalized.includes(part));
}

function refuseSecrets(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (SECRET_VALUES.some((re) => re.test(value))) {
      throw new InvalidParameterError(path, 'looks like a credential: store it in a secret store and keep a reference');
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => refuseSecrets(item, `${path}[${i}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (secretLookingKey(key)) {
        throw new InvalidParameterError(
          `${path}.${key}`,
          'looks like a credential: config holds settings and a reference to a secret store (e.g. credentialsRef), never the secret',
        );
      }
      refuseSecrets(item, `${path}.${key}`);
    }
  }
}

/** A JSON object without secret-looking keys or values, at any depth; sent as JSON text. */
const providerConfig: Rule = (value, name) => {
  const encoded = jsonObject(value, name) as string;
  // Checked on what is stored (after toJSON), not on the caller's object.
  refuseSecrets(JSON.parse(encoded), name);
  return encoded;
};

// `enabled` must be a real boolean: the shared rule by name.
const providerConfigRules: ParamRules = { config: providerConfig };

/** The workspace's configuration of `providerName` (enabled or not), or null (none, or workspace soft-deleted). */
export const getWorkspaceProviderConfig = one(GetWorkspaceProviderConfig.getWorkspaceProviderConfig);
/**
 * Upsert on (workspaceId, providerName): creates the configuration (`config` default {},
 * `enabled` default true) or replaces `config` and/or `enabled`, each only when given. The row,
 * or null when the workspace is unknown or soft-deleted. InvalidParameterError for a non-object
 * config or one holding a secret-looking key or value (see the top of this module).
 */
export const updateWorkspaceProviderConfig = one(UpdateWorkspaceProviderConfig.updateWorkspaceProviderConfig, {
  rules: providerConfigRules,
});
/**
 * The ONE cross-workspace query, for schedulers: a page of the enabled configurations of
 * `providerName` whose workspace is live, with `workspaceName`, in workspaceId order. Pass the
 * last row as `after` for the next page.
 */
export const getWorkspacesByProvider = list(GetWorkspacesByProvider.getWorkspacesByProvider, {
  cursor: { workspaceId: 'uuid' },
});

// A provider account id (Stripe Connect's `acct_...`) is the provider's own text, not one of our uuids.
const byAccount = many(GetWorkspaceByProviderAccount.getWorkspaceByProviderAccount, {
  rules: { accountId: text(255) },
});
/**
 * ACROSS WORKSPACES, by design (a webhook endpoint serving every connected account): the live
 * workspace whose enabled configuration of `providerName` names `accountId` (`config.accountId`,
 * Stripe Connect's `acct_...`), with `workspaceName`, or null. AmbiguousProviderAccountError when
 * two workspaces name it: the library does not choose.
 */
export const getWorkspaceByProviderAccount = sameQuery(
  byAccount,
  async (db: Db, params: Parameters<typeof byAccount>[1]): Promise<ProviderWorkspace | null> => {
    const rows = await byAccount(db, params);
    if (rows.length > 1) throw new AmbiguousProviderAccountError(params.providerName, params.accountId);
    return rows[0] ?? null;
  },
);

// Each query's params and result by name (also exported by the package): <Name>Params, <Name>Result.
export type CreateWorkspaceParams = ParamsOf<typeof createWorkspace>;
export type CreateWorkspaceResult = ResultOf<typeof createWorkspace>;
export type DeleteWorkspaceParams = ParamsOf<typeof deleteWorkspace>;
export type DeleteWorkspaceResult = ResultOf<typeof deleteWorkspace>;
export type GetWorkspaceParams = ParamsOf<typeof getWorkspace>;
export type GetWorkspaceResult = ResultOf<typeof getWorkspace>;
export type GetWorkspaceByProviderAccountParams = ParamsOf<typeof getWorkspaceByProviderAccount>;
export type GetWorkspaceByProviderAccountResult = ResultOf<typeof getWorkspaceByProviderAccount>;
export type GetWorkspaceProviderConfigParams = ParamsOf<typeof getWorkspaceProviderConfig>;
export type GetWorkspaceProviderConfigResult = ResultOf<typeof getWorkspaceProviderConfig>;
export type GetWorkspacesByProviderParams = ParamsOf<typeof getWorkspacesByProvider>;
export type GetWorkspacesByProviderResult = ResultOf<typeof getWorkspacesByProvider>;
export type UpdateWorkspaceProviderConfigParams = ParamsOf<typeof updateWorkspaceProviderConfig>;
export type UpdateWorkspaceProviderConfigResult = ResultOf<typeof updateWorkspaceProviderConfig>;
