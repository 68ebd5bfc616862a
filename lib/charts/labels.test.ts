import { describe, expect, it } from 'vitest';
import { wrapLabel } from './labels';

describe('chart labels', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Inspektorat', 24)).toEqual(['Inspektorat']);
  });

  it('breaks a long unit name at spaces into lines that fit', () => {
    const lines = wrapLabel('Dinas Kependudukan dan Pencatatan Sipil', 24);
    expect(lines).toEqual(['Dinas Kependudukan dan', 'Pencatatan Sipil']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(24);
  });

  it('ends with an ellipsis what does not fit on the last line', () => {
    const lines = wrapLabel('Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 24);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(24);
    expect(lines[0]).toBe('Badan Perencanaan');
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapLabel('Supercalifragilisticexpialidocious unit', 10);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});
