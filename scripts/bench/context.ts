// What every benchmark section gets, and what it hands back for the report.
import type pg from 'pg';
import type { QueryInfo } from '../../src/query.js';
import type { Counts } from './seed.js';

export interface Settings {
  quick: boolean;
  /** Latency: warm-up and measured iterations per query class, and a time cap per class (ms). */
  warmup: number;
  iterations: number;
  classBudgetMs: number;
  /** Throughput: concurrent callers, rounds per variant, ms per round. */
  workers: number;
  rounds: number;
  roundMs: number;
  /** Rows per bulk ingest run, and per bulk status update. */
  ingestRows: number;
  statusRows: number;
  /** Per-row loops run on this many rows and are extrapolated. */
  loopSample: number;
  /** Repetitions of each bulk measurement (interleaved). */
  bulkReps: number;
  /** Iterations of the scale queries (deep pages, analytics on the big workspace). */
  scaleIterations: number;
}

export const FULL_SETTINGS: Settings = {
  quick: false,
  warmup: 200,
  iterations: 2000,
  classBudgetMs: 5000,
  workers: 4,
  rounds: 6,
  roundMs: 1000,
  ingestRows: 100_000,
  statusRows: 100_000,
  loopSample: 2000,
  // Even, run ABBA: every run leaves its rows' dead tuples behind and the next run is a little
  // slower, so an odd count (or AB AB) would favour whichever side runs first. Two pairs use 400,000
  // of the big workspace's ~666,000 Stripe customers.
  bulkReps: 2,
  scaleIterations: 25,
};

export const QUICK_SETTINGS: Settings = {
  quick: true,
  warmup: 30,
  iterations: 200,
  classBudgetMs: 400,
  workers: 4,
  rounds: 2,
  roundMs: 300,
  ingestRows: 5000,
  statusRows: 2000,
  loopSample: 200,
  bulkReps: 1,
  scaleIterations: 5,
};

export interface Context {
  pool: pg.Pool;
  /** Connection string of the scratch database. */
  url: string;
  counts: Counts;
  settings: Settings;
  log: (line: string) => void;
}

export interface Target {
  name: string;
  /** The measured figure, e.g. "1.02x (412 µs vs 404 µs)". */
  figure: string;
  /** e.g. "<= 1.05x". */
  limit: string;
  pass: boolean;
  /** For a miss: one line why. */
  why?: string;
}

export interface SectionResult {
  title: string;
  /** What was measured and how, one paragraph for the report. */
  about: string;
  headers: string[];
  rows: unknown[][];
  notes?: string[];
  targets: Target[];
}

/** A facade function as the benchmark calls it. */
export type LibraryFn = ((db: pg.ClientBase | pg.Pool, params: Record<string, unknown>) => Promise<unknown>) & {
  info: QueryInfo;
};
export const asFn = (fn: unknown) => fn as LibraryFn;

/** The values the facade binds, in $n order, as a raw pg caller would pass them (jsonb as JSON text). */
export function bind(info: QueryInfo, params: Record<string, unknown>): unknown[] {
  return info.params.map(({ name }) => {
    const value = params[name];
    if (value === undefined || value === null) return null;
    if (typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) return JSON.stringify(value);
    return value;
  });
}
