/**
 * Broken copies of content/ for the tests in tests/data/: copy, edit one file, then either run
 * the real loaders on the copy (fast, unit level) or point a real `astro build` / `astro sync`
 * at it with CONTENT_DIR (slow; kept for what needs the build).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** A fresh copy of content/ in a temporary folder. */
export function copyContent(prefix = 'content-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Change one file of a copy; fails if the change changed nothing (the test would be empty). */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit did not change ${file}`);
  writeFileSync(target, after);
}

export interface AstroRun {
  status: number | null;
  output: string;
  outDir: string;
}

/** `astro sync` or `astro build` on a content folder (build output in a temporary folder). */
export function runAstro(command: 'sync' | 'build', contentDir: string, env: Record<string, string> = {}): AstroRun {
  const outDir = mkdtempSync(path.join(tmpdir(), 'content-dist-'));
  const result = spawnSync(process.execPath, [ASTRO, command, ...(command === 'build' ? ['--outDir', outDir] : [])], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Run `fn` with CONTENT_DIR pointing at `dir` (loaders read it when they run), then restore it. */
export async function withContentDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env['CONTENT_DIR'];
  process.env['CONTENT_DIR'] = dir;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env['CONTENT_DIR'];
    else process.env['CONTENT_DIR'] = saved;
  }
}

/**
 * One bad tag for the story and the kit alike (tests/data/broken-story.test.ts and
 * broken-classroom.test.ts): the first <Fig> of a file written with `source=` instead of `s=`.
 * The one rule (src/lib/prose/tags.ts) must reject it in either with the same words, the file
 * and the line.
 */
export const BAD_TAG = {
  edit: (text: string) => text.replace('<Fig s="', '<Fig source="'),
  /** The line of that tag in the edited file. */
  line: (text: string) => text.slice(0, text.indexOf('<Fig source="')).split('\n').length,
  messages: ['unknown attribute "source" on <Fig> (allowed: s, calc)', '<Fig> needs a non-empty s="…"'],
};
