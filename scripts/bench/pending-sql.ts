// A query's SQL as it stands in queries/ when generated/ has not caught up
// with it yet (codegen pending): the benchmark then also measures that SQL
// (raw pg, same values), so a proposed SQL change shows its effect before the
// lead regenerates. Undefined when queries/ and generated/ agree.
import { readFile } from 'node:fs/promises';
import type { QueryInfo } from '../../src/query.js';

const normalize = (sql: string) =>
  sql
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** queries/<area>/<Name>.sql with its :params numbered as the generated query binds them. */
export function toBound(sql: string, info: QueryInfo): string {
  const order = info.params.map((p) => p.name);
  const body = sql.replace(/\/\*\s*@name[\s\S]*?\*\//, '').replace(/--[^\n]*/g, '');
  return body
    .replace(/(?<![:\w]):(\w+)!?/g, (_, name: string) => {
      const i = order.indexOf(name);
      if (i < 0) throw new Error(`parameter :${name} is not one of the generated query's`);
      return `$${i + 1}`;
    })
    .trim()
    .replace(/;$/, '');
}

export async function pendingSql(info: QueryInfo, file: string): Promise<string | undefined> {
  const text = toBound(await readFile(file, 'utf8'), info);
  return normalize(text) === normalize(info.text) ? undefined : text;
}
