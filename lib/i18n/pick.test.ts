import { describe, expect, it } from 'vitest';
import { pickMessages } from './pick';

const all = {
  auth: { nip: 'NIP', password: 'Kata sandi' },
  dashboard: { title: 'Dasbor', predikat: { save: 'Simpan', saved: 'Tersimpan.' } },
  errors: { title: 'Galat', notFound: 'Tidak ditemukan' },
};

describe('pickMessages', () => {
  it('copies whole namespaces and nothing else', () => {
    expect(pickMessages(all, ['auth'])).toEqual({ auth: all.auth });
  });

  it('copies a nested path without its siblings', () => {
    expect(pickMessages(all, ['dashboard.predikat', 'errors.title'])).toEqual({
      dashboard: { predikat: all.dashboard.predikat },
      errors: { title: 'Galat' },
    });
  });

  it('merges paths under one namespace and skips paths the catalogue lacks', () => {
    expect(pickMessages(all, ['dashboard.title', 'dashboard.predikat.save', 'missing.key'])).toEqual({
      dashboard: { title: 'Dasbor', predikat: { save: 'Simpan' } },
    });
  });
});
