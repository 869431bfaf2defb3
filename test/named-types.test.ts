// Every query's params and result are exported by name (issue 14): for queries/<area>/<Name>.sql,
// the package entry exports the types <Name>Params and <Name>Result, declared in the module that
// defines the function and equal (assignable both ways) to ParamsOf / ResultOf of it. Read with the
// TypeScript compiler API, as scripts/api-docs.ts reads the package. The compile-time examples at
// the end are checked by `npm run typecheck` (tsconfig.json includes test/), not by vitest.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readQueryFiles, type QueryFile } from '../scripts/query-files.js';
import { customers, type Db } from '../src/index.js';
import type {
  BulkUpsertCustomersWithSyncParams,
  CountSyncSessionsResult,
  CreateCustomerWithSyncResult,
  Customer,
  DeleteCustomerWithSyncResult,
  GetCustomerResult,
  ListCustomersParams,
  ListCustomersResult,
  PurgeWebhookEventsParams,
  RecordWebhookEventResult,
} from '../src/index.js';

const root = join(import.meta.dirname, '..');
const queriesDir = join(root, 'queries');

/** queries/<area> -> the namespace that exports it (as in test/query-files.test.ts). */
const namespaceOf: Record<string, string> = {
  workspaces: 'workspaces',
  customers: 'customers',
  products: 'products',
  prices: 'prices',
  subscriptions: 'subscriptions',
  'sync-sessions': 'syncSessions',
  'sync-events': 'syncEvents',
  'sync-status': 'syncStatus',
  analytics: 'analytics',
  'webhook-events': 'webhookEvents',
};

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);

/**
 * A program over src/index.ts and an in-memory probe that spells out, for each query, the types
 * its named ones must equal: `type Params_<Name> = ParamsOf<typeof lib.<namespace>.<fn>>`.
 */
function programOf(files: QueryFile[]) {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const entryPath = join(root, 'src', 'index.ts');
  const probePath = join(root, 'test', '__named-types-probe__.ts');
  const probe = [
    "import type * as lib from '../src/index.js';",
    "import type { ParamsOf, ResultOf } from '../src/query.js';",
    ...files.flatMap((file) => {
      const fn = `lib.${namespaceOf[file.area]}.${lowerFirst(file.name)}`;
      return [
        `export type Params_${file.name} = ParamsOf<typeof ${fn}>;`,
        `export type Result_${file.name} = ResultOf<typeof ${fn}>;`,
      ];
    }),
  ].join('\n');
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === probePath
      ? ts.createSourceFile(fileName, probe, language, true)
      : getSourceFile.call(host, fileName, language, ...rest);
  host.fileExists = (fileName) => fileName === probePath || fileExists.call(host, fileName);
  host.readFile = (fileName) => (fileName === probePath ? probe : readFile.call(host, fileName));
  const program = ts.createProgram([entryPath, probePath], options, host);
  const checker = program.getTypeChecker();
  const moduleOf = (path: string) => {
    const source = program.getSourceFile(path);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!source || !symbol) throw new Error(`${relative(root, path)} is not a module`);
    return { source, exports: new Map(checker.getExportsOfModule(symbol).map((s) => [s.name, s])) };
  };
  return { program, checker, entry: moduleOf(entryPath), probe: moduleOf(probePath) };
}

