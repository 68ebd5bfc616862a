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

/** Only same-site paths are followed after login or a language switch. */
export function safeReturnPath(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
