// Timing: interleaved runs (every iteration runs each variant once, in a
// rotating order, so machine noise and cache warmth hit all of them alike),
// medians and p95 of per-call latencies, and throughput with concurrent workers.
import { performance } from 'node:perf_hooks';

export interface Sample {
  /** Per-call latency in ms. */
  median: number;
  p95: number;
  n: number;
}

export function stats(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p95: at(0.95), n: sorted.length };
}

export type Variant = (iteration: number) => Promise<unknown>;

export interface RunOptions {
  warmup: number;
  iterations: number;
  /** Stop early (after at least a fifth of the iterations) once this many ms have been spent measuring. */
  budgetMs?: number;
}

/**
 * Runs every variant once per iteration, cycling through every order, and
 * returns each one's latency statistics (warm-up iterations discarded).
 * Iteration i of every variant gets the same argument, so read variants see
 * the same rows and the same bound values.
 */
export async function interleaved<K extends string>(
  variants: Record<K, Variant>,
  options: RunOptions,
): Promise<Record<K, Sample>> {
  const names = Object.keys(variants) as K[];
  const times = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const orders = permutations(names);
  const started = performance.now();
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (const name of orders[i % orders.length]) {
      const t0 = performance.now();
      await variants[name](i);
      const dt = performance.now() - t0;
      if (i >= options.warmup) times[name].push(dt);
    }
    const measured = i - options.warmup + 1;
    if (
      options.budgetMs !== undefined &&
      measured >= Math.ceil(options.iterations / 5) &&
      performance.now() - started > options.budgetMs
    ) {
      break;
    }
  }
  return Object.fromEntries(names.map((k) => [k, stats(times[k])])) as Record<K, Sample>;
}

/**
 * Every order of the variants (up to 4 of them; beyond that, the rotations):
 * each variant goes first, last and after each other one equally often, so
 * neither a cold first call nor the previous call's footprint favours one.
 */
function permutations<T>(items: T[]): T[][] {
  if (items.length > 4) return items.map((_, r) => items.map((__, j) => items[(r + j) % items.length]));
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Throughput of each variant with `workers` concurrent callers: `rounds`
 * rounds, each giving every variant `roundMs` in a rotating order; the
 * result is total calls / total time per variant (ops/s).
 */
export async function throughput<K extends string>(
  variants: Record<K, Variant>,
  options: { workers: number; rounds: number; roundMs: number; warmupMs: number },
): Promise<Record<K, { opsPerSec: number; ops: number; perRound: number[] }>> {
  const names = Object.keys(variants) as K[];
  const total = Object.fromEntries(names.map((k) => [k, { ops: 0, ms: 0, perRound: [] as number[] }])) as Record<
    K,
    { ops: number; ms: number; perRound: number[] }
  >;
  let counter = 0;
  const run = async (fn: Variant, ms: number) => {
    let ops = 0;
    const t0 = performance.now();
    const deadline = t0 + ms;
    await Promise.all(
      Array.from({ length: options.workers }, async () => {
        while (performance.now() < deadline) {
          await fn(counter++);
          ops++;
        }
      }),
    );
    return { ops, ms: performance.now() - t0 };
  };
  for (const name of names) await run(variants[name], options.warmupMs);
  for (let r = 0; r < options.rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length];
      const { ops, ms } = await run(variants[name], options.roundMs);
      total[name].ops += ops;
      total[name].ms += ms;
      total[name].perRound.push(Math.round((ops / ms) * 1000));
    }
  }
  return Object.fromEntries(
    names.map((k) => [
      k,
      { opsPerSec: (total[k].ops / total[k].ms) * 1000, ops: total[k].ops, perRound: total[k].perRound },
    ]),
  ) as Record<K, { opsPerSec: number; ops: number; perRound: number[] }>;
}

/** Times one async call (ms). */
export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** A small deterministic PRNG (mulberry32), so every run samples the same rows. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const median = (xs: number[]) => stats(xs).median;

/** Formatting for the tables. */
export const fmt = {
  ms(v: number): string {
    if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
    if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
    if (v >= 100) return `${v.toFixed(0)} ms`;
    if (v >= 10) return `${v.toFixed(1)} ms`;
    if (v >= 1) return `${v.toFixed(2)} ms`;
    return `${(v * 1000).toFixed(0)} µs`;
  },
  ratio: (v: number) => `${v.toFixed(2)}x`,
  int: (v: number) => Math.round(v).toLocaleString('en-US'),
  seconds: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
};
