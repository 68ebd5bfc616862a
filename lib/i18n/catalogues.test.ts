import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogues', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('have no empty messages', () => {
    const empty = (cat: unknown) =>
      keys(cat).filter(
        (k) => !k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], cat),
      );
    expect(empty(id)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
