import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('prefers a valid cookie over the browser', () => {
    expect(negotiateLocale('en', 'id-ID,id;q=0.9')).toBe('en');
    expect(negotiateLocale('id', 'en-US')).toBe('id');
  });
  it('ignores an invalid cookie and reads Accept-Language by weight', () => {
    expect(negotiateLocale('fr', 'fr-FR,en;q=0.8,id;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined, 'de;q=0.9,id;q=0.3,en;q=0.2')).toBe('id');
  });
  it('falls back to Bahasa Indonesia', () => {
    expect(negotiateLocale(undefined, null)).toBe('id');
    expect(negotiateLocale(undefined, 'ja,zh;q=0.8')).toBe('id');
    expect(negotiateLocale(undefined, 'en;q=0')).toBe('id');
  });
});
