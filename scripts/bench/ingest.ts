// Bulk ingest of new provider customers, rows/s: the library's
// bulkUpsertCustomersWithSync vs COPY into a staging table + INSERT ... SELECT
// ON CONFLICT (the fastest way in), vs multi-row VALUES in batches within the
// 65,535-parameter limit, vs a per-row loop of createCustomerWithSync (timed on
// a sample, extrapolated). Each run writes into a fresh workspace; the runs of
// each repetition go in a rotating order.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import { customers, withTransaction, workspaces } from '../../src/index.js';
import type { Context, SectionResult } from './context.js';
import { fmt, median, time } from './measure.js';

export const INGEST_LIMIT = 0.5;
/** Objects per bulkUpsertCustomersWithSync call. */
export const BULK_BATCH = 10_000;
/** Rows per multi-row VALUES statement: 6 parameters per row + 2 shared = 60,002 <= 65,535. */
export const VALUES_BATCH = 10_000;

interface Obj {
  externalId: string;
  email: string;
  name: string;
  metadata: { [key: string]: string | number };
  providerUpdatedAt: Date;
  providerData: { [key: string]: string };
}

function objects(count: number, tag: string): Obj[] {
  const at = new Date('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, k) => ({
    externalId: `cus_${tag}_${k}`,
    email: `${tag}${k}@example.com`,
    name: `Ingested ${k}`,
    metadata: { source: 'bench', k },
    providerUpdatedAt: new Date(at.getTime() + k),
    providerData: { id: `cus_${tag}_${k}`, object: 'customer', email: `${tag}${k}@example.com` },
  }));
}

const UPSERT_SET = `ON CONFLICT (workspace_id, payment_provider, external_id) WHERE deleted_at IS NULL
DO UPDATE SET
  email = excluded.email, name = excluded.name, metadata = excluded.metadata,
  payment_sync_status = excluded.payment_sync_status,
  payment_synced_at = COALESCE(excluded.payment_synced_at, c.payment_synced_at),
  payment_sync_error = NULL, payment_sync_version = c.payment_sync_version + 1,
  provider_updated_at = excluded.provider_updated_at, provider_data = excluded.provider_data
WHERE c.provider_updated_at IS NULL OR c.provider_updated_at <= excluded.provider_updated_at`;

/** COPY text format: tab-separated, \N for null, backslash escapes. */
const copyField = (v: string | null) =>
  v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

type Method = (workspaceId: string, rows: Obj[]) => Promise<number>;

