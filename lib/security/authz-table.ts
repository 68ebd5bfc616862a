import type { Fixture } from './cast';

/**
 * THE AUTHORIZATION MATRIX: who may do what, one row per server action, page and route handler.
 *
 * The outcome string has one word per role, in this order (see ROLE_LABELS in ./cast.ts):
 *
 *     anon  owner  peer  sup  otherSup  lead  leadOut  admin
 *
 *   ok     allowed (the action saved or redirected onward; the page or file answered 200)
 *   moved  a page redirected somewhere other than the login (e.g. a signed-in visitor sent home from /login)
 *   login  sent to the login page
 *   404    refused as "not found" — someone else's record, or a page the role has no business on
 *   403    refused as forbidden
 *   503    the readable "database unavailable" answer (only /unavailable itself, which always gives it)
 *   bad    past the authorization check, refused by a validation or state rule (the seed's record is
 *          not in the state the action needs, e.g. accepting a draft); still nothing written
 *
 * Every record a row points at belongs to the owner (ids from the seeded demo agency, `f`: ./cast.ts).
 * lib/security/authz-actions.itest.ts runs every action as each role against PostgreSQL and checks that
 * nothing was written on any outcome but `ok`; e2e/authz.spec.ts requests every page and route handler
 * as each role; lib/security/authz-table.test.ts fails when an action, page or route has no row here.
 *
 * ADDING A ROW (one line): for a new action `export const fooAction` in lib/bar/actions.ts add
 *     'lib/bar/actions.ts#fooAction': ['login ok 404 404 404 404 404 404', (f) => ({ fooId: String(f.skp.id) })],
 * — the form fields as the no-JS form posts them (dotted names for nested fields), aimed at a record of
 * the owner's. For a page or route, the file path and the URL to request, e.g.
 *     'app/(app)/bar/[id]/page.tsx': ['login ok 404 ok 404 ok 404 ok', (f) => `/bar/${f.skp.id}`],
 * The outcomes are a decision, not a recording: write what the rule says, then run the tests (a failing
 * row prints every role's outcome and why: the redirect or the message keys). A record the fixture does
 * not have yet gets one query in loadFixture (./cast.ts); until then a row without a payload (`{}`)
 * still checks the anonymous refusal and that nothing is written (signed-in roles then answer `bad`).
 */

type Fields = Record<string, string | string[]>;
export type ActionRow = readonly [outcomes: string, payload?: (f: Fixture) => Fields];
export type PageRow = readonly [outcomes: string, url: (f: Fixture) => string];

const s = String;

