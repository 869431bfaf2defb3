import { expect } from 'vitest';
import { ENTITY_SYNC_STATUSES, type EntitySyncStatus } from '../../src/index.js';

type VersionedUpdate = (params: {
  expectedVersion: number;
  paymentSyncStatus: EntitySyncStatus;
}) => Promise<{ paymentSyncVersion: number } | null>;

/**
 * `writers` callers race a versioned status update with the same expectedVersion, round after
 * round (starting at version 0): exactly one wins each round, and its row carries the next version.
 */
export async function raceVersionedWriters(update: VersionedUpdate, { rounds = 10, writers = 5 } = {}) {
  for (let version = 0; version < rounds; version++) {
    const results = await Promise.all(
      Array.from({ length: writers }, (_, writer) =>
        update({
          expectedVersion: version,
          paymentSyncStatus: ENTITY_SYNC_STATUSES[(version + writer) % ENTITY_SYNC_STATUSES.length],
        }),
      ),
    );
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]?.paymentSyncVersion).toBe(version + 1);
  }
}
