import { z } from 'zod';
import { idField, optionalIdField } from '@/lib/validation';

/** One user, by employee id: reset and unlock post only this. */
export const userTargetSchema = z.strictObject({ employeeId: idField() });

/** Disable ("1") or enable ("0") an account. */
export const userAccessSchema = z.strictObject({
  employeeId: idField(),
  disabled: z.enum(['0', '1'], { error: 'validation.invalid' }),
});

/** The roles an admin sets: checkboxes send "on" when ticked and nothing otherwise. */
export const userRolesSchema = z.strictObject({
  employeeId: idField(),
  admin: z.literal('on').optional(),
  leadership: z.literal('on').optional(),
  scopeUnitId: optionalIdField(),
});

export type UserRolesInput = z.infer<typeof userRolesSchema>;
