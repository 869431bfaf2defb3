// npm run docs        write docs/API.md, the API reference
// npm run docs:check  fail when docs/API.md is stale or an exported function lacks a doc comment
//
// The reference is built from three sources, so it cannot drift from any of
// them: the doc comments and types in src/ (read with the TypeScript compiler
// API, from the package entry src/index.ts), each facade function's
// non-enumerable `info` (its cardinality and parameters, read at run time),
// and the header comment of its SQL file in queries/<area>/<Name>.sql (found
// by following the generated query the function is declared over). The
// output is formatted with the project's prettier config, so `format:check`
// and this check agree.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import * as library from '../src/index.js';
import * as chargebeeAdapter from '../src/chargebee.js';
import * as openTelemetry from '../src/opentelemetry.js';
import * as stripeAdapter from '../src/stripe.js';
import type { Cardinality, QueryInfo } from '../src/query.js';

const root = join(import.meta.dirname, '..');
const output = join(root, 'docs', 'API.md');
const check = process.argv.includes('--check');

/** The namespaces the package exports, in the order of the reference. */
const NAMESPACES = [
  'workspaces',
  'customers',
  'products',
  'prices',
  'subscriptions',
  'syncSessions',
  'syncEvents',
  'syncStatus',
  'analytics',
  'webhookEvents',
] as const;

/** The helpers, in the order of the reference; everything else exported is a type, a vocabulary or an error. */
const HELPERS = [
  'migrate',
  'migrationStatus',
  'packagedMigrations',
  'migrationsDir',
  'MIGRATIONS_TABLE',
  'withTransaction',
  'withSavepoint',
  'withWorkspace',
  'createPool',
  'mapError',
  'processWebhookEvents',
  'startWebhookWorker',
  'paginate',
  'withoutNamedStatements',
  'QUERY_CHANNEL',
  'queryChannel',
];

const CARDINALITY: Record<Cardinality, string> = {
  one: '`one`: the row, or `null`',
  many: '`many`: an array of every matching row (not paginated)',
  list: '`list`: one keyset page, an array of at most `limit` rows',
  count: '`count`: a `number`',
  changed: '`changed`: the number of rows changed',
  upsert: "`upsert`: `{ outcome: 'created' | 'updated' | 'stale', row }`",
  tally: '`tally`: one row of counts',
};

interface QueryFileDoc {
  /** Path from the repository root, e.g. queries/customers/GetCustomer.sql. */
  path: string;
  /** The `-- ` lines after `/* @name ... *\/`, verbatim. */
  header: string[];
  /** The first sentence after `Scope:`, or undefined when the header has none. */
  scope?: string;
}

interface FunctionDoc {
  /** `customers.getCustomer`, or `migrate` for a helper. */
  qualified: string;
  name: string;
  /** Source file from the repository root. */
  file: string;
  doc: string;
  tags: string[];
  signature: string;
  params?: string;
  /** What a query's `<Name>Result` is, in the package's names (`Customer`, `number`, ...). */
  result?: string;
  info?: QueryInfo;
  query?: QueryFileDoc;
  /** The read run when an upsert's write was stale. */
  staleRead?: QueryFileDoc;
  throws: string[];
}

interface ClassDoc {
  name: string;
  base?: string;
  doc: string;
}

const problems: string[] = [];

// ---- The program ---------------------------------------------------------------------------------

const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
/** The subpath exports beside the root: each adapter's functions, documented in a section of its own. */
const ADAPTERS = [
  { subpath: 'payment-sync-db/stripe', source: 'src/stripe.ts', module: stripeAdapter },
  { subpath: 'payment-sync-db/chargebee', source: 'src/chargebee.ts', module: chargebeeAdapter },
  { subpath: 'payment-sync-db/opentelemetry', source: 'src/opentelemetry.ts', module: openTelemetry },
] as const;
const program = ts.createProgram(
  [join(root, 'src', 'index.ts'), ...ADAPTERS.map((a) => join(root, a.source))],
  options,
);
const checker = program.getTypeChecker();
const entry = program.getSourceFile(join(root, 'src', 'index.ts'));
if (!entry) throw new Error('src/index.ts not found');
const entrySymbol = checker.getSymbolAtLocation(entry);
if (!entrySymbol) throw new Error('src/index.ts is not a module');

const resolve = (symbol: ts.Symbol): ts.Symbol =>
  symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
