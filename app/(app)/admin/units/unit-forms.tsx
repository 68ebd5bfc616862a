'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import {
  Field,
  FormMessage,
  type SchemaLoader,
  SelectField,
  SubmitButton,
  useActionForm,
} from '@/components/ui/form';
import {
  closeUnitAction,
  createUnitAction,
  moveUnitAction,
  renameUnitAction,
  savePositionAction,
} from '@/lib/admin/org/units/actions';
import type { UNIT_KINDS as SCHEMA_UNIT_KINDS } from '@/lib/admin/org/units/schema';
import { JABATAN_KINDS } from '@/lib/domain/pangkat';
import type { FormState } from '@/lib/form-state';
import { initialFormState } from '@/lib/form-state';

const closeUnitSchema = () => import('@/lib/admin/org/units/schema').then((m) => m.closeUnitSchema);
const createUnitSchema = () => import('@/lib/admin/org/units/schema').then((m) => m.createUnitSchema);
const moveUnitSchema = () => import('@/lib/admin/org/units/schema').then((m) => m.moveUnitSchema);
const positionSchema = () => import('@/lib/admin/org/units/schema').then((m) => m.positionSchema);
const renameUnitSchema = () => import('@/lib/admin/org/units/schema').then((m) => m.renameUnitSchema);
// The schema's list, restated so the page does not load zod; its type keeps the two the same.
const UNIT_KINDS: typeof SCHEMA_UNIT_KINDS = ['opd', 'bidang', 'subbagian'];

type Option = { value: string; label: string };
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One admin form: posts to its action without JavaScript; with it, checks the same schema first. */
function useAdminForm(schema: SchemaLoader, action: Action) {
  return useActionForm(schema, action, initialFormState);
}

function Shell({
  f,
  title,
  children,
  testId,
}: {
  f: ReturnType<typeof useAdminForm>;
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <form
      ref={f.ref}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      data-testid={testId}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      <FormMessage state={f.state} />
      {children}
    </form>
  );
}

function Hidden({ f, name, value }: { f: ReturnType<typeof useAdminForm>; name: string; value: number }) {
  return <input type="hidden" defaultValue={String(value)} {...f.form.register(name)} />;
}

export function CreateUnitForm({ parents }: { parents: Option[] }) {
  const t = useTranslations('adminOrg');
  const f = useAdminForm(createUnitSchema, createUnitAction);
  return (
    <Shell f={f} title={t('units.create')} testId="create-unit">
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t('units.kind')}
          state={f.state}
          form={f.form}
          defaultValue="bidang"
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
        />
        <SelectField
          name="parentId"
          label={t('units.parent')}
          state={f.state}
          form={f.form}
          placeholder={t('units.noParent')}
          options={parents}
        />
        <Field name="code" label={t('units.code')} state={f.state} form={f.form} maxLength={40} required />
        <Field name="name" label={t('units.name')} state={f.state} form={f.form} maxLength={200} required />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('units.add')}
      </SubmitButton>
    </Shell>
  );
}

export function RenameUnitForm({ unitId, name }: { unitId: number; name: string }) {
  const t = useTranslations('adminOrg');
  const f = useAdminForm(renameUnitSchema, renameUnitAction);
  return (
    <Shell f={f} title={t('units.rename')}>
      <Hidden f={f} name="unitId" value={unitId} />
      <Field
        name="name"
        label={t('units.name')}
        state={f.state}
        form={f.form}
        defaultValue={name}
        maxLength={200}
        required
      />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('units.rename')}
      </SubmitButton>
    </Shell>
  );
}

export function MoveUnitForm({ unitId, parents }: { unitId: number; parents: Option[] }) {
  const t = useTranslations('adminOrg');
  const f = useAdminForm(moveUnitSchema, moveUnitAction);
  return (
    <Shell f={f} title={t('units.move')}>
      <Hidden f={f} name="unitId" value={unitId} />
      <SelectField
        name="parentId"
        label={t('units.newParent')}
        state={f.state}
        form={f.form}
        placeholder=""
        options={parents}
      />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('units.moveSubmit')}
      </SubmitButton>
    </Shell>
  );
}

export function CloseUnitForm({ unitId }: { unitId: number }) {
  const t = useTranslations('adminOrg');
  const f = useAdminForm(closeUnitSchema, closeUnitAction);
  return (
    <Shell f={f} title={t('units.close')} testId="close-unit">
      <Hidden f={f} name="unitId" value={unitId} />
      <p className="text-sm text-slate-700">{t('units.closeHint')}</p>
      <SubmitButton pending={f.pending} pendingLabel={t('saving')} tone="secondary">
        {t('units.closeSubmit')}
      </SubmitButton>
    </Shell>
  );
}

/** Adds a position, or edits the one chosen in the first field. */
export function PositionForm({ unitId, positions }: { unitId: number; positions: Option[] }) {
  const t = useTranslations();
  const f = useAdminForm(positionSchema, savePositionAction);
  return (
    <Shell f={f} title={t('adminOrg.units.addPosition')}>
      <Hidden f={f} name="unitId" value={unitId} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          name="positionId"
          label={t('adminOrg.units.choosePosition')}
          state={f.state}
          form={f.form}
          placeholder={t('adminOrg.units.newPosition')}
          options={positions}
        />
        <Field
          name="name"
          label={t('adminOrg.units.positionName')}
          state={f.state}
          form={f.form}
          maxLength={200}
          required
        />
        <SelectField
          name="kind"
          label={t('adminOrg.units.positionKind')}
          state={f.state}
          form={f.form}
          defaultValue="pelaksana"
          options={JABATAN_KINDS.map((k) => ({ value: k, label: t(`jabatanKind.${k}`) }))}
        />
        <SelectField
          name="isUnitHead"
          label={t('adminOrg.units.unitHead')}
          state={f.state}
          form={f.form}
          defaultValue="no"
          options={[
            { value: 'no', label: t('adminOrg.units.notHead') },
            { value: 'yes', label: t('adminOrg.units.unitHead') },
          ]}
        />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('adminOrg.saving')}>
        {t('adminOrg.units.savePosition')}
      </SubmitButton>
    </Shell>
  );
}
