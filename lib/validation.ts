import { z } from 'zod';

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
