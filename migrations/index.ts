import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-01-foundation';

// Listed explicitly (not discovered from the folder) so bundlers and tsx see the same set, in order.
export const migrations: Record<string, Migration> = {
  '2026-11-28-01-foundation': foundation,
};