const rel = (path: string) => relative(root, path);
const exportsOf = (symbol: ts.Symbol) => checker.getExportsOfModule(symbol);
const packageExports = new Map(exportsOf(entrySymbol).map((s) => [s.name, s]));
const adapterExports = ADAPTERS.map((adapter) => {
  const file = program.getSourceFile(join(root, adapter.source));
  const symbol = file && checker.getSymbolAtLocation(file);
  if (!symbol) throw new Error(`${adapter.source} is not a module`);
  return { ...adapter, exports: new Map(exportsOf(symbol).map((s) => [s.name, s])) };
});
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

function docOf(symbol: ts.Symbol): { doc: string; tags: string[] } {
  const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tags = symbol
    .getJsDocTags(checker)
    .map((tag) => `@${tag.name}${tag.text ? ` ${ts.displayPartsToString(tag.text)}` : ''}`);
  return { doc, tags };
}

/** The `//` comment at the top of a module, before its first statement. */
function moduleComment(file: ts.SourceFile): string {
  const text = file.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, 0) ?? [];
  return ranges
    .filter((r) => r.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    .map((r) => text.slice(r.pos + 2, r.end).replace(/^ /, ''))
    .filter((line) => !line.startsWith('!') && !line.startsWith('#'))
    .join('\n')
    .trim();
}

// ---- Error classes -------------------------------------------------------------------------------

const errorClasses: ClassDoc[] = [];
for (const [name, exported] of packageExports) {
  const symbol = resolve(exported);
  if (!(symbol.flags & ts.SymbolFlags.Class)) continue;
  const decl = symbol.valueDeclaration as ts.ClassDeclaration;
  const heritage = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const { doc } = docOf(symbol);
  if (!doc) problems.push(`${name} (${rel(decl.getSourceFile().fileName)}): error class without a doc comment`);
  errorClasses.push({ name, base: heritage?.types[0]?.expression.getText(), doc });
}
const errorNames = new Set(errorClasses.map((c) => c.name));

/** The error classes a doc comment names, in order of appearance; a name that is not a class is a problem. */
function errorsNamed(text: string, where: string): string[] {
  const found: string[] = [];
  for (const [name] of text.matchAll(/\b[A-Z][A-Za-z]*Error\b/g)) {
    if (!errorNames.has(name)) problems.push(`${where}: its doc comment names ${name}, which is not an error class`);
    else if (!found.includes(name)) found.push(name);
  }
  return found;
}

// ---- SQL files -----------------------------------------------------------------------------------

async function queryFileOf(generatedFile: string, where: string): Promise<QueryFileDoc | undefined> {
  const area = basename(dirname(generatedFile));
  const name = basename(generatedFile, '.ts');
  const path = join(root, 'queries', area, `${name}.sql`);
  if (!existsSync(path)) {
    problems.push(`${where}: no queries/${area}/${name}.sql for ${rel(generatedFile)}`);
    return undefined;
  }
  const lines = (await readFile(path, 'utf8')).split('\n');
  const start = lines.findIndex((line) => new RegExp(`@name\\s+${name}\\b`).test(line));
  if (start < 0) problems.push(`${rel(path)}: no /* @name ${name} */ line (${where})`);
  const header: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('--')) break;
    header.push(line);
  }
  const prose = header.map((line) => line.replace(/^--\s?/, '')).join(' ');
  const scope = /\bScope:\s*(.+?)\.(?:\s|$)/.exec(prose)?.[1];
  if (!scope) problems.push(`${rel(path)}: its header has no "-- Scope:" line (${where})`);
  return { path: rel(path), header, scope };
}

/** The generated module a facade declaration runs: `one(GetCustomer.getCustomer, ...)` -> generated/customers/GetCustomer.ts. */
function generatedModuleOf(argument: ts.Expression | undefined): string | undefined {
  if (!argument) return undefined;
  // A facade function built inline over another (inBatches(changed(Query.query))): the inner one's query.
  if (ts.isCallExpression(argument)) return generatedModuleOf(argument.arguments[0]);
  const symbol = checker.getSymbolAtLocation(argument);
  const decl = symbol && resolve(symbol).declarations?.[0];
  const file = decl?.getSourceFile().fileName;
  if (file && rel(file).startsWith('generated/')) return file;
  // A facade function over another one (sameQuery(record, ...)): the query of the one it runs.
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isCallExpression(decl.initializer)) {
    return generatedModuleOf(decl.initializer.arguments[0]);
  }
  return undefined;
}

// ---- Signatures ----------------------------------------------------------------------------------

const upperFirst = (name: string) => name[0].toUpperCase() + name.slice(1);

