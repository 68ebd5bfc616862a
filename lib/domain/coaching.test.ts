import { describe, expect, it } from 'vitest';
import { actionState, dialogDateProblems, parseTarget, summariseCoaching, withinPeriod } from './coaching';

describe('a note’s target', () => {
  it('reads an RHK id or a value code, and nothing else', () => {
    expect(parseTarget('rhk:12')).toEqual({ rhkId: 12 });
    expect(parseTarget('value:akuntabel')).toEqual({ value: 'akuntabel' });
    for (const bad of [
      '',
      'rhk:',
      'rhk:1x',
      'rhk:1234567890',
      'value:',
      'value:Akuntabel',
      'akuntabel',
      'rhk:1;value:x',
    ])
      expect(parseTarget(bad)).toBeNull();
  });
});

describe('agreed actions', () => {
  it('are done once marked (even late), overdue only after the due date, else open', () => {
    expect(actionState({ dueOn: '2026-12-05', doneOn: null }, '2026-12-05')).toBe('open');
    expect(actionState({ dueOn: '2026-12-04', doneOn: null }, '2026-12-05')).toBe('overdue');
    expect(actionState({ dueOn: '2026-12-01', doneOn: '2026-12-05' }, '2026-12-05')).toBe('done');
  });
});

describe('dialog dates', () => {
  const on = '2026-12-05';
  it('accepts a meeting today or earlier this or last year, with actions due on or after it', () => {
    expect(dialogDateProblems(on, [on, '2027-01-31'], on)).toEqual({});
    expect(dialogDateProblems('2025-01-01', ['2025-01-01'], on)).toEqual({});
  });
  it('refuses a meeting in the future or before last year', () => {
    expect(dialogDateProblems('2026-12-06', [], on)).toEqual({ heldOn: 'coaching.validation.heldInFuture' });
    expect(dialogDateProblems('2024-12-31', [], on)).toEqual({
      heldOn: 'coaching.validation.heldTooLongAgo',
    });
  });
  it('names each action due before the meeting', () => {
    expect(dialogDateProblems('2026-11-20', ['2026-11-20', '2026-11-19', '2026-12-01'], on)).toEqual({
      'actions.1.dueOn': 'coaching.validation.dueBeforeMeeting',
    });
  });
});

describe('period membership', () => {
  const q4 = { startsOn: '2026-10-01', endsOn: '2026-12-31' };
  it('includes both ends', () => {
    expect(withinPeriod('2026-10-01', q4)).toBe(true);
    expect(withinPeriod('2026-12-31', q4)).toBe(true);
    expect(withinPeriod('2026-09-30', q4)).toBe(false);
    expect(withinPeriod('2027-01-01', q4)).toBe(false);
  });
});

describe('summary for the appraisal', () => {
  it('counts notes by kind and answers, lists what is to improve once in first-noted order, counts actions', () => {
    const s = summariseCoaching(
      [
        { kind: 'improve', target: { value: 'kolaboratif' }, answered: true },
        { kind: 'praise', target: { value: 'akuntabel' }, answered: false },
        { kind: 'improve', target: { rhkId: 3, rhkText: 'Data sekolah mutakhir' }, answered: false },
        { kind: 'improve', target: { value: 'kolaboratif' }, answered: false },
        { kind: 'improve', target: { rhkId: null, rhkText: 'RHK lama' }, answered: true },
      ],
      [
        {
          actions: [
            { dueOn: '2026-12-01', doneOn: '2026-11-30' },
            { dueOn: '2026-12-01', doneOn: null },
          ],
        },
        { actions: [{ dueOn: '2026-12-10', doneOn: null }] },
      ],
      '2026-12-05',
    );
    expect(s).toEqual({
      praise: 1,
      improve: 4,
      answered: 2,
      improveValues: ['kolaboratif'],
      improveRhks: ['Data sekolah mutakhir', 'RHK lama'],
      dialogs: 2,
      actions: { done: 1, overdue: 1, open: 1 },
    });
  });
  it('is all zeros without feedback', () => {
    expect(summariseCoaching([], [], '2026-12-05')).toEqual({
      praise: 0,
      improve: 0,
      answered: 0,
      improveValues: [],
      improveRhks: [],
      dialogs: 0,
      actions: { done: 0, overdue: 0, open: 0 },
    });
  });
});
