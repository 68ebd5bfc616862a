import { z } from 'zod';
import { filled, idField, required, requiredText } from '@/lib/validation';

export const holidaySchema = z.strictObject({
  date: filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'reports.validation.date'),
  name: requiredText(3, 200),
  kind: z.enum(['national', 'cuti_bersama', 'local'], required),
});

export const deleteHolidaySchema = z.strictObject({
  holidayId: idField(),
});
