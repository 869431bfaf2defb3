// Workspaces and their payment-provider configuration, against a real PostgreSQL.
import { describe, expect, it } from 'vitest';
import { AmbiguousProviderAccountError, InvalidParameterError } from '../src/errors.js';
import * as workspaces from '../src/workspaces.js';
import { useDatabase } from './support/database.js';
import { insertRow, insertWorkspace, snapshot } from './support/factories.js';

const db = useDatabase();

const NO_SUCH_WORKSPACE = '00000000-0000-4000-8000-000000000000';

describe('createWorkspace, getWorkspace, deleteWorkspace', () => {
  it('creates, reads and soft-deletes a workspace once', async () => {
    const created = await workspaces.createWorkspace(db.pool, { name: 'Acme' });
    expect(created).toMatchObject({ name: 'Acme', deletedAt: null });
    expect((await workspaces.getWorkspace(db.pool, { workspaceId: created!.id }))?.name).toBe('Acme');
    expect(await workspaces.deleteWorkspace(db.pool, { workspaceId: created!.id })).toBe(1);
    expect(await workspaces.deleteWorkspace(db.pool, { workspaceId: created!.id })).toBe(0);
    expect(await workspaces.getWorkspace(db.pool, { workspaceId: created!.id })).toBeNull();
  });
});

