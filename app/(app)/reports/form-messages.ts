/**
 * What the report form and its delete button say in the browser: the labels the form translates and its
 * schema's checks. The pages that show the form send only these (ClientMessages), not all of `reports`.
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
