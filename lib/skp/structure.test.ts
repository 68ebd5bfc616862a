import { describe, expect, it } from 'vitest';
import { applyStructureIntent } from './structure';

const rows = () => [
  { text: 'A', indicators: [{ text: 'a1' }, { text: 'a2' }] },
  { text: 'B', indicators: [{ text: 'b1' }] },
];

describe('adding and removing rows without JavaScript', () => {
  it('adds an RHK with one empty indicator', () => {
    const out = applyStructureIntent('add-rhk', rows());
    expect(out).toHaveLength(3);
    expect(out[2]?.indicators).toHaveLength(1);
  });
  it('removes the chosen RHK or indicator, keeping at least one of each', () => {
    expect(applyStructureIntent('remove-rhk:0', rows()).map((r) => r.text)).toEqual(['B']);
    expect(applyStructureIntent('remove-ind:0:1', rows())[0]?.indicators).toEqual([{ text: 'a1' }]);
    expect(applyStructureIntent('remove-ind:1:0', rows())[1]?.indicators).toEqual([{ text: 'b1' }]);
    expect(applyStructureIntent('remove-rhk:0', [{ text: 'only', indicators: [] }])).toHaveLength(1);
  });
  it('adds an indicator to the chosen RHK', () => {
    expect(applyStructureIntent('add-ind:1', rows())[1]?.indicators).toHaveLength(2);
  });
});
