import { z } from 'zod';
import { idPattern } from '@/lib/ids';

/** A field that is absent altogether (not sent by the form) says "Wajib diisi", like an empty one. */
export const required = { error: 'validation.required' };

/** A required field: empty, or only spaces, says "Wajib diisi" before any format check speaks. */
export const filled = () => z.string(required).trim().min(1, { error: 'validation.required', abort: true });

/**
 * Text a person must write, at least `min` characters once trimmed. Left empty it says "Wajib diisi";
 * only text that was written but is too short says so (`tooShort`, or the field's own message).
 */
export function requiredText(min: number, max: number, tooShort = 'validation.tooShort') {
  return filled().min(min, tooShort).max(max, 'validation.tooLong');
}

/**
 * A record id from a form or a URL: digits only (at most `digits` of them, 9 for serial keys and 12 for
 * the big ones), parsed to a number here once so that actions and queries never convert it themselves.
 */
export const idField = (digits: 9 | 12 = 9) =>
  filled().regex(idPattern(digits), 'validation.invalid').transform(Number);

/** An id that may be left out: absent or empty is `undefined`, anything else must be an id. */
export const optionalIdField = (digits: 9 | 12 = 9) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || idPattern(digits).test(v), 'validation.invalid')
    .transform((v) => (v === '' ? undefined : Number(v)))
    .optional();
