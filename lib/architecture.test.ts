import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the README promises, read from the import statements: lib/ never reaches into the UI, the
 * data layer does not depend on the action wrapper, and feature folders do not import each other in a
 * circle (a cycle means a rule lives in the wrong place).
 */
const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.(test|itest)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every module a file imports, as a path from the repository root ('lib/skp/queries'). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
  return specs.flatMap((spec) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.'))
      return [
        path
          .relative(ROOT, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/'),
      ];
    return [];
  });
}

const libFiles = sources(path.join(ROOT, 'lib')).map((f) => ({
  file: path.relative(ROOT, f).split(path.sep).join('/'),
  imports: importsOf(f),
}));

/** lib/skp/queries.ts → 'skp'; lib/action.ts → 'action'. */
const folderOf = (module: string) => module.split('/')[1]?.replace(/\.tsx?$/, '') ?? module;

describe('architecture', () => {
  it('lib/ imports nothing from app/ or components/', () => {
    const offenders = libFiles.flatMap((f) =>
      f.imports
        .filter((i) => i.startsWith('app/') || i.startsWith('components/'))
        .map((i) => `${f.file} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only server-action modules import the action wrapper', () => {
    const offenders = libFiles
      .filter((f) => f.imports.some((i) => i === 'lib/action') && !f.file.endsWith('/actions.ts'))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('the data layer (every queries.ts and mutations.ts) is server-only', () => {
    const dal = libFiles.filter((f) => /\/(queries|mutations)\.ts$/.test(f.file));
    expect(dal.length).toBeGreaterThan(40);
    const offenders = dal
      .filter((f) => !/^import 'server-only';/m.test(readFileSync(path.join(ROOT, f.file), 'utf8')))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('every lib/ module that opens the database is server-only', () => {
    // A client bundle that reached one of these would fail the build ('server-only'), or only call it on
    // the server ('use server'); the command-line entries and server.ts's own modules run under Node,
    // outside Next's bundles, where 'server-only' cannot be imported.
    const outsideNext = ['lib/http/login-rate-store.ts'];
    const opensDb = /import\s*\{[^}]*\b(getDb|createDb)\b[^}]*\}\s*from\s*'@\/db(\/pool)?'/;
    const offenders = sources(path.join(ROOT, 'lib'))
      .filter((f) => !f.endsWith('/cli.ts'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return opensDb.test(text) && !/^(import 'server-only'|'use server');/m.test(text);
      })
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
      .filter((f) => !outsideNext.includes(f));
    expect(offenders).toEqual([]);
  });

  it('server code translates through lib/i18n/server, whose formatters live for the process', () => {
    // next-intl's own getTranslations makes its Intl objects afresh for every request.
    const offenders = ['app', 'components', 'lib']
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .filter((f) => /from\s+'next-intl\/server'/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
      .filter((f) => f !== 'lib/i18n/server.ts' && f !== 'lib/i18n/request.ts');
    expect(offenders).toEqual([]);
  });

  it('feature folders under lib/ import each other without cycles', () => {
    const edges = new Map<string, Set<string>>();
    for (const f of libFiles) {
      const from = folderOf(f.file);
      for (const i of f.imports.filter((x) => x.startsWith('lib/'))) {
        const to = folderOf(i);
        if (to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)?.add(to);
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const next of edges.get(node) ?? []) {
        const at = trail.indexOf(next);
        if (at >= 0) cycles.push([...trail.slice(at), next].join(' → '));
        else if (trail.length < 12) visit(next, [...trail, next]);
      }
    };
    for (const start of edges.keys()) visit(start, [start]);
    // Each cycle once, starting from its smallest folder name.
    const unique = [
      ...new Set(
        cycles.map((c) => {
          const nodes = c.split(' → ').slice(0, -1);
          const first = nodes.indexOf([...nodes].sort()[0] ?? '');
          const rotated = [...nodes.slice(first), ...nodes.slice(0, first)];
          return [...rotated, rotated[0]].join(' → ');
        }),
      ),
    ];
    expect(unique).toEqual([]);
  });
});