// biome-ignore format: one row per line, aligned like a table
export const ACTIONS: Record<string, ActionRow> = {
  //                                                          anon  owner peer  sup   oSup  lead  leadO admin
  'lib/account/actions.ts#login':                           ['ok    ok    ok    ok    ok    ok    ok    ok', (f) => ({ nip: f.nip.peer, password: 'pariaman2026', callbackUrl: '/' })],
  'lib/account/actions.ts#logout':                          ['login ok    ok    ok    ok    ok    ok    ok'],
  'lib/account/actions.ts#updatePassword':                  ['login ok    ok    ok    ok    ok    ok    ok', () => ({ currentPassword: 'pariaman2026', newPassword: 'Matriks-Uji-2026!', confirmPassword: 'Matriks-Uji-2026!' })],
  'lib/account/actions.ts#setLocale':                       ['ok    ok    ok    ok    ok    ok    ok    ok', () => ({ locale: 'en', returnTo: '/' })],
  'lib/admin/org/units/actions.ts#createUnitAction':       ['login 404   404   404   404   404   404   ok', (f) => ({ kind: 'subbagian', parentId: s(f.ownerUnitId), code: 'MATRIKS-1', name: 'Subbagian matriks' })],
  'lib/admin/org/units/actions.ts#renameUnitAction':       ['login 404   404   404   404   404   404   ok', (f) => ({ unitId: s(f.ownerUnitId), name: 'Bidang matriks' })],
  'lib/admin/org/units/actions.ts#moveUnitAction':         ['login 404   404   404   404   404   404   ok', (f) => ({ unitId: s(f.ownerUnitId), parentId: s(f.otherOpdId) })],
  'lib/admin/org/units/actions.ts#closeUnitAction':        ['login 404   404   404   404   404   404   bad', (f) => ({ unitId: s(f.ownerUnitId) })],
  'lib/admin/org/units/actions.ts#savePositionAction':     ['login 404   404   404   404   404   404   ok', (f) => ({ unitId: s(f.ownerUnitId), positionId: '', name: 'Analis matriks', kind: 'pelaksana', isUnitHead: 'no' })],
  'lib/admin/org/employees/actions.ts#createEmployeeAction': ['login 404   404   404   404   404   404   ok', (f) => ({ kind: 'PNS', nip: '199601102020122001', name: 'Pegawai Matriks', positionId: s(f.ownerEmployee.positionId), pangkat: 'III/a', pangkatTmt: '', pppkGolongan: '', supervisorNip: '', startsOn: '2026-11-28' })],
  'lib/admin/org/employees/actions.ts#updateEmployeeAction': ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), version: s(f.ownerEmployee.version), kind: 'PNS', name: 'Nama Matriks', pangkat: 'III/b', pangkatTmt: '', pppkGolongan: '' })],
  'lib/admin/org/employees/actions.ts#moveEmployeeAction': ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), version: s(f.ownerEmployee.version), positionId: s(f.ownerEmployee.positionId), supervisorNip: f.nip.otherSup, effectiveOn: '2026-11-28' })],
  'lib/admin/org/employees/actions.ts#deactivateEmployeeAction': ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), version: s(f.ownerEmployee.version), leftOn: '2026-11-28' })],
  'lib/admin/org/supervision/actions.ts#addSupervisionLineAction': ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), supervisorNip: f.nip.otherSup, kind: 'plh', validFrom: '2026-12-01', validTo: '2026-12-08', note: '' })],
  'lib/admin/org/supervision/actions.ts#endSupervisionLineAction': ['login 404   404   404   404   404   404   ok', (f) => ({ lineId: s(f.ownerEmployee.lineId), validTo: '2026-11-28' })],
  'lib/admin/users/actions.ts#resetPasswordAction':        ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner) })],
  'lib/admin/users/actions.ts#unlockUserAction':           ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner) })],
  'lib/admin/users/actions.ts#setAccessAction':            ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), disabled: '1' })],
  'lib/admin/users/actions.ts#setRolesAction':             ['login 404   404   404   404   404   404   ok', (f) => ({ employeeId: s(f.id.owner), leadership: 'on', scopeUnitId: s(f.ownerOpdId) })],
  'lib/admin/periods/actions.ts#openYearAction':           ['login 404   404   404   404   404   404   ok', () => ({ year: '2031' })],
  'lib/admin/periods/actions.ts#closePeriodAction':        ['login 404   404   404   404   404   404   ok', (f) => ({ periodId: s(f.currentPeriodId) })],
  'lib/admin/periods/actions.ts#reopenPeriodAction':       ['login 404   404   404   404   404   404   bad', (f) => ({ periodId: s(f.currentPeriodId), reason: 'Koreksi data triwulan oleh BKPSDM.' })],
  'lib/appraisal/actions.ts#startAppraisalAction':          ['login 404   404   ok    404   404   404   404', (f) => ({ employeeId: s(f.id.owner), periodId: s(f.freePeriodId) })],
  'lib/appraisal/actions.ts#saveAppraisalAction':           ['login 404   404   ok    404   404   404   404', (f) => ({ appraisalId: s(f.appraisal.id), version: s(f.appraisal.version), justification: 'Matriks', intent: 'save' })],
  'lib/appraisal/actions.ts#acceptAppraisalAction':         ['login ok    404   404   404   404   404   404', (f) => ({ appraisalId: s(f.deliveredAppraisal?.id ?? 0), version: s(f.deliveredAppraisal?.version ?? 1) })],
  'lib/appraisal/actions.ts#objectAppraisalAction':         ['login ok    404   404   404   404   404   404', (f) => ({ appraisalId: s(f.deliveredAppraisal?.id ?? 0), version: s(f.deliveredAppraisal?.version ?? 1), reasons: 'Keberatan uji matriks otorisasi, cukup panjang.' })],
  'lib/appraisal/actions.ts#decideObjectionAction':         ['login 404   404   404   404   404   404   404', (f) => ({ appraisalId: s(f.annualAppraisal.id), version: s(f.annualAppraisal.version), decision: 'uphold', reasons: 'Tetap pada penilaian.' })],
  'lib/appraisal/actions.ts#addPlanItemAction':             ['login ok    404   ok    404   404   404   404', (f) => ({ employeeId: s(f.id.owner), valueCode: '', text: 'Pelatihan matriks', targetDate: '2026-12-31' })],
  'lib/appraisal/actions.ts#setPlanItemStatusAction':       ['login ok    404   ok    404   404   404   404', (f) => ({ itemId: s(f.planItem?.id ?? 0), version: s(f.planItem?.version ?? 1), status: 'done' })],
  'lib/appraisal/actions.ts#setOrgResultAction':            ['login 404   404   404   404   ok    404   404', (f) => ({ unitId: s(f.ownerOpdId), periodId: s(f.currentPeriodId), predikat: 'baik', version: '' })],
  'lib/appraisal/conflict/actions.ts#decideRaterRequestAction': ['login 404   404   404   404   404   404   404', (f) => ({ requestId: s(f.raterRequestId ?? 0), decision: 'accept', note: 'Diterima, matriks.' })],
  'lib/appraisal/conflict/actions.ts#declareConflictAction': ['login 404   404   ok    404   404   404   404', (f) => ({ employeeId: s(f.id.owner), periodId: s(f.currentPeriodId), reasonKind: 'family', reason: '' })],
  'lib/appraisal/conflict/actions.ts#designateRaterAction': ['login 404   404   404   404   404   404   ok', (f) => ({ reassignmentId: s(f.reassignmentId ?? 0), nip: f.nip.otherSup })],
  'lib/appraisal/conflict/actions.ts#requestOtherRaterAction': ['login ok    ok    ok    ok    ok    bad   ok', (f) => ({ periodId: s(f.currentPeriodId), reason: 'Penilai saya adalah kerabat dekat.' })],
  'lib/calibration/actions.ts#adjustPredikatAction':        ['login 404   404   404   404   ok    404   404', (f) => ({ calibrationId: s(f.calibration?.id ?? 0), appraisal: `${f.proposedAppraisal?.id ?? 0}:${f.proposedAppraisal?.version ?? 1}`, ratingHasil: 'di_atas', ratingPerilaku: 'sesuai', justification: 'Capaian melampaui target unit pada triwulan ini.' })],
  'lib/calibration/actions.ts#closeCalibrationAction':      ['login 404   404   404   404   ok    404   404', (f) => ({ calibrationId: s(f.calibration?.id ?? 0), version: s(f.calibration?.version ?? 1) })],
  'lib/calibration/actions.ts#openCalibrationAction':       ['login 404   404   404   404   ok    404   404', (f) => ({ unitId: s(f.ownerOpdId), periodId: s(f.currentPeriodId) })],
  'lib/delegation/actions.ts#delegateAction':             ['login bad   bad   ok    ok    bad   bad   bad', (f) => ({ delegateNip: f.nip.lead, validFrom: '2026-12-01', validTo: '2026-12-08' })],
  'lib/delegation/actions.ts#cancelDelegationAction':     ['login 404   404   404   404   404   404   404', () => ({ delegationId: '999999' })],
  'lib/delegation/actions.ts#setDelegationLimitsAction':  ['login 404   404   404   404   404   404   ok', () => ({ maxDays: '10', sameOpd: 'yes' })],
  'lib/feedback/actions.ts#saveAnswersAction':              ['login ok    404   404   404   404   404   404', (f) => ({ requestId: s(f.request.id), version: s(f.request.version), intent: 'save', strengths: 'Teliti' })],
  'lib/feedback/actions.ts#declineAction':                  ['login ok    404   404   404   404   404   404', (f) => ({ requestId: s(f.request.id), version: s(f.request.version), declineKind: 'other', declineReason: 'Tidak cukup kenal' })],
  'lib/feedback/actions.ts#createRoundAction':              ['login 404   404   404   404   404   404   ok', (f) => ({ name: 'Putaran matriks', periodId: s(f.freePeriodId), deadline: '2026-12-20', unitIds: s(f.ownerOpdId) })],
  'lib/feedback/actions.ts#roundStepAction':                ['login 404   404   404   404   404   404   ok', (f) => ({ roundId: s(f.openRound.id), version: s(f.openRound.version), step: 'remind' })],
  'lib/feedback/actions.ts#changeRatersAction':             ['login 404   404   ok    404   404   404   ok', (f) => ({ roundId: s(f.openRound.id), rateeId: s(f.id.owner), change: 'add', raterNip: f.nip.otherSup, reason: 'Rekan proyek' })],
  'lib/admin/import/actions.ts#uploadImportAction':         ['login 404   404   404   404   404   404   bad', () => ({ fullExport: 'on' })],
  'lib/admin/import/actions.ts#applyImportAction':          ['login 404   404   404   404   404   404   bad', () => ({ jobId: '1' })],
  'lib/holidays/actions.ts#addHolidayAction':               ['login 404   404   404   404   404   404   ok', () => ({ date: '2026-10-07', name: 'Libur matriks', kind: 'local' })],
  'lib/holidays/actions.ts#deleteHolidayAction':            ['login 404   404   404   404   404   404   ok', (f) => ({ holidayId: s(f.holidayId) })],
  'lib/notifications/actions.ts#markNotificationsRead':     ['login ok    ok    ok    ok    ok    ok    ok'],
  'lib/coaching/actions.ts#addNoteAction':                  ['login 404   404   ok    404   404   404   404', (f) => ({ employeeId: s(f.id.owner), kind: 'praise', target: `rhk:${f.coaching.rhkId}`, reportId: '', text: 'Rekap pembinaan rapi dan tepat waktu.' })],
  'lib/coaching/actions.ts#answerNoteAction':               ['login ok    404   404   404   404   404   404', (f) => ({ noteId: s(f.coaching.note.id), version: s(f.coaching.note.version), response: 'Terima kasih, akan saya lanjutkan.' })],
  'lib/coaching/actions.ts#followUpDialogAction':           ['login 404   404   ok    404   404   404   404', (f) => ({ dialogId: s(f.coaching.dialog.id), version: s(f.coaching.dialog.version), followUp: 'Rekap sudah diserahkan.', done: f.coaching.dialog.actionIds.map(s) })],
  'lib/coaching/actions.ts#recordDialogAction':             ['login 404   404   ok    404   404   404   404', (f) => ({ employeeId: s(f.id.owner), heldOn: '2026-11-27', discussed: 'Capaian triwulan dan rencana bulan depan.', 'actions.0.text': 'Menyusun rekap sekolah', 'actions.0.dueOn': '2026-12-15' })],
  'lib/reports/actions.ts#saveReportAction':                ['login ok    bad   bad   bad   bad   bad   bad', (f) => ({ idempotencyKey: '00000000-0000-4000-8000-00000000a11c', reportId: s(f.report.id), version: s(f.report.version), reportDate: '2026-11-27', indicatorId: s(f.skp.indicatorId), activity: 'Mengubah laporan orang lain', quantity: '1', unit: 'dokumen', startTime: '07:00', endTime: '07:30', evidenceLink: '' })],
  'lib/reports/actions.ts#deleteReportAction':              ['login ok    404   404   404   404   404   404', (f) => ({ reportId: s(f.report.id), version: s(f.report.version) })],
  'lib/reports/actions.ts#reviewReportsAction':             ['login 404   404   ok    404   404   404   404', (f) => ({ items: `${f.report.id}:${f.report.version}`, decision: 'approve' })],
  'lib/realisation/actions.ts#reviewEntryAction':           ['login 404   404   ok    404   404   404   404', (f) => ({ entryId: s(f.realisation.entry.id), version: s(f.realisation.entry.version), decision: 'validate', back: 'queue', comment: '' })],
  'lib/realisation/actions.ts#saveEntryAction':             ['login ok    404   404   404   404   404   404', (f) => ({ indicatorId: s(f.realisation.indicatorId), periodId: s(f.currentPeriodId), entryId: s(f.realisation.entry.id), version: s(f.realisation.entry.version), value: '85', evidenceLink: '', note: 'Diubah lewat matriks' })],
  'lib/skp/actions.ts#createSkpAction':                     ['login ok    ok    ok    ok    ok    ok    ok', () => ({ approach: 'kuantitatif' })],
  'lib/skp/actions.ts#saveSkpAction':                       ['login bad   404   404   404   404   404   404', (f) => ({ skpId: s(f.skp.id), version: s(f.skp.version), approach: 'kuantitatif', 'rhks.0.kind': 'utama', 'rhks.0.text': 'RHK diubah orang lain', 'rhks.0.indicators.0.aspek': 'kuantitas', 'rhks.0.indicators.0.text': 'Indikator', 'rhks.0.indicators.0.targetValue': '1', 'rhks.0.indicators.0.targetUnit': 'dok', intent: 'save' })],
  'lib/skp/actions.ts#submitSkpAction':                     ['login bad   404   404   404   404   404   404', (f) => ({ skpId: s(f.skp.id), version: s(f.skp.version) })],
  'lib/skp/actions.ts#reviseSkpAction':                     ['login ok    404   404   404   404   404   404', (f) => ({ skpId: s(f.skp.id), version: s(f.skp.version) })],
  'lib/skp/actions.ts#discardRevisionAction':               ['login bad   404   404   404   404   404   404', (f) => ({ skpId: s(f.skp.id), version: s(f.skp.version) })],
  'lib/skp/actions.ts#decideSkpAction':                     ['login 404   404   bad   404   404   404   404', (f) => ({ skpId: s(f.skp.id), version: s(f.skp.version), decision: 'approve' })],
  'lib/skp/actions.ts#saveExpectationsAction':              ['login 404   404   bad   404   404   404   404', (f) => ({ skpId: s(f.skp.id), 'expectations.berorientasi_pelayanan': 'Ramah' })],
  'lib/skp/actions.ts#addUnitGoalAction':                   ['login 404   404   404   404   ok    bad   ok', (f) => ({ unitId: s(f.ownerOpdId), text: 'Sasaran matriks uji' })],
  'lib/skp/actions.ts#deleteUnitGoalAction':                ['login 404   404   404   404   bad   404   bad', (f) => ({ goalId: s(f.goalId) })],
};

