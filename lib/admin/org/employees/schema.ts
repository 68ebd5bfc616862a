import { z } from 'zod';
import { parseNip } from '@/lib/domain/nip';
import { PANGKAT_CODES } from '@/lib/domain/pangkat';
import { filled, idField, required, requiredText } from '@/lib/validation';

const date = () => filled().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid');
const optionalDate = () =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'validation.invalid')
    .transform((v) => (v === '' ? undefined : v))
    .optional();
/** The pejabat penilai by NIP; left empty, the head of the unit is proposed (see proposeSupervisor). */
const optionalNip = () =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{18}$/.test(v), 'validation.nipFormat')
    .transform((v) => (v === '' ? undefined : v))
    .optional();
const pangkat = () =>
  z
    .enum(['', ...PANGKAT_CODES] as [string, ...string[]])
    .transform((v) => (v === '' ? undefined : v))
    .optional();
const golongan = () =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === '' || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 17),
      'validation.invalid',
    )
    .transform((v) => (v === '' ? undefined : Number(v)))
    .optional();

/** Rank fields by employee kind: a PNS has a pangkat, a PPPK a golongan and no pangkat. */
function rankByKind(
  v: { kind: 'PNS' | 'PPPK'; pangkat?: string; pppkGolongan?: number },
  ctx: z.RefinementCtx,
) {
  if (v.kind === 'PNS' && !v.pangkat)
    ctx.addIssue({ code: 'custom', path: ['pangkat'], message: 'validation.required' });
  if (v.kind === 'PPPK' && v.pangkat)
    ctx.addIssue({ code: 'custom', path: ['pangkat'], message: 'adminOrg.validation.pppkNoPangkat' });
  if (v.kind === 'PNS' && v.pppkGolongan !== undefined)
    ctx.addIssue({ code: 'custom', path: ['pppkGolongan'], message: 'adminOrg.validation.pnsNoGolongan' });
}

export const createEmployeeSchema = z
  .strictObject({
    kind: z.enum(['PNS', 'PPPK'], required),
    nip: filled(),
    name: requiredText(3, 200),
    positionId: idField(),
    pangkat: pangkat(),
    pangkatTmt: optionalDate(),
    pppkGolongan: golongan(),
    supervisorNip: optionalNip(),
    startsOn: date(),
  })
  .superRefine((v, ctx) => {
    // The NIP carries the birth date, TMT (or PPPK appointment year) and gender: the same parser as sign-in.
    const parsed = parseNip(v.nip, v.kind);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: `adminOrg.nip.${parsed.error}` });
    rankByKind(v, ctx);
  });

export const updateEmployeeSchema = z
  .strictObject({
    employeeId: idField(),
    version: idField(),
    kind: z.enum(['PNS', 'PPPK'], required),
    name: requiredText(3, 200),
    pangkat: pangkat(),
    pangkatTmt: optionalDate(),
    pppkGolongan: golongan(),
  })
  .superRefine(rankByKind);

export const moveEmployeeSchema = z.strictObject({
  employeeId: idField(),
  version: idField(),
  positionId: idField(),
  supervisorNip: optionalNip(),
  // Who takes over the lines of the people the employee supervises; left empty, those lines just end.
  successorNip: optionalNip(),
  effectiveOn: date(),
});

export const deactivateEmployeeSchema = z.strictObject({
  employeeId: idField(),
  version: idField(),
  leftOn: date(),
});
