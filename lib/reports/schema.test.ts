import { describe, expect, it } from 'vitest';
import { parseQueueFilter, queueParams } from './schema';

describe('validation queue filters from the URL', () => {
  it('reads empty fields as no filter, and ignores other parameters', () => {
    expect(parseQueueFilter({})).toEqual({
      ok: true,
      filter: { employeeId: null, from: null, to: null, page: 1 },
    });
    expect(parseQueueFilter({ employee: '', from: '', to: '', page: '', saved: '1' })).toEqual({
      ok: true,
      filter: { employeeId: null, from: null, to: null, page: 1 },
    });
    expect(parseQueueFilter({ employee: '17', from: '2026-11-02', to: '2026-11-13', page: '3' })).toEqual({
      ok: true,
      filter: { employeeId: 17, from: '2026-11-02', to: '2026-11-13', page: 3 },
    });
  });

  it('refuses malformed values beside their field', () => {
    expect(parseQueueFilter({ employee: '1;DROP' })).toMatchObject({
      ok: false,
      fieldErrors: { employee: expect.any(String) },
    });
    expect(parseQueueFilter({ from: '2026-02-31' })).toMatchObject({
      ok: false,
      fieldErrors: { from: 'reports.validation.date' },
    });
    expect(parseQueueFilter({ from: '2026-11-13', to: '2026-11-02' })).toMatchObject({
      ok: false,
      fieldErrors: { to: 'reports.validation.toBeforeFrom' },
    });
    expect(parseQueueFilter({ page: '0' })).toMatchObject({ ok: false });
  });

  it('writes the filters back as URL parameters for paging', () => {
    const f = { employeeId: 17, from: '2026-11-02', to: null };
    expect(queueParams(f, 2)).toBe('?employee=17&from=2026-11-02&page=2');
    expect(queueParams({ employeeId: null, from: null, to: null })).toBe('');
  });
});
