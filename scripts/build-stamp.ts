// A fingerprint of everything `next build` compiles, kept beside the build, so `npm start` rebuilds
// when the code changed since the last build (a `git pull`) and skips the build when it did not.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'sw',
  'serwist.config.mjs',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
];
// public/sw.js is an output of the build (serwist build), not an input.
const SKIP = new Set(['node_modules', '.next', '.data', 'sw.js', 'sw.js.map']);
const STAMP = path.join(ROOT, '.next', 'fynlo-build-stamp');

async function files(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  const dirents = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!dirents) return [entry];
  const nested = await Promise.all(
    dirents.filter((d) => !SKIP.has(d.name)).map((d) => files(path.join(entry, d.name))),
  );
  return nested.flat();
}

export async function sourceFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const all = (await Promise.all(INPUTS.map(files))).flat().sort();
  for (const file of all)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * True when .next holds a production build of exactly the current sources, with its service
 * worker (public/sw.js, written by `serwist build` from that build's files: without it, or with
 * one from another build, the till cannot open offline).
 */
export async function isBuildFresh(): Promise<boolean> {
  const built = ['.next/BUILD_ID', 'public/sw.js'].every((file) => existsSync(path.join(ROOT, file)));
  if (!built || !existsSync(STAMP)) return false;
  return (await readFile(STAMP, 'utf8')).trim() === (await sourceFingerprint());
}

export async function writeBuildStamp(): Promise<void> {
  await writeFile(STAMP, (await sourceFingerprint()) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await writeBuildStamp();
}
