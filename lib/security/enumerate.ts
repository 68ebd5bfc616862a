import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the authorization matrix must cover, read from the source tree: every export of a 'use server'
 * module (Next makes each one a public POST endpoint), every page and every route handler.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');

const rel = (full: string) => path.relative(ROOT, full).split(path.sep).join('/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(name) && !/\.(test|itest|spec)\.[jt]sx?$/.test(name) ? [full] : [];
  });
}

const sources = () => ['app', 'lib', 'components'].flatMap((d) => walk(path.join(ROOT, d)));

// A directive is the first statement of a file or of a function body, after comments.
const FILE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use server\1/;
// Inside a function: the directive alone on its line.
const ANY_DIRECTIVE = /^\s*(['"])use server\1;?\s*$/m;

/** Modules whose top says 'use server': every export is a server action. */
export function serverActionModules(): string[] {
  return sources()
    .filter((f) => FILE_DIRECTIVE.test(readFileSync(f, 'utf8')))
    .map(rel)
    .sort();
}

/** Files with 'use server' inside a function (an inline action), which would escape the matrix. */
export function inlineServerActions(): string[] {
  return sources()
    .filter((f) => {
      const text = readFileSync(f, 'utf8');
      return (
        !FILE_DIRECTIVE.test(text) && ANY_DIRECTIVE.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''))
      );
    })
    .map(rel)
    .sort();
}

/** The names a module exports, read from its text (the integration test checks them against import()). */
export function exportedNames(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const names = [
    ...[
      ...text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm),
    ].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
      (m[1] ?? '')
        .split(',')
        .map(
          (part) =>
            part
              .trim()
              .split(/\s+as\s+/)
              .pop() ?? '',
        )
        .filter((n) => n && !n.startsWith('type ')),
    ),
  ];
  if (/^export\s+default\b/m.test(text)) names.push('default');
  return [...new Set(names)].sort();
}

/** Every exported server action as 'lib/feature/actions.ts#name'. */
export function serverActions(): string[] {
  return serverActionModules().flatMap((file) => exportedNames(file).map((name) => `${file}#${name}`));
}

/** Every page (app/**\/page.tsx) and route handler (app/**\/route.ts). */
export function pagesAndRoutes(): string[] {
  return walk(path.join(ROOT, 'app'))
    .filter((f) => /\/(page|route)\.(ts|tsx|js|jsx)$/.test(f))
    .map(rel)
    .sort();
}
