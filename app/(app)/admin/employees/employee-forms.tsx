'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Field, FormMessage, SelectField, SubmitButton, useActionForm } from '@/components/ui/form';
import {
  createEmployeeAction,
  deactivateEmployeeAction,
  moveEmployeeAction,
  updateEmployeeAction,
} from '@/lib/admin/org/employees/actions';
import { addSupervisionLineAction, endSupervisionLineAction } from '@/lib/admin/org/supervision/actions';
import { PANGKAT_CODES, pangkatLabel } from '@/lib/domain/pangkat';
import { initialFormState } from '@/lib/form-state';

const createEmployeeSchema = () =>
  import('@/lib/admin/org/employees/schema').then((m) => m.createEmployeeSchema);
const deactivateEmployeeSchema = () =>
  import('@/lib/admin/org/employees/schema').then((m) => m.deactivateEmployeeSchema);
const moveEmployeeSchema = () => import('@/lib/admin/org/employees/schema').then((m) => m.moveEmployeeSchema);
const addLineSchema = () => import('@/lib/admin/org/supervision/schema').then((m) => m.addLineSchema);
const endLineSchema = () => import('@/lib/admin/org/supervision/schema').then((m) => m.endLineSchema);
const updateEmployeeSchema = () =>
  import('@/lib/admin/org/employees/schema').then((m) => m.updateEmployeeSchema);

type Option = { value: string; label: string };
type FormParts = ReturnType<typeof useActionForm>;

function Shell({
  f,
  title,
  children,
  testId,
}: {
  f: FormParts;
  title: string;
  children: ReactNode;
  testId: string;
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

function Hidden({ f, name, value }: { f: FormParts; name: string; value: number }) {
  return <input type="hidden" defaultValue={String(value)} {...f.form.register(name)} />;
}

function RankFields({
  f,
  values,
}: {
  f: FormParts;
  values?: { pangkat: string | null; pangkatTmt: string | null; pppkGolongan: number | null };
}) {
  const t = useTranslations('adminOrg.employees');
  return (
    <>
      <SelectField
        name="pangkat"
        label={t('pangkat')}
        state={f.state}
        form={f.form}
        defaultValue={values?.pangkat ?? ''}
        placeholder={t('noPangkat')}
        options={PANGKAT_CODES.map((c) => ({ value: c, label: pangkatLabel(c) }))}
      />
      <Field
        name="pangkatTmt"
        label={t('pangkatTmt')}
        type="date"
        state={f.state}
        form={f.form}
        defaultValue={values?.pangkatTmt ?? ''}
      />
      <Field
        name="pppkGolongan"
        label={t('pppkGolongan')}
        inputMode="numeric"
        state={f.state}
        form={f.form}
        defaultValue={values?.pppkGolongan ? String(values.pppkGolongan) : ''}
        maxLength={2}
      />
    </>
  );
}

export function CreateEmployeeForm({ positions, today }: { positions: Option[]; today: string }) {
  const t = useTranslations();
  const f = useActionForm(createEmployeeSchema, createEmployeeAction, initialFormState);
  return (
    <Shell f={f} title={t('adminOrg.employees.createTitle')} testId="create-employee">
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t('adminOrg.employees.kind')}
          state={f.state}
          form={f.form}
          defaultValue="PNS"
          options={(['PNS', 'PPPK'] as const).map((k) => ({ value: k, label: t(`employeeKind.${k}`) }))}
        />
        <Field
          name="nip"
          label={t('adminOrg.employees.nip')}
          hint={t('adminOrg.employees.nipHint')}
          inputMode="numeric"
          maxLength={18}
          state={f.state}
          form={f.form}
          required
        />
        <Field
          name="name"
          label={t('adminOrg.employees.name')}
          state={f.state}
          form={f.form}
          maxLength={200}
          required
        />
        <SelectField
          name="positionId"
          label={t('adminOrg.employees.position')}
          state={f.state}
          form={f.form}
          placeholder=""
          options={positions}
        />
        <RankFields f={f} />
        <Field
          name="supervisorNip"
          label={t('adminOrg.employees.supervisorNip')}
          hint={t('adminOrg.employees.supervisorHint')}
          inputMode="numeric"
          maxLength={18}
          state={f.state}
          form={f.form}
        />
        <Field
          name="startsOn"
          label={t('adminOrg.employees.startsOn')}
          type="date"
          state={f.state}
          form={f.form}
          defaultValue={today}
          required
        />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('adminOrg.saving')}>
        {t('adminOrg.employees.createSubmit')}
      </SubmitButton>
    </Shell>
  );
}

type Employee = {
  id: number;
  version: number;
  kind: 'PNS' | 'PPPK';
  name: string;
  pangkat: string | null;
  pangkatTmt: string | null;
  pppkGolongan: number | null;
  positionId: number;
};

export function EditEmployeeForm({ employee }: { employee: Employee }) {
  const t = useTranslations('adminOrg');
  const f = useActionForm(updateEmployeeSchema, updateEmployeeAction, initialFormState);
  return (
    <Shell f={f} title={t('employees.edit')} testId="edit-employee">
      <Hidden f={f} name="employeeId" value={employee.id} />
      <Hidden f={f} name="version" value={employee.version} />
      <input type="hidden" defaultValue={employee.kind} {...f.form.register('kind')} />
      <Field
        name="name"
        label={t('employees.name')}
        state={f.state}
        form={f.form}
        defaultValue={employee.name}
        maxLength={200}
        required
      />
      <RankFields f={f} values={employee} />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('employees.editSubmit')}
      </SubmitButton>
    </Shell>
  );
}