/**
 * The names of each query's params and result types (`GetCustomerParams`, `GetCustomerResult`):
 * `<Name>` is the query's SQL file name, the function's name with its first letter upper-cased.
 * Shown in each query's signature, not as entries of the Types section.
 */
const queryTypeNames = new Set<string>();
for (const namespace of NAMESPACES) {
  const members = (library as unknown as Record<string, Record<string, unknown>>)[namespace] ?? {};
  for (const [name, value] of Object.entries(members)) {
    if (typeof value !== 'function' || !(value as { info?: QueryInfo }).info) continue;
    queryTypeNames.add(`${upperFirst(name)}Params`).add(`${upperFirst(name)}Result`);
  }
}

/** The row types the package exports by name (Customer, Price, ...): a result is shown by that name when it is one. */
const rowTypes: { name: string; file: string; type: ts.Type }[] = [];
for (const [name, exported] of packageExports) {
  const symbol = resolve(exported);
  if (!(symbol.flags & ts.SymbolFlags.TypeAlias) || queryTypeNames.has(name)) continue;
  const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  if (/\/(query|vocabulary)\.ts$/.test(file) || !(type.flags & ts.TypeFlags.Object)) continue;
  rowTypes.push({ name, file, type });
}

/** The row type (of `file` first) with exactly these columns, each fitting the row type's, or undefined. */
function rowName(type: ts.Type, file: string): string | undefined {
  // The same columns, each fitting the row type's (a result may be narrower: a new session is only pending or running).
  const names = (t: ts.Type) =>
    checker
      .getPropertiesOfType(t)
      .map((p) => p.name)
      .sort()
      .join();
  const fits = (t: ts.Type) => names(t) === names(type) && checker.isTypeAssignableTo(type, t);
  return (rowTypes.find((r) => r.file === file && fits(r.type)) ?? rowTypes.find((r) => fits(r.type)))?.name;
}

/** The exported unions of string literals (the outcomes, the vocabularies): a field of one is shown by its name. */
const unionTypes: { name: string; type: ts.Type }[] = [];
for (const [name, exported] of packageExports) {
  const symbol = resolve(exported);
  if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  if (type.isUnion() && type.types.every((t) => t.isStringLiteral())) unionTypes.push({ name, type });
}

/**
 * What a query's `<Name>Result` is, in the package's own names: a row type (`Customer`), `number`,
 * or an object whose fields are shown the same way (`{ outcome: SyncOutcome; row: Customer }`).
 */
function describeResult(type: ts.Type, file: string, depth = 0): string {
  const row = rowName(type, file);
  if (row) return row;
  const union = unionTypes.find(
    (u) => checker.isTypeAssignableTo(type, u.type) && checker.isTypeAssignableTo(u.type, type),
  );
  if (union) return union.name;
  const properties = checker.getPropertiesOfType(type);
  if (depth > 0 || !(type.flags & ts.TypeFlags.Object) || checker.isArrayType(type) || properties.length === 0) {
    return printType(type);
  }
  const fields = properties.map((p) => {
    const at = p.valueDeclaration ?? p.declarations?.[0];
    const fieldType = at ? checker.getTypeOfSymbolAtLocation(p, at) : checker.getTypeOfSymbol(p);
    return `${p.name}: ${describeResult(fieldType, file, depth + 1)}`;
  });
  return `{ ${fields.join('; ')} }`;
}

/**
 * A query's signature in its named types: `getCustomer(db: Db, params: GetCustomerParams):
 * Promise<GetCustomerResult | null>`, the `| null` or `[]` read from what the function returns.
 */
function querySignature(name: string, returned: ts.Type): string {
  const awaited = checker.getAwaitedType(returned) ?? returned;
  const result = `${upperFirst(name)}Result`;
  const resolves = checker.isArrayType(awaited)
    ? `${result}[]`
    : awaited.isUnion() && awaited.types.some((t) => t.flags & ts.TypeFlags.Null)
      ? `${result} | null`
      : result;
  return `${name}(db: Db, params: ${upperFirst(name)}Params): Promise<${resolves}>`;
}

/** pgtyped's helper aliases, spelled out; `Json` stays (a JSON value). */
const PGTYPED_ALIASES: [RegExp, string][] = [
  [/\bDateOrStringArray\b/g, '(Date | string)[]'],
  [/\bDateOrString\b/g, 'Date | string'],
  [/\bJsonArray\b/g, 'Json[]'],
  [/\b(string|number|boolean)Array\b/g, '$1[]'],
];

