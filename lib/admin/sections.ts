/**
 * The administration area's sections (BKPSDM's work: the organisation, people, periods and accounts), in
 * the order the index at /admin lists them. Each section's title and description live in the catalogues
 * under `admin.sections.<key>`. Only admins reach any of them (`canManageOrganisation`); each page checks
 * that itself, as every query and action behind it does.
 */
export const ADMIN_SECTIONS = [
  { key: 'holidays', href: '/holidays' },
  { key: 'units', href: '/admin/units' },
  { key: 'employees', href: '/admin/employees' },
  { key: 'delegation', href: '/admin/delegation' },
  { key: 'users', href: '/admin/users' },
  { key: 'periods', href: '/admin/periods' },
  { key: 'audit', href: '/admin/audit' },
  { key: 'import', href: '/admin/import' },
  // Leadership reaches the same page from the overview, within its scope.
  { key: 'exports', href: '/overview/siasn' },
] as const;

export type AdminSection = (typeof ADMIN_SECTIONS)[number];