// biome-ignore format: one row per line, aligned like a table
export const PAGES: Record<string, PageRow> = {
  //                                                              anon  owner peer  sup   oSup  lead  leadO admin
  'app/(public)/login/page.tsx':                                ['ok    moved moved moved moved moved moved moved', () => '/login'],
  'app/(public)/login/sso/route.ts':                            ['moved moved moved moved moved moved moved moved', () => '/login/sso'],
  'app/(public)/login/sso/callback/route.ts':                   ['moved moved moved moved moved moved moved moved', () => '/login/sso/callback?code=forged&state=forged'],
  'app/(app)/page.tsx':                                         ['login ok    ok    ok    ok    ok    ok    ok', () => '/'],
  'app/(app)/account/password/page.tsx':                        ['login ok    ok    ok    ok    ok    ok    ok', () => '/account/password'],
  'app/(app)/profile/page.tsx':                                 ['login ok    ok    ok    ok    ok    ok    ok', () => '/profile'],
  'app/(app)/profile/coaching/page.tsx':                        ['login ok    ok    ok    ok    ok    ok    ok', () => '/profile/coaching'],
  'app/(app)/notifications/page.tsx':                           ['login ok    ok    ok    ok    ok    ok    ok', () => '/notifications'],
  'app/(app)/employees/[id]/page.tsx':                          ['login ok    404   ok    404   ok    404   ok', (f) => `/employees/${f.id.owner}`],
  'app/(app)/employees/[id]/coaching/page.tsx':                 ['login moved 404   ok    404   404   404   404', (f) => `/employees/${f.id.owner}/coaching`],
  'app/(app)/skp/page.tsx':                                     ['login moved moved moved moved moved moved moved', () => '/skp'],
  'app/(app)/skp/[id]/page.tsx':                                ['login ok    404   ok    404   ok    404   ok', (f) => `/skp/${f.skp.id}`],
  'app/(app)/skp/[id]/edit/page.tsx':                           ['login moved 404   moved 404   moved 404   moved', (f) => `/skp/${f.skp.id}/edit`],
  'app/(app)/skp/[id]/revisions/[n]/page.tsx':                  ['login ok    404   ok    404   ok    404   ok', (f) => `/skp/${f.skp.id}/revisions/${f.skp.revision}`],
  'app/(app)/skp/[id]/pdf/route.ts':                            ['login ok    404   ok    404   ok    404   ok', (f) => `/skp/${f.skp.id}/pdf`],
  'app/(print)/skp/[id]/print/page.tsx':                        ['login ok    404   ok    404   ok    404   ok', (f) => `/skp/${f.skp.id}/print`],
  'app/(app)/skp/[id]/realisation/page.tsx':                    ['login ok    404   404   404   404   404   404', (f) => `/skp/${f.skp.id}/realisation?indicator=${f.realisation.indicatorId}&period=${f.currentPeriodId}`],
  'app/(app)/skp/realisation-files/[id]/route.ts':              ['login ok    404   ok    404   ok    404   ok', (f) => `/skp/realisation-files/${f.realisation.fileId}`],
  'app/(app)/goals/page.tsx':                                   ['login 404   404   404   404   ok    ok    ok', () => '/goals'],
  'app/(app)/reports/page.tsx':                                 ['login ok    ok    ok    ok    ok    ok    ok', () => '/reports'],
  'app/(app)/reports/new/page.tsx':                             ['login ok    ok    ok    ok    ok    ok    ok', () => '/reports/new'],
  'app/(app)/reports/[id]/page.tsx':                            ['login ok    404   ok    404   ok    404   ok', (f) => `/reports/${f.report.id}`],
  'app/(app)/reports/evidence/[id]/route.ts':                   ['login ok    404   ok    404   ok    404   ok', (f) => `/reports/evidence/${f.evidenceId}`],
  'app/(app)/admin/page.tsx':                                   ['login 404   404   404   404   404   404   ok', () => '/admin'],
  'app/(app)/admin/units/page.tsx':                             ['login 404   404   404   404   404   404   ok', () => '/admin/units'],
  'app/(app)/admin/units/[id]/page.tsx':                        ['login 404   404   404   404   404   404   ok', (f) => `/admin/units/${f.ownerUnitId}`],
  'app/(app)/admin/employees/page.tsx':                         ['login 404   404   404   404   404   404   ok', () => '/admin/employees?q=1990'],
  'app/(app)/admin/employees/new/page.tsx':                     ['login 404   404   404   404   404   404   ok', () => '/admin/employees/new'],
  'app/(app)/admin/employees/[id]/page.tsx':                    ['login 404   404   404   404   404   404   ok', (f) => `/admin/employees/${f.id.owner}`],
  'app/(app)/admin/delegation/page.tsx':                        ['login 404   404   404   404   404   404   ok', () => '/admin/delegation'],
  'app/(app)/admin/users/page.tsx':                             ['login 404   404   404   404   404   404   ok', (f) => `/admin/users?q=${f.nip.owner.slice(0, 8)}`],
  'app/(app)/admin/users/[id]/page.tsx':                        ['login 404   404   404   404   404   404   ok', (f) => `/admin/users/${f.id.owner}`],
  'app/(app)/admin/periods/page.tsx':                           ['login 404   404   404   404   404   404   ok', () => '/admin/periods'],
  'app/(app)/admin/audit/page.tsx':                             ['login 404   404   404   404   404   404   ok', (f) => `/admin/audit?person=${f.nip.owner}`],
  'app/(app)/account/export/route.ts':                          ['login ok    ok    ok    ok    ok    ok    ok', () => '/account/export'],
  'app/(app)/admin/import/page.tsx':                            ['login 404   404   404   404   404   404   ok', () => '/admin/import'],
  'app/(app)/admin/import/[id]/page.tsx':                       ['login 404   404   404   404   404   404   ok', () => '/admin/import/1'],
  'app/(app)/admin/import/template/[file]/route.ts':            ['login 404   404   404   404   404   404   ok', () => '/admin/import/template/people.csv'],
  'app/(app)/holidays/page.tsx':                                ['login 404   404   404   404   404   404   ok', () => '/holidays'],
  'app/(app)/team/page.tsx':                                    ['login ok    ok    ok    ok    ok    ok    ok', () => '/team'],
  'app/(app)/team/delegation/page.tsx':                         ['login ok    ok    ok    ok    ok    ok    ok', () => '/team/delegation'],
  'app/(app)/team/queue/page.tsx':                              ['login ok    ok    ok    ok    ok    ok    ok', () => '/team/queue'],
  'app/(app)/team/queue/stamp/route.ts':                        ['login ok    ok    ok    ok    ok    ok    ok', () => '/team/queue/stamp'],
  'app/(app)/team/matrix/page.tsx':                             ['login ok    ok    ok    ok    ok    ok    ok', () => '/team/matrix'],
  'app/(app)/team/export/route.ts':                             ['login ok    ok    ok    ok    ok    ok    ok', () => '/team/export?format=csv'],
  'app/(app)/overview/page.tsx':                                ['login 404   404   404   404   ok    404   ok', (f) => `/overview?unit=${f.ownerOpdId}`],
  'app/(app)/overview/compliance/page.tsx':                     ['login 404   404   404   404   ok    404   ok', (f) => `/overview/compliance?unit=${f.ownerOpdId}`],
  'app/(app)/overview/org-predikat/page.tsx':                   ['login 404   404   404   404   ok    404   ok', (f) => `/overview/org-predikat?unit=${f.ownerOpdId}`],
  'app/(app)/overview/export/route.ts':                         ['login 404   404   404   404   ok    404   ok', (f) => `/overview/export?format=csv&table=units&unit=${f.ownerOpdId}`],
  'app/(app)/overview/siasn/page.tsx':                          ['login 404   404   404   404   ok    ok    ok', () => '/overview/siasn'],
  'app/(app)/overview/siasn/export/route.ts':                  ['login 404   404   404   404   ok    ok    ok', (f) => `/overview/siasn/export?format=csv&period=${f.currentPeriodId}`],
  'app/(app)/appraisals/page.tsx':                              ['login ok    ok    ok    ok    ok    ok    ok', () => '/appraisals'],
  'app/(app)/appraisals/[id]/page.tsx':                         ['login ok    404   ok    404   404   404   404', (f) => `/appraisals/${f.annualAppraisal.id}`],
  'app/(app)/appraisals/[id]/pdf/route.ts':                     ['login ok    404   ok    404   404   404   404', (f) => `/appraisals/${f.annualAppraisal.id}/pdf`],
  'app/(print)/appraisals/[id]/print/page.tsx':                 ['login ok    404   ok    404   404   404   404', (f) => `/appraisals/${f.annualAppraisal.id}/print`],
  'app/(app)/appraisals/files/[id]/route.ts':                   ['login 404   404   404   404   404   404   404', () => '/appraisals/files/1'],
  'app/(app)/appraisals/conflict/page.tsx':                     ['login 404   404   ok    404   404   404   404', (f) => `/appraisals/conflict?employee=${f.id.owner}&period=${f.currentPeriodId}`],
  'app/(app)/appraisals/conflicts/page.tsx':                    ['login 404   404   404   404   404   404   ok', () => '/appraisals/conflicts'],
  'app/(app)/appraisals/other-rater/page.tsx':                  ['login ok    ok    ok    ok    ok    ok    ok', () => '/appraisals/other-rater'],
  'app/(app)/calibration/page.tsx':                             ['login 404   404   404   404   ok    ok    404', () => '/calibration'],
  'app/(app)/calibration/[id]/page.tsx':                        ['login 404   404   404   404   ok    404   404', (f) => `/calibration/${f.calibration?.id ?? 0}`],
  'app/(app)/raters/page.tsx':                                 ['login 404   404   ok    ok    ok    ok    404', () => '/raters'],
  'app/(app)/raters/[id]/page.tsx':                            ['login ok    404   ok    404   ok    404   404', (f) => `/raters/${f.id.owner}`],
  'app/(app)/feedback/page.tsx':                                ['login ok    ok    ok    ok    ok    ok    ok', () => '/feedback'],
  'app/(app)/feedback/requests/[id]/page.tsx':                  ['login ok    404   404   404   404   404   404', (f) => `/feedback/requests/${f.request.id}`],
  'app/(app)/feedback/results/[roundId]/[employeeId]/page.tsx': ['login ok    404   ok    404   404   404   404', (f) => `/feedback/results/${f.closedRoundId}/${f.id.owner}`],
  'app/(app)/feedback/rounds/page.tsx':                         ['login 404   404   404   404   ok    ok    ok', () => '/feedback/rounds'],
  'app/(app)/feedback/rounds/[id]/page.tsx':                    ['login 404   404   404   404   ok    ok    ok', (f) => `/feedback/rounds/${f.openRound.id}`],
  'app/(app)/feedback/rounds/[id]/raters/[employeeId]/page.tsx':['login 404   404   ok    404   404   404   ok', (f) => `/feedback/rounds/${f.openRound.id}/raters/${f.id.owner}`],
  'app/api/auth/[...nextauth]/route.ts':                        ['ok    ok    ok    ok    ok    ok    ok    ok', () => '/api/auth/session'],
  'app/api/health/live/route.ts':                               ['ok    ok    ok    ok    ok    ok    ok    ok', () => '/api/health/live'],
  'app/api/health/ready/route.ts':                              ['ok    ok    ok    ok    ok    ok    ok    ok', () => '/api/health/ready'],
  'app/unavailable/route.ts':                                   ['503   503   503   503   503   503   503   503', () => '/unavailable'],
};

/** Tables a refused call may still write, on purpose: a failed login is recorded for the login limit. */
export const REFUSAL_WRITES: Record<string, readonly string[]> = {
  'lib/account/actions.ts#login': ['login_attempts'],
};
