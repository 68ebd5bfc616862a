import { describe, expect, it } from 'vitest';
import { markAbbreviations } from './abbreviations';

const mark = (text: string) => markAbbreviations(text, (word) => `[${word}]`).join('');

describe('abbreviations on first use', () => {
  it('marks the first occurrence of each abbreviation only', () => {
    expect(mark('Bawahan (definitif, Plt dan Plh): realisasi per RHK Utama; RHK lain')).toBe(
      'Bawahan (definitif, [Plt] dan [Plh]): realisasi per [RHK] Utama; RHK lain',
    );
  });

  it('finds whole words only', () => {
    expect(mark('NI PPPK, TMT CPNS, NIPS, SKPD')).toBe('NI [PPPK], [TMT] [CPNS], NIPS, SKPD');
    expect(mark('Plt/Plh')).toBe('[Plt]/[Plh]');
  });

  it('leaves text without abbreviations as it is', () => {
    expect(markAbbreviations('Beranda', (w) => w)).toEqual(['Beranda']);
  });
});