function printType(type: ts.Type): string {
  let printed = checker
    .typeToString(type, undefined, FLAGS)
    .replace(/\b[A-Z]\w*\.(?=[A-Za-z])/g, '')
    .replace(/"/g, "'");
  for (const [alias, spelled] of PGTYPED_ALIASES) printed = printed.replace(alias, spelled);
  return printed;
}

/** `workspaceId: string`, `id: string`, ...: the parameter's fields in bind order (`after` last). */
function paramsList(type: ts.Type, at: ts.Node, info: QueryInfo): string {
  // workspaceId first, then the SQL's bind order; the page size and cursor last.
  const order = ['workspaceId', ...info.params.map((p) => p.name).filter((name) => name !== 'limit'), 'limit', 'after'];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return checker
    .getPropertiesOfType(type)
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
      if (p.name === 'after') return `\`after${optional}\` (the last row of the previous page)`;
      // `?` already says it may be omitted: pgtyped's `void` and `undefined` add nothing.
      const printed = printType(checker.getTypeOfSymbolAtLocation(p, at))
        .split(' | ')
        .filter((member) => member !== 'void' && member !== 'undefined')
        .join(' | ');
      return `\`${p.name}${optional}: ${printed}\``;
    })
    .join(', ');
}

// ---- Facade functions ----------------------------------------------------------------------------

const runtime = library as unknown as Record<string, Record<string, unknown>>;

interface NamespaceDoc {
  name: string;
  file: string;
  comment: string;
  functions: FunctionDoc[];
  /** Functions exported here that belong to another namespace: [name, that namespace]. */
  reexports: [string, string][];
}

async function namespaceDoc(namespace: string, fileOfNamespace: Map<string, string>): Promise<NamespaceDoc> {
  const exported = packageExports.get(namespace);
  if (!exported) throw new Error(`the package exports no namespace "${namespace}"`);
  const moduleSymbol = resolve(exported);
  const source = moduleSymbol.declarations?.[0]?.getSourceFile();
  if (!source) throw new Error(`no source for namespace "${namespace}"`);
  const result: NamespaceDoc = {
    name: namespace,
    file: rel(source.fileName),
    comment: moduleComment(source),
    functions: [],
    reexports: [],
  };
  const members = exportsOf(moduleSymbol)
    .map((s) => ({ exported: s, symbol: resolve(s) }))
    .filter(({ symbol }) => symbol.flags & ts.SymbolFlags.Value)
    .sort((a, b) => (a.symbol.valueDeclaration?.pos ?? 0) - (b.symbol.valueDeclaration?.pos ?? 0));
  for (const { exported: member, symbol } of members) {
    const decl = symbol.valueDeclaration;
    if (!decl) continue;
    const file = decl.getSourceFile().fileName;
    if (file !== source.fileName) {
      result.reexports.push([member.name, fileOfNamespace.get(file) ?? rel(file)]);
      continue;
    }
    const qualified = `${namespace}.${member.name}`;
    const value = runtime[namespace]?.[member.name] as { info?: QueryInfo } | undefined;
    const info = value?.info;
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    const signature = type.getCallSignatures()[0];
    if (!signature) continue;
    const { doc, tags } = docOf(symbol);
    if (!doc) problems.push(`${qualified} (${rel(file)}): no doc comment`);
    const fn: FunctionDoc = {
      qualified,
      name: member.name,
      file: rel(file),
      doc,
      tags,
      signature: `${member.name}${checker.signatureToString(signature, decl, FLAGS)}`,
      throws: errorsNamed([doc, ...tags].join(' '), qualified),
    };
    if (info && ts.isVariableDeclaration(decl) && decl.initializer && ts.isCallExpression(decl.initializer)) {
      const [write, read] = decl.initializer.arguments;
      const generated = generatedModuleOf(write);
      if (!generated) problems.push(`${qualified}: cannot find the generated query it is declared over`);
      else fn.query = await queryFileOf(generated, qualified);
      const stale = info.cardinality === 'upsert' ? generatedModuleOf(read) : undefined;
      if (stale) fn.staleRead = await queryFileOf(stale, qualified);
      const paramType = checker.getTypeOfSymbolAtLocation(signature.parameters[1], decl);
      fn.signature = querySignature(member.name, signature.getReturnType());
      for (const suffix of ['Params', 'Result']) {
        const typeName = `${upperFirst(member.name)}${suffix}`;
        const alias = packageExports.get(typeName);
        if (!alias || !(resolve(alias).flags & ts.SymbolFlags.TypeAlias)) {
          problems.push(
            `${qualified}: src/index.ts exports no type ${typeName} (add \`export type ${typeName} = ${suffix === 'Params' ? 'ParamsOf' : 'ResultOf'}<typeof ${member.name}>\` to ${rel(file)} and export it from src/index.ts)`,
          );
        } else if (suffix === 'Result') {
          fn.result = describeResult(checker.getDeclaredTypeOfSymbol(resolve(alias)), file);
        }
      }
      fn.params = paramsList(paramType, decl, info);
      fn.info = info;
      if (!fn.throws.includes('InvalidParameterError')) fn.throws.unshift('InvalidParameterError');
    } else if (!info) {
      problems.push(`${qualified}: a function without \`info\` (not declared with one/many/list/...)`);
    }
    result.functions.push(fn);
  }
  return result;
}

