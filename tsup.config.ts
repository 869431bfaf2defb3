// Builds dist/: the library as ESM (index.js) and CommonJS (index.cjs) with a
// declaration file for each (index.d.ts, index.d.cts), and the CLI as ESM
// (cli.js). The generated/ query modules are bundled (src imports them
// relatively); dependencies and peer dependencies stay external.
// `npm run build` empties dist/ first (the two configurations run in parallel,
// so neither may clean).
import { defineConfig, type Options } from 'tsup';

const common: Options = {
  platform: 'node',
  target: 'node20',
  // migrate.ts finds ../migrations/ from import.meta.url: the CJS build needs it shimmed.
  shims: true,
  // Error classes name themselves from new.target.name: keep class names even if bundling renames a symbol.
  keepNames: true,
  sourcemap: false,
  splitting: false,
  treeshake: false,
  tsconfig: 'tsconfig.build.json',
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
  },
  {
    ...common,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
  },
]);
