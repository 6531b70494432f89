import { ReplayCache } from '../../src/security/replay';

describe('WS-Security replay cache', () => {
  it('knows a signature until its window ends, then forgets it', () => {
    const cache = new ReplayCache();
    cache.remember('sig-1', 1_000, 0);
    expect(cache.has('sig-1', 500)).toBe(true);
    expect(cache.has('sig-1', 1_000)).toBe(true);
    expect(cache.has('sig-1', 1_001)).toBe(false);
    expect(cache.has('sig-2', 500)).toBe(false);
  });

  it('prunes expired entries and stays bounded', () => {
    const cache = new ReplayCache(10);
    for (let i = 0; i < 10; i++) cache.remember(`old-${i}`, 100, 0);
    cache.prune(200);
    expect(cache.size).toBe(0);
    for (let i = 0; i < 25; i++) cache.remember(`live-${i}`, 10_000, 0);
    expect(cache.size).toBeLessThanOrEqual(10);
    // The most recent entries are the ones kept.
    expect(cache.has('live-24', 0)).toBe(true);
    expect(cache.has('live-0', 0)).toBe(false);
  });
});