describe('getWorkspaceProviderConfig', () => {
  it("returns the workspace's configuration of that provider only, or null", async () => {
    const { a, b } = await db.twoWorkspaces();
    await insertRow(db.pool, 'workspace_payment_providers', {
      workspaceId: a,
      providerName: 'stripe',
      config: { accountId: 'acct_1', credentialsRef: 'vault://stripe/a' },
      enabled: false,
    });
    const row = await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'stripe' });
    expect(row).toMatchObject({
      workspaceId: a,
      providerName: 'stripe',
      config: { accountId: 'acct_1', credentialsRef: 'vault://stripe/a' },
      enabled: false,
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(
      await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'chargebee' }),
    ).toBeNull();
    expect(await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: b, providerName: 'stripe' })).toBeNull();
  });

  it('finds nothing once the workspace is soft-deleted', async () => {
    const { a } = await db.twoWorkspaces();
    await workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'stripe' });
    await workspaces.deleteWorkspace(db.pool, { workspaceId: a });
    expect(await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'stripe' })).toBeNull();
  });

  it('refuses a bad provider name or a malformed uuid before touching the database', async () => {
    const pool = await db.closedPool();
    for (const params of [
      { workspaceId: NO_SUCH_WORKSPACE, providerName: 'Stripe' },
      { workspaceId: NO_SUCH_WORKSPACE, providerName: 'x' },
      { workspaceId: NO_SUCH_WORKSPACE, providerName: 'stripe; drop table x' },
      { workspaceId: 'nope', providerName: 'stripe' },
    ]) {
      await expect(workspaces.getWorkspaceProviderConfig(pool, params)).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('updateWorkspaceProviderConfig', () => {
  it('creates the configuration, then replaces only what is given', async () => {
    const { a } = await db.twoWorkspaces();
    const config = { accountId: 'acct_1', apiVersion: '2024-06-20', credentialsRef: 'vault://payments/stripe/acme' };
    const created = await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      config,
    });
    expect(created).toMatchObject({ workspaceId: a, providerName: 'stripe', config, enabled: true });

    const disabled = await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      enabled: false,
    });
    expect(disabled).toMatchObject({ config, enabled: false });

    const replaced = await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      config: { accountId: 'acct_2', sync: { entities: ['customer', 'price'], webhookSecretRef: 'vault://whsec' } },
    });
    // The whole config is replaced (no merge); enabled is kept.
    expect(replaced).toMatchObject({
      config: { accountId: 'acct_2', sync: { entities: ['customer', 'price'], webhookSecretRef: 'vault://whsec' } },
      enabled: false,
    });
    expect(replaced!.updatedAt.getTime()).toBeGreaterThanOrEqual(created!.updatedAt.getTime());

    const defaults = await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'chargebee',
    });
    expect(defaults).toMatchObject({ config: {}, enabled: true });
    const { rows } = await db.pool.query(
      'SELECT count(*)::int AS n FROM workspace_payment_providers WHERE workspace_id = $1',
      [a],
    );
    expect(rows[0].n).toBe(2);
  });

  it("changes nothing for an unknown or soft-deleted workspace, nor another workspace's configuration", async () => {
    const { a, b } = await db.twoWorkspaces();
    await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      config: { accountId: 'a' },
    });
    const gone = await insertWorkspace(db.pool, { deletedAt: new Date() });
    const before = await snapshot(db.pool);
    expect(
      await workspaces.updateWorkspaceProviderConfig(db.pool, {
        workspaceId: NO_SUCH_WORKSPACE,
        providerName: 'stripe',
        config: {},
      }),
    ).toBeNull();
    expect(
      await workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId: gone.id, providerName: 'stripe' }),
    ).toBeNull();
    expect(await snapshot(db.pool)).toEqual(before);
    // B's upsert creates B's own row; A's row is untouched.
    await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: b,
      providerName: 'stripe',
      config: { accountId: 'b' },
    });
    expect(
      (await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'stripe' }))?.config,
    ).toEqual({
      accountId: 'a',
    });
  });

  it('refuses a non-object config, a non-boolean enabled, a bad provider or uuid, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    const base = { workspaceId: a, providerName: 'stripe' };
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const params of [
      { ...base, config: [1, 2] },
      { ...base, config: 'text' },
      { ...base, config: 42 },
      { ...base, config: new Date() },
      { ...base, config: circular },
      { ...base, enabled: 'yes' },
      { ...base, enabled: 1 },
      { ...base, providerName: 'Stripe' },
      { ...base, workspaceId: 'nope' },
    ]) {
      await db.refusedWithoutWrites(
        () => workspaces.updateWorkspaceProviderConfig(db.pool, params as never),
        InvalidParameterError,
      );
    }
  });

  it('refuses secret-looking keys and values at any depth, with nothing written', async () => {
    const { a } = await db.twoWorkspaces();
    await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: a,
      providerName: 'stripe',
      config: { accountId: 'kept' },
    });
    const secrets = [
      { apiKey: 'x' },
      { api_key: 'x' },
      { 'API-KEY': 'x' },
      { secret: 'x' },
      { clientSecret: 'x' },
      { password: 'x' },
      { token: 'x' },
      { accessToken: 'x' },
      { private_key: 'x' },
      { credentials: { user: 'u' } },
      { stripe: { live: { webhookSecret: 'x' } } },
      { accounts: [{ id: 'acct_1' }, { id: 'acct_2', password: 'x' }] },
      // A provider secret under an innocent-looking key, or under a *Ref key.
      { accountId: 'sk_live_51Habc' },
      { credentialsRef: 'rk_test_abc' },
      { endpoints: ['https://example.com', 'whsec_abc'] },
      { cert: '-----BEGIN RSA PRIVATE KEY-----\nMIIE...' },
      // Checked on what is stored: toJSON output counts.
      { nested: { toJSON: () => ({ apiKey: 'x' }) } },
    ];
    for (const config of secrets) {
      await db.refusedWithoutWrites(
        () =>
          workspaces.updateWorkspaceProviderConfig(db.pool, {
            workspaceId: a,
            providerName: 'stripe',
            config: config as never,
          }),
        InvalidParameterError,
      );
    }
    expect(
      (await workspaces.getWorkspaceProviderConfig(db.pool, { workspaceId: a, providerName: 'stripe' }))?.config,
    ).toEqual({
      accountId: 'kept',
    });
  });

  it('names the offending key in the error', async () => {
    const { a } = await db.twoWorkspaces();
    const error = await workspaces
      .updateWorkspaceProviderConfig(db.pool, {
        workspaceId: a,
        providerName: 'stripe',
        config: { sync: { apiKey: 'x' } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe('config.sync.apiKey');
  });
});

describe('getWorkspacesByProvider', () => {
  it('pages across workspaces through the enabled configurations whose workspace is live, in workspaceId order', async () => {
    const provider = 'paddle';
    const expected: string[] = [];
    for (let i = 0; i < 7; i++) {
      const ws = await insertWorkspace(db.pool);
      await workspaces.updateWorkspaceProviderConfig(db.pool, {
        workspaceId: ws.id,
        providerName: provider,
        config: { n: i, credentialsRef: `vault://${i}` },
      });
      expected.push(ws.id);
    }
    const disabled = await insertWorkspace(db.pool);
    await workspaces.updateWorkspaceProviderConfig(db.pool, {
      workspaceId: disabled.id,
      providerName: provider,
      enabled: false,
    });
    const deleted = await insertWorkspace(db.pool);
    await workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId: deleted.id, providerName: provider });
    await workspaces.deleteWorkspace(db.pool, { workspaceId: deleted.id });
    const other = await insertWorkspace(db.pool, { name: 'other provider' });
    await workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId: other.id, providerName: 'paddle_v2' });
    expected.sort();

    const seen: workspaces.ProviderWorkspace[] = [];
    let after: workspaces.ProviderWorkspace | undefined;
    for (;;) {
      const page = await workspaces.getWorkspacesByProvider(db.pool, { providerName: provider, limit: 3, after });
      expect(page.length).toBeLessThanOrEqual(3);
      if (page.length === 0) break;
      seen.push(...page);
      after = page[page.length - 1];
    }
    expect(seen.map((r) => r.workspaceId)).toEqual(expected);
    expect(seen[0]).toMatchObject({
      providerName: provider,
      enabled: true,
      config: { credentialsRef: expect.any(String) },
    });
    expect(typeof seen[0].workspaceName).toBe('string');
    expect(await workspaces.getWorkspacesByProvider(db.pool, { providerName: 'nobody', limit: 10 })).toEqual([]);
  });

  it('refuses a bad provider name, a bad limit or cursor before touching the database', async () => {
    const pool = await db.closedPool();
    for (const params of [
      { providerName: 'Paddle', limit: 10 },
      { providerName: 'paddle', limit: 0 },
      { providerName: 'paddle', limit: 1001 },
      { providerName: 'paddle', limit: 10, after: { workspaceId: 'nope' } },
    ]) {
      await expect(workspaces.getWorkspacesByProvider(pool, params)).rejects.toBeInstanceOf(InvalidParameterError);
    }
  });
});