export function MoveEmployeeForm({
  employee,
  positions,
  today,
}: {
  employee: Employee & { subordinates: { id: number; name: string }[] };
  positions: Option[];
  today: string;
}) {
  const t = useTranslations('adminOrg');
  const tHead = useTranslations('admin.headMove');
  const f = useActionForm(moveEmployeeSchema, moveEmployeeAction, initialFormState);
  const losing = employee.subordinates;
  return (
    <Shell f={f} title={t('employees.move')} testId="move-employee">
      <Hidden f={f} name="employeeId" value={employee.id} />
      <Hidden f={f} name="version" value={employee.version} />
      <p className="text-sm text-slate-700">{t('employees.moveHint')}</p>
      <SelectField
        name="positionId"
        label={t('employees.position')}
        state={f.state}
        form={f.form}
        defaultValue={String(employee.positionId)}
        options={positions}
      />
      <Field
        name="supervisorNip"
        label={t('employees.supervisorNip')}
        hint={t('employees.supervisorHint')}
        inputMode="numeric"
        maxLength={18}
        state={f.state}
        form={f.form}
      />
      {losing.length > 0 && (
        <>
          <div
            className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm"
            data-testid="move-subordinates"
          >
            <p>{tHead('losing', { count: losing.length })}</p>
            <ul className="mt-1 list-disc pl-5">
              {losing.map((s) => (
                <li key={s.id}>{s.name}</li>
              ))}
            </ul>
          </div>
          <Field
            name="successorNip"
            label={tHead('successorNip')}
            hint={tHead('successorHint')}
            inputMode="numeric"
            maxLength={18}
            state={f.state}
            form={f.form}
          />
        </>
      )}
      <Field
        name="effectiveOn"
        label={t('employees.effectiveOn')}
        type="date"
        max={today}
        state={f.state}
        form={f.form}
        defaultValue={today}
        required
      />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('employees.moveSubmit')}
      </SubmitButton>
    </Shell>
  );
}

export function DeactivateEmployeeForm({ employee, today }: { employee: Employee; today: string }) {
  const t = useTranslations('adminOrg');
  const f = useActionForm(deactivateEmployeeSchema, deactivateEmployeeAction, initialFormState);
  return (
    <Shell f={f} title={t('employees.deactivate')} testId="deactivate-employee">
      <Hidden f={f} name="employeeId" value={employee.id} />
      <Hidden f={f} name="version" value={employee.version} />
      <p className="text-sm text-slate-700">{t('employees.deactivateHint')}</p>
      <Field
        name="leftOn"
        label={t('employees.leftOn')}
        type="date"
        state={f.state}
        form={f.form}
        defaultValue={today}
        required
      />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')} tone="secondary">
        {t('employees.deactivateSubmit')}
      </SubmitButton>
    </Shell>
  );
}

export function AddLineForm({ employeeId, today }: { employeeId: number; today: string }) {
  const t = useTranslations();
  const f = useActionForm(addLineSchema, addSupervisionLineAction, initialFormState);
  return (
    <Shell f={f} title={t('adminOrg.lines.add')} testId="add-line">
      <Hidden f={f} name="employeeId" value={employeeId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          id="line-supervisorNip"
          name="supervisorNip"
          label={t('adminOrg.employees.supervisorNip')}
          inputMode="numeric"
          maxLength={18}
          state={f.state}
          form={f.form}
          required
        />
        <SelectField
          name="kind"
          label={t('adminOrg.lines.kind')}
          state={f.state}
          form={f.form}
          defaultValue="plh"
          options={(['definitive', 'plt', 'plh'] as const).map((k) => ({
            value: k,
            label: t(`supervisionKind.${k}`),
          }))}
        />
        <Field
          name="validFrom"
          label={t('adminOrg.lines.from')}
          type="date"
          state={f.state}
          form={f.form}
          defaultValue={today}
          required
        />
        <Field name="validTo" label={t('adminOrg.lines.to')} type="date" state={f.state} form={f.form} />
        <Field name="note" label={t('adminOrg.lines.note')} state={f.state} form={f.form} maxLength={200} />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('adminOrg.saving')}>
        {t('adminOrg.lines.addSubmit')}
      </SubmitButton>
    </Shell>
  );
}

/** Ends one line on the date given (exclusive), in its table row. */
export function EndLineForm({ lineId, label, today }: { lineId: number; label: string; today: string }) {
  const t = useTranslations('adminOrg.lines');
  const f = useActionForm(endLineSchema, endSupervisionLineAction, initialFormState);
  return (
    <form
      ref={f.ref}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-label={label}
      className="flex flex-wrap items-end gap-2"
    >
      <FormMessage state={f.state} />
      <Hidden f={f} name="lineId" value={lineId} />
      <Field
        id={`end-${lineId}`}
        name="validTo"
        label={t('endOn')}
        type="date"
        state={f.state}
        form={f.form}
        defaultValue={today}
        required
      />
      <SubmitButton pending={f.pending} pendingLabel="…" tone="secondary">
        {t('endSubmit')}
      </SubmitButton>
    </form>
  );
}