function helperDoc(
  name: string,
  from: { exports: Map<string, ts.Symbol>; module: object } = { exports: packageExports, module: library },
): FunctionDoc | { name: string; doc: string; value: string; file: string } {
  const exported = from.exports.get(name);
  if (!exported) throw new Error(`the package exports no "${name}"`);
  const symbol = resolve(exported);
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!decl) throw new Error(`no declaration for "${name}"`);
  const file = rel(decl.getSourceFile().fileName);
  const { doc, tags } = docOf(symbol);
  const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
  const signature = type.getCallSignatures()[0];
  if (!signature) {
    const value = (from.module as Record<string, unknown>)[name];
    return { name, doc, file, value: typeof value === 'string' ? value.replace(root, '<package>') : String(value) };
  }
  if (!doc) problems.push(`${name} (${file}): no doc comment`);
  return {
    qualified: name,
    name,
    file,
    doc,
    tags,
    signature: `${name}${checker.signatureToString(signature, decl, FLAGS).replace(/"/g, "'")}`,
    throws: errorsNamed([doc, ...tags].join(' '), name),
  };
}

interface TypeDoc {
  name: string;
  doc: string;
  /** `type Customer = { ... }`, one field a line. */
  text: string;
}

/** The exported runtime list (`ENTITY_SYNC_STATUSES`, ...) holding exactly the string literals of `type`. */
function vocabularyOf(type: ts.Type): [string, readonly string[]] | undefined {
  if (!type.isUnion() || !type.types.every((t) => t.isStringLiteral())) return undefined;
  const members = new Set(type.types.map((t) => (t as ts.StringLiteralType).value));
  for (const [name, value] of Object.entries(library)) {
    if (Array.isArray(value) && value.length === members.size && value.every((v) => members.has(v as string))) {
      return [name, value as readonly string[]];
    }
  }
  return undefined;
}

/** The exported row types (Customer, ...) field by field, then Db, SyncOutcome and the vocabularies. */
function typeDocs(): TypeDoc[] {
  const docs: TypeDoc[] = [];
  for (const row of rowTypes) {
    const symbol = resolve(packageExports.get(row.name)!);
    const at = symbol.declarations![0];
    const fields = checker
      .getPropertiesOfType(row.type)
      .map((p) => `  ${p.name}: ${printType(checker.getTypeOfSymbolAtLocation(p, at))};`);
    docs.push({ name: row.name, doc: docOf(symbol).doc, text: [`type ${row.name} = {`, ...fields, '};'].join('\n') });
  }
  const rows = new Set(rowTypes.map((r) => r.name));
  for (const [name, exported] of packageExports) {
    const symbol = resolve(exported);
    const decl = symbol.declarations?.[0];
    if (!decl || rows.has(name) || name === 'Narrow' || queryTypeNames.has(name)) continue;
    if (ts.isInterfaceDeclaration(decl)) {
      // Option and result interfaces: their declaration as written, doc comments included.
      docs.push({ name, doc: '', text: decl.getText().replace(/^export /, '') });
    } else if (ts.isTypeAliasDeclaration(decl)) {
      const vocabulary = vocabularyOf(checker.getDeclaredTypeOfSymbol(symbol));
      if (vocabulary) {
        // In the order of its runtime list, not the checker's.
        const [list, values] = vocabulary;
        docs.push({
          name,
          doc: docOf(symbol).doc,
          text: `type ${name} = ${values.map((v) => `'${v}'`).join(' | ')}; // ${list}`,
        });
        continue;
      }
      if (decl.typeParameters?.length) {
        // A generic alias (ParamsOf, ResultOf): as written, its type parameters included.
        docs.push({ name, doc: docOf(symbol).doc, text: decl.getText().replace(/^export /, '') });
        continue;
      }
      const printed = checker.typeToString(
        checker.getDeclaredTypeOfSymbol(symbol),
        undefined,
        FLAGS | ts.TypeFormatFlags.InTypeAlias,
      );
      docs.push({ name, doc: docOf(symbol).doc, text: `type ${name} = ${printed};` });
    }
  }
  return docs;
}

