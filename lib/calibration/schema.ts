import { z } from 'zod';
import { RATINGS } from '@/lib/domain/ratings';
import { filled, idField, required, requiredText } from '@/lib/validation';

const id = idField();

export const openCalibrationSchema = z.strictObject({ unitId: id, periodId: id });

/** One adjustment: the appraisal (carrying its version as "id:version"), new ratings, a justification. */
export const adjustSchema = z.strictObject({
  calibrationId: id,
  appraisal: filled().regex(/^\d{1,9}:\d{1,9}$/, 'validation.required'),
  ratingHasil: z.enum(RATINGS, required),
  ratingPerilaku: z.enum(RATINGS, required),
  justification: requiredText(20, 2000, 'calibration.validation.justificationRequired'),
});

export const closeCalibrationSchema = z.strictObject({ calibrationId: id, version: id });
