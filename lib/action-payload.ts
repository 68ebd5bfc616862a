/**
 * Server-action requests are decoded by React inside Next.js (`decodeReplyFromBusboy` for posts from
 * JavaScript, `decodeAction` for forms posted without it) before any of our code runs; a body it cannot
 * decode throws there and Next answers 500. proxy.ts checks the encoding first, against the one shape
 * every action of ours has — `(previousState, formData)` through lib/action.ts — and refuses anything
 * else with 400 before Next decodes it.
 *
 * With JavaScript the body is multipart: field "0" is the JSON of the argument list, which must be
 * `[previousState, "$K<id>"]` (the state plain JSON, the FormData a reference to the other fields).
 * Without JavaScript, fields named `$ACTION_…` carry the action: `$ACTION_ID_<id>` alone, or
 * `$ACTION_REF_<n>` with `$ACTION_<n>:0` = `{"id":…,"bound":"$@<k>"|null}` and the bound arguments
 * (the previous state) as plain JSON in `$ACTION_<n>:<k>`.
 */

export type PayloadVerdict = 'ok' | 'malformed';

type Fields = { get(name: string): FormDataEntryValue | null; keys(): Iterable<string> };

/** React escapes a string starting with "$" as "$$…"; "$undefined" stands for undefined. Any other
 * "$…" string is a reference (to a Map, a temporary, another server action…) a form state never holds. */
function isPlain(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === 'string')
    return !value.startsWith('$') || value.startsWith('$$') || value === '$undefined';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every((v) => isPlain(v, depth + 1));
  if (typeof value === 'object') return Object.values(value).every((v) => isPlain(v, depth + 1));
  return false;
}

function parseJson(text: FormDataEntryValue | null): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isState = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && isPlain(v);

/** A post from JavaScript (`Next-Action` header): multipart with `[previousState, "$K<id>"]` in "0". */
export function checkFetchAction(contentType: string, fields: Fields | null): PayloadVerdict {
  if (!contentType.toLowerCase().startsWith('multipart/form-data') || !fields) return 'malformed';
  const root = parseJson(fields.get('0'));
  if (!root.ok || !Array.isArray(root.value) || root.value.length !== 2) return 'malformed';
  const [state, formData] = root.value as unknown[];
  const isFormDataRef = typeof formData === 'string' && /^\$K[0-9a-f]{1,8}$/.test(formData);
  return isState(state) && isFormDataRef ? 'ok' : 'malformed';
}

/** A multipart post without `Next-Action`: a form posted without JavaScript, or no action at all. */
export function checkFormAction(fields: Fields): PayloadVerdict {
  for (const key of fields.keys()) {
    if (!key.startsWith('$ACTION_')) continue;
    if (key === '$ACTION_KEY' || /^\$ACTION_ID_[0-9a-f]{1,128}$/.test(key)) continue;
    const ref = /^\$ACTION_REF_(\d{1,3})$/.exec(key);
    if (ref) {
      if (!boundActionOk(fields, ref[1] ?? '')) return 'malformed';
      continue;
    }
    // "$ACTION_<n>:<k>" fields belong to a reference checked above; anything else is not React's.
    if (!/^\$ACTION_\d{1,3}:\d{1,3}$/.test(key)) return 'malformed';
  }
  return 'ok';
}

function boundActionOk(fields: Fields, n: string): boolean {
  const meta = parseJson(fields.get(`$ACTION_${n}:0`));
  if (!meta.ok || typeof meta.value !== 'object' || meta.value === null || Array.isArray(meta.value))
    return false;
  const { id, bound, ...rest } = meta.value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof id !== 'string' || !/^[0-9a-f]{1,128}$/.test(id)) return false;
  if (bound === null) return true;
  const chunk = typeof bound === 'string' ? /^\$@([0-9a-f]{1,3})$/.exec(bound) : null;
  if (!chunk?.[1]) return false;
  const args = parseJson(fields.get(`$ACTION_${n}:${Number.parseInt(chunk[1], 16)}`));
  return args.ok && Array.isArray(args.value) && args.value.length === 1 && isState(args.value[0]);
}
