import { z } from 'zod';

const required = { error: 'validation.required' };

export const holidaySchema = z.strictObject({
  date: z.string(required).regex(/^\d{4}-\d{2}-\d{2}$/, 'reports.validation.date'),
  name: z.string(required).trim().min(3, 'validation.tooShort').max(200, 'validation.tooLong'),
  kind: z.enum(['national', 'cuti_bersama', 'local'], required),
});

export const deleteHolidaySchema = z.strictObject({
  holidayId: z.string().regex(/^\d{1,9}$/, 'validation.invalid'),
});
