import { describe, expect, it } from 'vitest';
import { parseId } from './ids';

describe('parseId', () => {
  it('reads digits into a number', () => {
    expect(parseId('42')).toBe(42);
    expect(parseId('999999999')).toBe(999999999);
    expect(parseId('123456789012', { big: true })).toBe(123456789012);
  });
  it('refuses anything that could overflow a serial key or is not plain digits', () => {
    for (const bad of ['', '1e3', '-1', '1.0', ' 1', '0x10', '1234567890', "1' OR 1=1--", undefined]) {
      expect(parseId(bad)).toBeNull();
    }
    expect(parseId('1234567890123', { big: true })).toBeNull();
  });
});
