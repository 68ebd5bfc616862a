import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';

/**
 * The leadership dashboard's aggregates are the same for every leader looking at one scope, so each app
 * process keeps the latest per scope. Entries are keyed by the scope's version in `dashboard_versions`,
 * which every write that changes a figure bumps in its own transaction (triggers, migration
 * 2026-12-06-40). A reader asks PostgreSQL for that version first — one small indexed read — so a figure
 * is never older than the last committed write, in whichever worker or instance it was made, and nothing
 * has to tell the other processes. Concurrent readers of one version share a single computation.
 */
export class ScopeCache {
  private readonly entries = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(private readonly max = 200) {}

  /** The cached value of `key` at `version`, else `load()` — whose result is kept unless it fails. */
  get<T>(key: string, version: string, load: () => Promise<T>): Promise<T> {
    if (this.max === 0) return load();
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === version) {
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    // Least recently used first: the Map keeps insertion order and a hit is re-inserted.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One per process: every request of this worker shares it (`DASHBOARD_CACHE_ENTRIES=0` turns it off). */
export const dashboardCache = new ScopeCache(Number(process.env.DASHBOARD_CACHE_ENTRIES ?? 200) || 0);

/**
 * The version of a scope: the agency row (bumped when units or periods change, i.e. when a subtree's
 * membership may change) and the sum of the subtree's unit rows (each write adds one to its unit's row).
 * While the first stays the same the subtree is the same set of rows, so the sum only grows.
 */
export async function scopeVersion(
  db: Database,
  agencyId: number,
  subtree: { path: string } | null,
): Promise<string> {
  const { rows } = await sql<{ agency: string; units: string }>`
    SELECT coalesce(max(v.version) FILTER (WHERE v.unit_id = 0), 0)::text AS agency,
           coalesce(sum(v.version) FILTER (WHERE v.unit_id <> 0), 0)::text AS units
    FROM dashboard_versions v
    WHERE v.agency_id = ${agencyId}
      AND (v.unit_id = 0 OR ${subtree === null}
           OR v.unit_id IN (SELECT u.id FROM units u WHERE u.agency_id = ${agencyId}
                            AND u.path LIKE ${`${subtree?.path ?? ''}%`}))`.execute(db);
  const row = rows[0];
  return `${row?.agency ?? 0}:${row?.units ?? 0}`;
}
