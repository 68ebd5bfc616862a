'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { adjustPredikat, closeCalibration, openCalibration } from './mutations';
import { adjustSchema, closeCalibrationSchema, openCalibrationSchema } from './schema';

export const openCalibrationAction = authedAction(openCalibrationSchema, async (viewer, input) => {
  const id = await openCalibration(getDb(), viewer, {
    unitId: input.unitId,
    periodId: input.periodId,
  });
  redirect(`/calibration/${id}`);
});

export const adjustPredikatAction = authedAction(adjustSchema, async (viewer, input) => {
  const [appraisalId, version] = input.appraisal.split(':').map(Number);
  await adjustPredikat(getDb(), viewer, {
    calibrationId: input.calibrationId,
    appraisalId: appraisalId as number,
    version: version as number,
    ratingHasil: input.ratingHasil,
    ratingPerilaku: input.ratingPerilaku,
    justification: input.justification,
  });
  revalidatePath(`/calibration/${input.calibrationId}`);
  redirect(`/calibration/${input.calibrationId}?adjusted=1`);
});

export const closeCalibrationAction = authedAction(closeCalibrationSchema, async (viewer, input) => {
  await closeCalibration(getDb(), viewer, {
    calibrationId: input.calibrationId,
    version: input.version,
  });
  redirect(`/calibration/${input.calibrationId}?closed=1`);
});
