import type { Issue, LineRow } from './rows';

/** What changes for one person of the file against the current data. */
export type PersonChange = {
  line: number;
  nip: string;
  name: string;
  status: 'new' | 'changed' | 'unchanged';
  fields: string[];
};

export type LineChange = Omit<LineRow, 'line'> & { line: number; status: 'new' | 'changed' | 'unchanged' };

export type Proposal = { nip: string; name: string; supervisorNip: string; supervisorName: string };

export type ImportCounts = {
  rows: number;
  lineRows: number;
  issues: number;
  new: number;
  changed: number;
  unchanged: number;
  unitsNew: number;
  positionsNew: number;
  linesNew: number;
  linesChanged: number;
  linesUnchanged: number;
  proposals: number;
  missing: number;
};

/** The dry run's report, stored with the job and shown on its page (only what differs, plus counts). */
export type ImportReport = {
  counts: ImportCounts;
  issues: Issue[];
  changes: PersonChange[];
  lines: LineChange[];
  proposals: Proposal[];
  missing: { nip: string; name: string }[];
};

export type ImportJobStatus = 'checking' | 'checked' | 'applying' | 'applied' | 'failed';

export type ImportJobView = {
  id: number;
  status: ImportJobStatus;
  fileName: string;
  supervisionFileName: string | null;
  fullExport: boolean;
  total: number;
  processed: number;
  error: string | null;
  report: ImportReport | null;
  createdAt: string;
};
