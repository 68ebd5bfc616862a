import { describe, expect, it } from 'vitest';
import { unflatten } from './form-data';

describe('unflatten', () => {
  it('builds nested arrays in index order, closing gaps left by removed rows', () => {
    expect(
      unflatten({
        approach: 'kuantitatif',
        'rhks.2.text': 'third',
        'rhks.0.text': 'first',
        'rhks.0.indicators.0.aspek': 'kuantitas',
        'rhks.0.indicators.1.aspek': 'waktu',
      }),
    ).toEqual({
      approach: 'kuantitatif',
      rhks: [{ text: 'first', indicators: [{ aspek: 'kuantitas' }, { aspek: 'waktu' }] }, { text: 'third' }],
    });
  });

  it('ignores prototype-polluting and empty path segments', () => {
    const out = unflatten({ '__proto__.polluted': 'x', 'a..b': 'y', 'constructor.prototype.z': 'z' });
    expect(out).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
