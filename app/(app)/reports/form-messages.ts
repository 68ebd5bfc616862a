/**
 * What the report form says in the browser: the labels it translates and its schema's checks (the delete
 * button gets its labels as props). The pages that show the form send only these (ClientMessages), not
 * all of `reports`.
 */
export const REPORT_FORM_MESSAGES = [
  'reports.date',
  'reports.start',
  'reports.end',
  'reports.confirmNonWorkingDay',
  'reports.indicator',
  'reports.activity',
  'reports.quantity',
  'reports.unit',
  'reports.evidence',
  'reports.evidenceHint',
  'reports.evidenceLink',
  'reports.save',
  'reports.saving',
  'reports.validation',
];