export async function ingest(ctx: Context): Promise<SectionResult> {
  const { settings: s } = ctx;
  const pool = ctx.pool;
  const N = s.ingestRows;

  const bulk: Method = async (workspaceId, rows) => {
    let written = 0;
    for (let i = 0; i < rows.length; i += BULK_BATCH) {
      const batch = rows.slice(i, i + BULK_BATCH);
      const r = await customers.bulkUpsertCustomersWithSync(pool, {
        workspaceId,
        paymentProvider: 'stripe',
        externalIds: batch.map((o) => o.externalId),
        providerUpdatedAts: batch.map((o) => o.providerUpdatedAt),
        emails: batch.map((o) => o.email),
        names: batch.map((o) => o.name),
        metadatas: batch.map((o) => o.metadata),
        providerDatas: batch.map((o) => o.providerData),
      });
      written += r.inserted + r.updated;
    }
    return written;
  };

  const copy: Method = (workspaceId, rows) =>
    withTransaction(pool, async (client) => {
      await client.query(`CREATE TEMP TABLE bench_ingest_staging (
        external_id text, email text, name text, metadata jsonb, provider_updated_at timestamptz, provider_data jsonb
      ) ON COMMIT DROP`);
      const stream = client.query(copyStreams.from('COPY bench_ingest_staging FROM STDIN'));
      const CHUNK = 2000;
      function* chunks() {
        for (let i = 0; i < rows.length; i += CHUNK) {
          let text = '';
          for (const o of rows.slice(i, i + CHUNK)) {
            text +=
              [
                o.externalId,
                o.email,
                o.name,
                JSON.stringify(o.metadata),
                o.providerUpdatedAt.toISOString(),
                JSON.stringify(o.providerData),
              ]
                .map(copyField)
                .join('\t') + '\n';
          }
          yield text;
        }
      }
      await pipeline(Readable.from(chunks()), stream);
      const r = await client.query(
        `INSERT INTO customers AS c (workspace_id, email, name, metadata, payment_provider, external_id,
           payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
         SELECT $1::uuid, s.email, s.name, COALESCE(s.metadata, '{}'), $2::text, s.external_id, 'synced', now(),
           s.provider_updated_at, s.provider_data
         FROM bench_ingest_staging s
         ${UPSERT_SET}`,
        [workspaceId, 'stripe'],
      );
      return r.rowCount ?? 0;
    });

  const values: Method = async (workspaceId, rows) => {
    let written = 0;
    for (let i = 0; i < rows.length; i += VALUES_BATCH) {
      const batch = rows.slice(i, i + VALUES_BATCH);
      const params: unknown[] = [workspaceId, 'stripe'];
      const tuples: string[] = [];
      for (const o of batch) {
        const p = params.length;
        tuples.push(`($1, $${p + 1}, $${p + 2}, $${p + 3}, $2, $${p + 4}, 'synced', now(), $${p + 5}, $${p + 6})`);
        params.push(
          o.email,
          o.name,
          JSON.stringify(o.metadata),
          o.externalId,
          o.providerUpdatedAt,
          JSON.stringify(o.providerData),
        );
      }
      const r = await pool.query(
        `INSERT INTO customers AS c (workspace_id, email, name, metadata, payment_provider, external_id,
           payment_sync_status, payment_synced_at, provider_updated_at, provider_data)
         VALUES ${tuples.join(',\n')}
         ${UPSERT_SET}`,
        params,
      );
      written += r.rowCount ?? 0;
    }
    return written;
  };

  const loop: Method = async (workspaceId, rows) => {
    for (const o of rows) {
      await customers.createCustomerWithSync(pool, { workspaceId, paymentProvider: 'stripe', ...o });
    }
    return rows.length;
  };

  const methods: { key: string; label: string; fn: Method; rows: number }[] = [
    {
      key: 'bulk',
      label: `customers.bulkUpsertCustomersWithSync (${fmt.int(BULK_BATCH)} per call)`,
      fn: bulk,
      rows: N,
    },
    { key: 'copy', label: 'COPY into staging + INSERT ... SELECT ON CONFLICT', fn: copy, rows: N },
    {
      key: 'values',
      label: `multi-row VALUES ON CONFLICT (${fmt.int(VALUES_BATCH)} rows, ${fmt.int(VALUES_BATCH * 6 + 2)} params per statement)`,
      fn: values,
      rows: N,
    },
    {
      key: 'loop',
      label: `per-row createCustomerWithSync (extrapolated from ${fmt.int(s.loopSample)} rows)`,
      fn: loop,
      rows: s.loopSample,
    },
  ];
  const rates: Record<string, number[]> = Object.fromEntries(methods.map((m) => [m.key, []]));
  let run = 0;
  for (let r = 0; r < s.bulkReps; r++) {
    const order = methods.map((_, j) => methods[(r + j) % methods.length]);
    for (const m of order) {
      const ws = await workspaces.createWorkspace(pool, { name: `bench ingest ${m.key} ${r}` });
      const rows = objects(m.rows, `ing${run++}`);
      const { ms, value } = await time(() => m.fn(ws!.id, rows));
      if (value !== m.rows) throw new Error(`${m.key} wrote ${value} rows, expected ${m.rows}`);
      rates[m.key].push((m.rows / ms) * 1000);
    }
  }
  const rate = Object.fromEntries(methods.map((m) => [m.key, median(rates[m.key])]));
  const ratio = rate.bulk / rate.copy;
  ctx.log(
    `  ingest: bulk ${fmt.int(rate.bulk)} rows/s, COPY ${fmt.int(rate.copy)}, VALUES ${fmt.int(rate.values)}, loop ${fmt.int(rate.loop)}`,
  );
  return {
    title: `Bulk ingest of ${fmt.int(N)} new customers`,
    about:
      `${fmt.int(N)} new provider customers into a fresh workspace per run (the table already holds the dataset), ` +
      `${s.bulkReps} repetition(s), rotating order; each run commits durably. Rows/s is the median over repetitions. ` +
      'The COPY path skips the in-batch de-duplication the library does (DISTINCT ON), so it is the cheaper baseline.',
    headers: ['method', 'rows/s', 'time for the batch', 'vs COPY', 'target'],
    rows: methods.map((m) => [
      m.label,
      `${m.key === 'loop' ? '~' : ''}${fmt.int(rate[m.key])}`,
      `${m.key === 'loop' ? '~' : ''}${fmt.ms((N / rate[m.key]) * 1000)}`,
      fmt.ratio(rate[m.key] / rate.copy),
      m.key === 'bulk' ? (ratio >= INGEST_LIMIT ? 'PASS' : 'MISS') : '',
    ]),
    targets: [
      {
        name: 'bulk ingest (bulkUpsertCustomersWithSync) vs COPY, rows/s',
        figure: `${fmt.ratio(ratio)} (${fmt.int(rate.bulk)} vs ${fmt.int(rate.copy)} rows/s)`,
        limit: `>= ${INGEST_LIMIT.toFixed(2)}x`,
        pass: ratio >= INGEST_LIMIT,
        why: ratio >= INGEST_LIMIT ? undefined : 'arrays are sent as text literals and unnested; COPY streams rows',
      },
    ],
  };
}
