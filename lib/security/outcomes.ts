import { ROLES, type Role } from './cast';

export const OUTCOMES = ['ok', 'moved', 'login', '404', '403', '503', 'bad'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A row's outcome string ("login ok 404 …", one word per role in ROLES order) as a map by role. */
export function outcomesOf(text: string): Record<Role, Outcome> {
  const words = text.trim().split(/\s+/);
  if (words.length !== ROLES.length)
    throw new Error(`"${text}": ${words.length} outcomes, need ${ROLES.length} (${ROLES.join(' ')})`);
  const bad = words.filter((w) => !(OUTCOMES as readonly string[]).includes(w));
  if (bad.length > 0)
    throw new Error(`"${text}": unknown outcome ${bad.join(', ')} (known: ${OUTCOMES.join(' ')})`);
  return Object.fromEntries(ROLES.map((r, i) => [r, words[i]])) as Record<Role, Outcome>;
}
