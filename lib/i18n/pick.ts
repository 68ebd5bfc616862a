/** A catalogue subtree: namespaces and their messages, as next-intl reads them. */
export type Messages = { [key: string]: string | Messages };

/**
 * The part of a catalogue a client component needs: each path (`reports`, `dashboard.predikat`,
 * `errors.title`) is copied with everything under it; a path the catalogue lacks is left out.
 */
export function pickMessages(all: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: string | Messages | undefined = all;
    for (const part of parts) from = typeof from === 'object' ? from[part] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      const next = into[part];
      if (typeof next === 'object') into = next;
      else {
        const fresh: Messages = {};
        into[part] = fresh;
        into = fresh;
      }
    }
    into[parts[parts.length - 1] as string] = from;
  }
  return out;
}