describe('named query types', () => {
  it(
    'exports <Name>Params and <Name>Result for every queries/<area>/<Name>.sql, equal to ParamsOf / ResultOf of its function',
    {
      timeout: 120_000,
    },
    async () => {
      const files = await readQueryFiles(queriesDir);
      expect(files.filter((file) => !namespaceOf[file.area]).map((file) => file.area)).toEqual([]);
      expect(files.length).toBeGreaterThan(100);
      const { program, checker, entry, probe } = programOf(files);

      // The probe names every function: a query without one would make its ParamsOf `any` and pass.
      const probeErrors = ts
        .getPreEmitDiagnostics(program, probe.source)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(probeErrors).toEqual([]);

      const resolve = (symbol: ts.Symbol) =>
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const problems: string[] = [];
      for (const file of files) {
        const where = `${file.area}/${file.name}.sql`;
        const fn = `${namespaceOf[file.area]}.${lowerFirst(file.name)}`;
        for (const [suffix, form] of [
          ['Params', 'ParamsOf'],
          ['Result', 'ResultOf'],
        ] as const) {
          const name = `${file.name}${suffix}`;
          const exported = entry.exports.get(name);
          if (!exported) {
            problems.push(`${where}: src/index.ts exports no type ${name}`);
            continue;
          }
          const symbol = resolve(exported);
          const decl = symbol.declarations?.[0];
          if (!(symbol.flags & ts.SymbolFlags.TypeAlias) || !decl) {
            problems.push(`${where}: ${name} is not a type alias`);
            continue;
          }
          const declaredIn = relative(root, decl.getSourceFile().fileName);
          if (declaredIn !== `src/${file.area}.ts`) {
            problems.push(`${where}: ${name} is declared in ${declaredIn}, not in src/${file.area}.ts`);
          }
          const expected = probe.exports.get(`${suffix}_${file.name}`);
          if (!expected) throw new Error(`the probe lacks ${suffix}_${file.name}`);
          const actual = checker.getDeclaredTypeOfSymbol(symbol);
          const wanted = checker.getDeclaredTypeOfSymbol(expected);
          if (!checker.isTypeAssignableTo(actual, wanted) || !checker.isTypeAssignableTo(wanted, actual)) {
            problems.push(`${where}: ${name} is not ${form}<typeof ${fn}>`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

// ---- Compile-time examples (npm run typecheck): what the named types let a caller write ----------

/** A caller's own paging function, typed by name: no `Parameters<typeof customers.listCustomers>[1]`. */
async function customerPage(db: Db, params: ListCustomersParams): Promise<ListCustomersResult[]> {
  return customers.listCustomers(db, params);
}

const firstPage: ListCustomersParams = { workspaceId: '00000000-0000-0000-0000-000000000001', limit: 50 };
// @ts-expect-error `limit` is required
const _noLimit: ListCustomersParams = { workspaceId: '00000000-0000-0000-0000-000000000001' };
// @ts-expect-error `cursor` is not a parameter (the cursor is `after`, the last row of the page before)
const _wrongField: ListCustomersParams = { ...firstPage, cursor: 'x' };
/** The next page: `after` takes a result row. */
const nextPage = (last: ListCustomersResult): ListCustomersParams => ({ ...firstPage, after: last });

// A result named by its query is the row type the package exports (both ways).
const _asCustomer = (row: GetCustomerResult): Customer => row;
const _asResult = (row: Customer): GetCustomerResult => row;
const _created: CreateCustomerWithSyncResult['outcome'] = 'created';
// @ts-expect-error a create with sync never resolves to `deleted`
const _deleted: CreateCustomerWithSyncResult['outcome'] = 'deleted';
const _tombstone: DeleteCustomerWithSyncResult['outcome'] = 'deleted';
const _sessions: CountSyncSessionsResult = 3;
const _duplicate = (recorded: RecordWebhookEventResult): boolean => recorded.duplicate && recorded.event !== null;
// A bulk upsert's optional column may hold null elements; `paymentSyncStatus` is narrowed to its vocabulary.
const _batch: BulkUpsertCustomersWithSyncParams = {
  workspaceId: '00000000-0000-0000-0000-000000000001',
  paymentProvider: 'stripe',
  externalIds: ['cus_1'],
  providerUpdatedAts: [new Date()],
  emails: [null],
  paymentSyncStatus: 'synced',
};
// @ts-expect-error `paymentSyncStatus` is one of ENTITY_SYNC_STATUSES
const _badStatus: BulkUpsertCustomersWithSyncParams = { ..._batch, paymentSyncStatus: 'done' };
// A batched purge's `limit` is optional.
const _purge: PurgeWebhookEventsParams = { workspaceId: '00000000-0000-0000-0000-000000000001', olderThan: new Date() };

describe('named query types, used', () => {
  it('are what the functions take and give', () => {
    expect(typeof customerPage).toBe('function');
    expect(nextPage({ createdAt: new Date(0), id: 'x' } as ListCustomersResult).after).toMatchObject({ id: 'x' });
  });
});
