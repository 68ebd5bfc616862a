import { z } from 'zod';
import { idField, optionalIdField } from '@/lib/validation';

/** One user, by employee id: reset, unlock, disable and enable post only this. */
export const userTargetSchema = z.strictObject({ employeeId: idField() });

/** The roles an admin sets: checkboxes send "on" when ticked and nothing otherwise. */
export const userRolesSchema = z.strictObject({
  employeeId: idField(),
  admin: z.literal('on').optional(),
  leadership: z.literal('on').optional(),
  scopeUnitId: optionalIdField(),
});

export type UserRolesInput = z.infer<typeof userRolesSchema>;
