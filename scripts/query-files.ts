// The queries/ tree and its naming rule, shared by codegen and the tests:
// queries/<area>/<QueryName>.sql holds exactly one `/* @name QueryName */`.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

export async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export interface QueryFile {
  area: string;
  name: string;
  path: string;
  sql: string;
}

export async function readQueryFiles(queriesDir: string): Promise<QueryFile[]> {
  const files = await listFiles(queriesDir, '.sql');
  return Promise.all(
    files.map(async (path) => ({
      area: relative(queriesDir, path).split('/')[0],
      name: basename(path, '.sql'),
      path,
      sql: await readFile(path, 'utf8'),
    })),
  );
}

/** Problems with the naming rule, one line each; empty when all is well. */
export async function checkQueryFiles(queriesDir: string): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of await readQueryFiles(queriesDir)) {
    const where = relative(queriesDir, file.path);
    if (relative(queriesDir, file.path).split('/').length !== 2) problems.push(`${where}: must sit in queries/<area>/`);
    const names = [...file.sql.matchAll(/@name\s+(\S+)/g)].map((m) => m[1]);
    if (names.length !== 1) problems.push(`${where}: has ${names.length} @name annotations, expected exactly 1`);
    else if (names[0] !== file.name) problems.push(`${where}: @name ${names[0]} does not match the file name`);
    if (seen.has(file.name)) problems.push(`${where}: ${file.name} also defined in ${seen.get(file.name)}`);
    seen.set(file.name, where);
  }
  return problems;
}
