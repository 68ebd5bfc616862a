import { describe, expect, it, vi } from 'vitest';
import { ScopeCache } from './cache';

describe('the per-process cache of scope aggregates', () => {
  it('answers from the cache while the version stays, and loads again when it changes', async () => {
    const cache = new ScopeCache();
    const load = vi.fn(async () => load.mock.calls.length);
    expect(await cache.get('agency:1', '1:10', load)).toBe(1);
    expect(await cache.get('agency:1', '1:10', load)).toBe(1);
    expect(await cache.get('agency:1', '1:11', load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one computation between readers of the same version', async () => {
    const cache = new ScopeCache();
    let release: (n: number) => void = () => {};
    const load = vi.fn(() => new Promise<number>((r) => (release = r)));
    const both = Promise.all([cache.get('k', 'v', load), cache.get('k', 'v', load)]);
    release(7);
    expect(await both).toEqual([7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next reader tries again', async () => {
    const cache = new ScopeCache();
    await expect(cache.get('k', 'v', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', 'v', async () => 3)).toBe(3);
  });

  it('keeps at most its limit, dropping the least recently used', async () => {
    const cache = new ScopeCache(2);
    await cache.get('a', 'v', async () => 'a');
    await cache.get('b', 'v', async () => 'b');
    await cache.get('a', 'v', async () => 'a again');
    await cache.get('c', 'v', async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'v', async () => 'reloaded')).toBe('a');
    expect(await cache.get('b', 'v', async () => 'reloaded')).toBe('reloaded');
  });

  it('loads every time when its limit is 0 (turned off)', async () => {
    const cache = new ScopeCache(0);
    const load = vi.fn(async () => 1);
    await cache.get('k', 'v', load);
    await cache.get('k', 'v', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