// Every exported function must be in the reference: a new export not placed anywhere is a problem.
const placed = new Set<string>([...NAMESPACES, ...HELPERS, ...errorNames]);
for (const [name, exported] of packageExports) {
  const symbol = resolve(exported);
  if (placed.has(name) || !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.ValueModule))) continue;
  problems.push(`${name}: exported by src/index.ts but not placed in the reference (scripts/api-docs.ts)`);
}

// ---- Markdown ------------------------------------------------------------------------------------

const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');

/** Doc-comment prose as Markdown: lines of one paragraph joined; outside code spans, `<` and `*` are literal. */
function prose(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/([<*])/g, '\\$1')))
        .join(''),
    )
    .join('\n\n');
}

const errorLink = (name: string) => `[\`${name}\`](#${slug(name)})`;
const COMMON = '[errors every query can throw](#errors-every-query-can-throw)';

function renderFunction(fn: FunctionDoc, heading: string): string[] {
  const out = [`### ${heading}`, '', '```ts', fn.signature, '```', ''];
  out.push(fn.doc ? prose(fn.doc) : '_No doc comment._', '');
  for (const tag of fn.tags) out.push(prose(tag), '');
  if (fn.info) out.push(`- **Cardinality:** ${CARDINALITY[fn.info.cardinality]}`);
  const cursor = fn.info?.params
    .filter((p) => /^after[A-Z]/.test(p.name))
    .map((p) => p.name[5].toLowerCase() + p.name.slice(6));
  if (fn.params) out.push(`- **Params:** ${fn.params}`);
  if (cursor?.length)
    out.push(`- **Cursor:** ${cursor.map((c) => `\`${c}\``).join(', ')} (the fields of \`after\` read)`);
  if (fn.result) out.push(`- **Result:** \`${upperFirst(fn.name)}Result\` is \`${fn.result}\``);
  if (fn.info) out.push(`- **Scope:** ${fn.query?.scope ? prose(fn.query.scope) : 'not stated in the SQL header'}`);
  if (fn.info) {
    out.push(`- **Throws:** ${fn.throws.map(errorLink).join(', ')}; and the ${COMMON}`);
  } else if (fn.throws.length > 0) {
    out.push(`- **Throws:** ${fn.throws.map(errorLink).join(', ')}`);
  }
  out.push(`- **Source:** \`${fn.file}\``);
  if (fn.query) {
    out.push(
      `- **SQL:** \`${fn.query.path}\`${fn.staleRead ? `; when stale, the row is read with \`${fn.staleRead.path}\`` : ''}`,
    );
    out.push('', '```sql', ...fn.query.header, '```');
  }
  out.push('');
  return out;
}

/** An adapter's section: every runtime export of its entry (functions and constants), in the entry's order. */
function adapterDocs() {
  return adapterExports.map((adapter) => ({
    subpath: adapter.subpath,
    source: adapter.source,
    entries: [...adapter.exports.keys()]
      .filter((name) => name in adapter.module)
      .map((name) => helperDoc(name, adapter)),
  }));
}

function render(
  namespaces: NamespaceDoc[],
  helpers: ReturnType<typeof helperDoc>[],
  types: TypeDoc[],
  adapters: ReturnType<typeof adapterDocs>,
): string {
  const queryCount = namespaces.reduce((n, ns) => n + ns.functions.length, 0);
  const helperFunctions = helpers.filter((h): h is FunctionDoc => 'signature' in h);
  const out: string[] = [
    '# API reference',
    '',
    '<!-- Generated by `npm run docs` (scripts/api-docs.ts). Do not edit: change the doc comments in src/ or the SQL header in queries/, then run `npm run docs`. -->',
    '',
    `\`payment-sync-db\`: ${queryCount} query functions in ${namespaces.length} namespaces, ${helperFunctions.length} helper functions, ${errorClasses.length} error classes. Generated from the doc comments in \`src/\`, each function's \`info\` and the header comment of its SQL file.`,
    '',
    '## Contents',
    '',
    '- [Reading this reference](#reading-this-reference)',
    ...namespaces.map((ns) => `- [${ns.name}](#${slug(ns.name)}) (${ns.functions.length})`),
    `- [Helpers](#helpers): ${helpers.map((h) => `[\`${h.name}\`](#${slug(h.name)})`).join(', ')}, [errors](#errors)`,
    ...adapters.map(
      (a) =>
        `- [${a.subpath}](#${slug(a.subpath)}): ${a.entries.map((e) => `[\`${e.name}\`](#${slug(e.name)})`).join(', ')}`,
    ),
    `- [Types](#types): ${types.map((t) => `[\`${t.name}\`](#${slug(t.name)})`).join(', ')}`,
    '',
    '## Reading this reference',
    '',
    'Every query function is `name(db, params)`: `db` is a `pg.Pool`, `pg.PoolClient` or `pg.Client` you own (`Db`); `params` is one object with camelCase keys. Results have camelCase keys, timestamps as `Date`, jsonb parsed, counts and amounts as `number`. Each function carries a non-enumerable `info` (`name`, its documented name; `cardinality`, `text`, `params`, `statement`).',
    '',
    '- **Cardinality** is `info.cardinality`: what the promise resolves to.',
    "- `GetCustomerParams`, `GetCustomerResult`, ...: each query's params and result are exported by name, `<Name>Params` and `<Name>Result` where `<Name>` is its SQL file's name (`import type { ListCustomersParams, ListCustomersResult } from 'payment-sync-db'`); they are `ParamsOf<typeof customers.listCustomers>` and `ResultOf<typeof customers.listCustomers>`. **Params** lists the fields of `<Name>Params` (pgtyped's, with vocabulary fields narrowed to their unions). `<Name>Result` is the row for `one`, `many` and `list` (without the `null` or the array), else what the promise resolves to; **Result** shows it by the name of the row type the package exports when it has that row's columns (`Customer`, `Price`, ...).",
    "- Lists take the query's parameters without its `after<Field>` ones, plus `after?`: the last row of the previous page (omit it, or pass `null`, for the first page). **Cursor** names the fields of `after` that are read.",
    '- Bulk upserts take one array per column; an optional array may hold `null` elements (the column default).',
    "- **Scope** is the `Scope:` sentence of the query's SQL header; **SQL** shows that header (the statement itself is in the file and in `info.text`).",
    '- **Throws** lists the error classes the function names: `InvalidParameterError` means the parameters were refused before the database was touched.',
    '',
    '### Errors every query can throw',
    '',
    `Besides those listed per function, any query may throw: ${[
      'ConnectionError',
      'QueryCanceledError',
      'LockTimeoutError',
      'SerializationFailureError',
      'DeadlockError',
      'TransactionAbortedError',
      'PermissionDeniedError',
      'SchemaMissingError',
      'UnsafeIntegerError',
      'TooManyRowsError',
      'ServerError',
    ]
      .filter((name) => errorNames.has(name))
      .map(errorLink)
      .join(
        ', ',
      )}. The first six depend on the server and the transaction, \`PermissionDeniedError\` on the row-level-security role (see \`withWorkspace\`), \`SchemaMissingError\` on a database not migrated; the next two guard the results, and \`ServerError\` is any other error the server reports (its SQLSTATE as \`code\`). Every failure is a \`PaymentSyncDbError\`.`,
    '',
  ];
  for (const ns of namespaces) {
    out.push(`## ${ns.name}`, '');
    out.push(`\`import { ${ns.name} } from 'payment-sync-db'\` (source: \`${ns.file}\`)`, '');
    if (ns.comment) out.push(prose(ns.comment), '');
    if (ns.reexports.length > 0) {
      out.push(
        `Also exported here: ${ns.reexports.map(([name, owner]) => `[\`${name}\`](#${slug(`${owner}.${name}`)})`).join(', ')} (documented under ${[...new Set(ns.reexports.map(([, owner]) => owner))].join(', ')}).`,
        '',
      );
    }
    for (const fn of ns.functions) out.push(...renderFunction(fn, fn.qualified));
  }
  out.push('## Helpers', '', "`import { migrate, withTransaction, ... } from 'payment-sync-db'`", '');
  for (const helper of helpers) {
    if ('signature' in helper) out.push(...renderFunction(helper, helper.name));
    else {
      out.push(`### ${helper.name}`, '', '```ts', `${helper.name} = ${JSON.stringify(helper.value)}`, '```', '');
      if (helper.doc) out.push(prose(helper.doc), '');
      out.push(`- **Source:** \`${helper.file}\``, '');
    }
  }
  out.push(
    '### Errors',
    '',
    "Every failure is a subclass of `PaymentSyncDbError`, with `code` (the SQLSTATE or a library code) and the driver's error as `cause`; database errors also carry `table` and `constraint` when the server named them. Branch with `instanceof`. Source: `src/errors.ts`.",
    '',
  );
  for (const error of errorClasses) {
    out.push(`#### ${error.name}`, '');
    if (error.base) out.push(`\`class ${error.name} extends ${error.base}\``, '');
    out.push(error.doc ? prose(error.doc) : '_No doc comment._', '');
  }
  for (const adapter of adapters) {
    out.push(
      `## ${adapter.subpath}`,
      '',
      `\`import { ... } from '${adapter.subpath}'\` (source: \`${adapter.source}\`). Its SDK is an optional peer dependency: the root import never loads it.`,
      '',
    );
    for (const entry of adapter.entries) {
      if ('signature' in entry) out.push(...renderFunction(entry, entry.name));
      else {
        out.push(`### ${entry.name}`, '', '```ts', `${entry.name} = ${JSON.stringify(entry.value)}`, '```', '');
        if (entry.doc) out.push(prose(entry.doc), '');
        out.push(`- **Source:** \`${entry.file}\``, '');
      }
    }
  }
  out.push(
    '## Types',
    '',
    "The row types the package exports (`import type { Customer } from 'payment-sync-db'`), the helpers' option and result interfaces, and the vocabularies: each of those is also a runtime list (named in a comment), checked before the database is touched. `Json` is any JSON value (pgtyped's type for jsonb). Each query's `<Name>Params` and `<Name>Result` are exported too; they are named in its signature above, not listed here.",
    '',
  );
  for (const type of types) {
    out.push(`### ${type.name}`, '', '```ts', type.text, '```', '');
    if (type.doc) out.push(prose(type.doc), '');
  }
  return out.join('\n');
}