describe('getWorkspaceByProviderAccount', () => {
  const configure = (workspaceId: string, providerName: string, accountId: string, enabled = true) =>
    workspaces.updateWorkspaceProviderConfig(db.pool, { workspaceId, providerName, config: { accountId }, enabled });

  it('finds the live workspace whose enabled configuration of that provider names the account, and no other', async () => {
    const { a, b } = await db.twoWorkspaces();
    await configure(a, 'stripe', 'acct_lookup_a');
    await configure(b, 'stripe', 'acct_lookup_b');
    // The same account id under another provider is another account.
    await configure(b, 'chargebee', 'acct_lookup_a');
    const found = await workspaces.getWorkspaceByProviderAccount(db.pool, {
      providerName: 'stripe',
      accountId: 'acct_lookup_a',
    });
    expect(found).toMatchObject({ workspaceId: a, providerName: 'stripe', config: { accountId: 'acct_lookup_a' } });
    expect(typeof found!.workspaceName).toBe('string');
    expect(
      (
        await workspaces.getWorkspaceByProviderAccount(db.pool, {
          providerName: 'chargebee',
          accountId: 'acct_lookup_a',
        })
      )?.workspaceId,
    ).toBe(b);
    expect(
      await workspaces.getWorkspaceByProviderAccount(db.pool, { providerName: 'stripe', accountId: 'acct_lookup_c' }),
    ).toBeNull();
  });

  it('ignores a disabled configuration and a soft-deleted workspace', async () => {
    const { a, b } = await db.twoWorkspaces();
    await configure(a, 'stripe', 'acct_off', false);
    await configure(b, 'stripe', 'acct_gone');
    await workspaces.deleteWorkspace(db.pool, { workspaceId: b });
    for (const accountId of ['acct_off', 'acct_gone']) {
      expect(await workspaces.getWorkspaceByProviderAccount(db.pool, { providerName: 'stripe', accountId })).toBeNull();
    }
  });

  it('two workspaces naming the same account: AmbiguousProviderAccountError, the library does not choose', async () => {
    const { a, b } = await db.twoWorkspaces();
    await configure(a, 'stripe', 'acct_twice');
    await configure(b, 'stripe', 'acct_twice');
    const error = await workspaces
      .getWorkspaceByProviderAccount(db.pool, { providerName: 'stripe', accountId: 'acct_twice' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousProviderAccountError);
    expect((error as AmbiguousProviderAccountError).code).toBe('AMBIGUOUS_PROVIDER_ACCOUNT');
  });
});
