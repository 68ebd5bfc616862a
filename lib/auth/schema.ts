import { z } from 'zod';
import { required } from '@/lib/validation';

export const nipField = z
  .string(required)
  .trim()
  .min(1, { error: 'validation.required', abort: true })
  .regex(/^\d{18}$/, 'validation.nipFormat');

export const loginSchema = z.strictObject({
  nip: nipField,
  password: z.string(required).min(1, 'validation.required').max(256, 'validation.tooLong'),
  callbackUrl: z.string().max(500).optional(),
});

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string(required).min(1, 'validation.required').max(256, 'validation.tooLong'),
    newPassword: z
      .string(required)
      .min(1, { error: 'validation.required', abort: true })
      .min(PASSWORD_MIN, 'validation.passwordTooShort')
      .max(PASSWORD_MAX, 'validation.passwordTooLong'),
    confirmPassword: z.string(required).min(1, 'validation.required'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'validation.passwordMismatch',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'validation.passwordUnchanged',
  });

export const localeSchema = z.strictObject({
  locale: z.enum(['id', 'en'], required),
  returnTo: z.string().max(500).optional(),
});

export const emptySchema = z.strictObject({});

// Any origin works as the base: a value is followed only when it resolves to this same made-up origin.
const RETURN_BASE = 'http://return-path.invalid';

/**
 * Only same-site paths are followed after login or a language switch. Browsers drop TAB, CR and LF
 * anywhere in a URL (so "/\t/evil.example" means "//evil.example"), and treat "\\" like "/"; the WHATWG
 * URL parser does the same, so a value is accepted only when it parses to our own origin, and what is
 * returned is the parsed path (control characters percent-encoded, never a raw newline in a header).
 */
export function safeReturnPath(value: string | undefined): string {
  const cleaned = value?.replace(/[\t\r\n]/g, '');
  if (!cleaned?.startsWith('/')) return '/';
  const path = sameOriginPath(cleaned);
  // "/..//evil" parses to the path "//evil", itself a link to another host: check the result once more.
  return path !== null && sameOriginPath(path) === path ? path : '/';
}

function sameOriginPath(value: string): string | null {
  try {
    const url = new URL(value, RETURN_BASE);
    return url.origin === RETURN_BASE ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
