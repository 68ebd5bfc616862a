import { describe, expect, it } from 'vitest';
import { entryFormSchema, reviewEntrySchema } from './schema';

const ids = { indicatorId: '3', periodId: '4' };

describe('realisation entry form', () => {
  it('a narrative needs at least 20 characters and no value; a value form needs a number', () => {
    const narrative = { ...ids, kind: 'narrative', note: 'Sepuluh sekolah didampingi sesuai rencana.' };
    expect(entryFormSchema.safeParse(narrative).success).toBe(true);
    const short = entryFormSchema.safeParse({ ...narrative, note: 'Baik.' });
    expect(short.error?.issues[0]).toMatchObject({
      path: ['note'],
      message: 'realisation.validation.narrative',
    });
    const empty = entryFormSchema.safeParse({ ...narrative, note: '' });
    expect(empty.error?.issues[0]).toMatchObject({ path: ['note'], message: 'validation.required' });
    expect(entryFormSchema.safeParse({ ...ids, value: '85,5', evidenceLink: '', note: '' }).success).toBe(
      true,
    );
    const words = entryFormSchema.safeParse({ ...ids, value: 'sembilan puluh' });
    expect(words.error?.issues[0]).toMatchObject({
      path: ['value'],
      message: 'realisation.validation.value',
    });
    expect(entryFormSchema.safeParse({ ...ids, value: '' }).error?.issues[0]?.message).toBe(
      'validation.required',
    );
  });
});

describe('realisation review form', () => {
  const review = { entryId: '5', version: '1', decision: 'validate' };
  it('an unchecked judgement (null in the browser, absent when posted) is none; an unknown one is refused', () => {
    expect(reviewEntrySchema.parse({ ...review, judgement: null }).judgement).toBeUndefined();
    expect(reviewEntrySchema.parse(review).judgement).toBeUndefined();
    expect(reviewEntrySchema.parse({ ...review, judgement: 'exceeds' }).judgement).toBe('exceeds');
    expect(reviewEntrySchema.safeParse({ ...review, judgement: 'excellent' }).success).toBe(false);
  });
});
