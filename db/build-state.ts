import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Everything that ends up in the Next.js build. db/ is included because the app imports it.
const INPUTS = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'next.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  'package-lock.json',
];
const STAMP = path.join('.next', 'kinerja-source-hash');

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (!/\.(test|itest)\.tsx?$/.test(name)) walk(path.join(entry, name), out);
    }
  } else out.push(entry);
}

/** A hash of the build's inputs; the build is stale when it differs from the one stamped after the last build. */
export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = createHash('sha256');
  for (const file of files)
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return (
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === sourceHash(root)
  );
}

export function stampBuild(root = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), sourceHash(root));
}
