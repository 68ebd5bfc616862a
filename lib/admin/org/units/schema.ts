import { z } from 'zod';
import { JABATAN_KINDS } from '@/lib/domain/pangkat';
import { idField, optionalIdField, required, requiredText } from '@/lib/validation';

export const UNIT_KINDS = ['opd', 'bidang', 'subbagian'] as const;

const unitCode = requiredText(1, 40).regex(/^[A-Za-z0-9._-]+$/, 'adminOrg.validation.code');

/** A new unit: an OPD stands at the root of the tree; a bidang or subbagian needs a parent. */
export const createUnitSchema = z
  .strictObject({
    kind: z.enum(UNIT_KINDS, required),
    parentId: optionalIdField(),
    code: unitCode,
    name: requiredText(3, 200),
  })
  .refine((v) => (v.kind === 'opd') === (v.parentId === undefined), {
    path: ['parentId'],
    message: 'adminOrg.validation.parentByKind',
  });

export const renameUnitSchema = z.strictObject({ unitId: idField(), name: requiredText(3, 200) });

export const moveUnitSchema = z.strictObject({ unitId: idField(), parentId: idField() });

export const closeUnitSchema = z.strictObject({ unitId: idField() });

/** A position in a unit (kinds per UU 20/2023); `isUnitHead` marks the unit's head. */
export const positionSchema = z.strictObject({
  unitId: idField(),
  positionId: optionalIdField(),
  name: requiredText(3, 200),
  kind: z.enum(JABATAN_KINDS, required),
  isUnitHead: z.enum(['yes', 'no'], required),
});
