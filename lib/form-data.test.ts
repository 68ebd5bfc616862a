import { describe, expect, it } from 'vitest';
import { unflatten, withoutEmptyFiles } from './form-data';

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

describe('withoutEmptyFiles', () => {
  it('drops the entries of empty file inputs in both encodings and keeps fields and real files', () => {
    const form = new FormData();
    form.append('activity', 'Rapat koordinasi');
    form.append('evidenceLink', '');
    // As a browser sends an empty file input without JavaScript…
    form.append('evidence', new File([], '', { type: 'application/octet-stream' }));
    // …and as it arrives after React's encoding and Next's multipart parser, with JavaScript on.
    form.append('evidence', new File([], 'undefined', { type: 'application/octet-stream' }));
    form.append('attachments', new File(['%PDF-1.4'], 'bukti.pdf', { type: 'application/pdf' }));
    const out = withoutEmptyFiles(form);
    expect([...out.keys()]).toEqual(['activity', 'evidenceLink', 'attachments']);
    expect(out.get('evidenceLink')).toBe('');
    expect((out.get('attachments') as File).name).toBe('bukti.pdf');
    expect(out.getAll('evidence')).toEqual([]);
  });
});
