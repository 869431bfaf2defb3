// Builds dist/: the library as ESM (index.js) and CommonJS (index.cjs) with a
// declaration file for each (index.d.ts, index.d.cts), the CLI as ESM
// (cli.js), and each provider adapter the same way (stripe.js, stripe.cjs,
// stripe.d.ts, stripe.d.cts; chargebee.*). The generated/ query modules are
// bundled (src imports them relatively); dependencies and peer dependencies
// stay external.
// `npm run build` empties dist/ first (the configurations run in parallel, so
// none may clean).
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

/**
 * An adapter entry (stripe) reaches the core only through src/index.ts (`../index.js` from
 * src/providers/): that import stays external, to the built core beside it, so that a process
 * holds one copy of the core (one set of error classes) however many entries it loads.
 */
const coreExternal = (format: 'esm' | 'cjs'): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'core-external',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+index\.js$/ }, (args) =>
      args.importer.includes('/src/providers/') || args.importer.includes('/src/opentelemetry/')
        ? { path: format === 'esm' ? './index.js' : './index.cjs', external: true }
        : undefined,
    );
  },
});

/** The optional entries (adapters, OpenTelemetry): src/<name>.ts, built to dist/<name>.js, .cjs, .d.ts, .d.cts. */
const ADAPTERS = ['stripe', 'chargebee', 'opentelemetry'];

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
  // The provider adapters: their SDKs are optional peer dependencies, external like every dependency.
  ...ADAPTERS.flatMap((name) =>
    (['esm', 'cjs'] as const).map((format): Options => ({
      ...common,
      entry: { [name]: `src/${name}.ts` },
      format: [format],
      dts: { entry: { [name]: `src/${name}.ts` } },
      esbuildPlugins: [coreExternal(format)],
    })),
  ),
]);