// ---- Main ----------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const fileOfNamespace = new Map<string, string>();
  for (const ns of NAMESPACES) {
    const exported = packageExports.get(ns);
    const file = exported && resolve(exported).declarations?.[0]?.getSourceFile().fileName;
    if (file) fileOfNamespace.set(file, ns);
  }
  const namespaces: NamespaceDoc[] = [];
  for (const ns of NAMESPACES) namespaces.push(await namespaceDoc(ns, fileOfNamespace));
  const helpers = HELPERS.map((name) => helperDoc(name));
  const markdown = render(namespaces, helpers, typeDocs(), adapterDocs());
  const config = (await prettier.resolveConfig(output)) ?? {};
  const formatted = await prettier.format(markdown, { ...config, filepath: output });
  const documented = namespaces.reduce((n, ns) => n + ns.functions.length, 0);

  if (check) {
    const dir = await mkdtemp(join(tmpdir(), 'payment-sync-db-docs-'));
    try {
      const fresh = join(dir, 'API.md');
      await writeFile(fresh, formatted);
      const current = existsSync(output) ? await readFile(output, 'utf8') : undefined;
      const regenerated = await readFile(fresh, 'utf8');
      let failed = false;
      if (problems.length > 0) {
        console.error(
          `docs:check: ${problems.length} problem(s) in the doc comments:\n  ${problems.join('\n  ')}\n` +
            'Fix: add a /** ... */ doc comment (what it returns, when it throws) above each, then run `npm run docs`.',
        );
        failed = true;
      }
      if (current !== regenerated) {
        const a = (current ?? '').split('\n');
        const b = regenerated.split('\n');
        let line = 0;
        while (line < a.length && line < b.length && a[line] === b[line]) line++;
        console.error(
          current === undefined
            ? 'docs/API.md is missing.'
            : `docs/API.md is stale: it differs from what the sources produce from line ${line + 1}:\n` +
                `  committed:   ${a[line] ?? '(end of file)'}\n  regenerated: ${b[line] ?? '(end of file)'}`,
        );
        console.error('Fix: run `npm run docs` and commit docs/API.md.');
        failed = true;
      }
      if (failed) return 1;
      console.log(`docs:check: docs/API.md is up to date (${documented} query functions, ${helpers.length} helpers).`);
      return 0;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, formatted);
  for (const problem of problems) console.warn(`missing: ${problem}`);
  console.log(
    `docs: wrote docs/API.md (${documented} query functions, ${helpers.length} helpers, ${errorClasses.length} error classes)` +
      (problems.length > 0 ? `; ${problems.length} problem(s) above, which make docs:check fail` : ''),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
