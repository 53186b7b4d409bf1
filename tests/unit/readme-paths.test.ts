/**
 * The docs name real files: every backticked path that starts with src/, content/, tests/,
 * scripts/ or .ci/ in README.md and the module READMEs exists (a glob or a <placeholder> must
 * match something). Stale pointers were the commonest doc bug (architecture review §6).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const DOCS = ['README.md', 'src/lib/embed/README.md', 'content/story/README.md', 'content/data/README.md', ...globSync('src/charts/*/README.md').sort()];
const PATH = /`((?:src|content|tests|scripts|\.ci)\/[^`\s]*)`/g;
/** A path written from inside src/ (`lib/story/line-geometry.ts`): also checked, under src/. */
const SRC_PATH = /`((?:lib|components|charts|islands|pages|layouts|integrations|styles|directives)\/[^`\s]*)`/g;

/** `src/charts/<type>/`, `src/**\/*.test.ts`, `content/ui/<locale>.yaml` → a glob. */
const asGlob = (p: string) => p.replace(/<[^>]+>/g, '*').replace(/\\\*/g, '*').replace(/\/$/, '');

test.each(DOCS.filter((d) => existsSync(d)))('every path named in %s exists', (doc) => {
  const missing: string[] = [];
  const text = readFileSync(doc, 'utf8');
  const named = [...text.matchAll(PATH)].map((m) => ({ m, p: m[1]! }))
    .concat([...text.matchAll(SRC_PATH)].map((m) => ({ m, p: `src/${m[1]!}` })));
  for (const { m, p: raw } of named) {
    const p = raw.replace(/[.,:;)]+$/, '').replace(/#.*$/, '').replace(/\?.*$/, '');
    const line = text.slice(0, m.index).split('\n').length;
    const pattern = asGlob(p);
    const ok = /[*{]/.test(pattern) ? globSync(pattern).length > 0 : existsSync(path.normalize(pattern));
    if (!ok) missing.push(`${doc}:${line} ${p}`);
  }
  expect(missing).toEqual([]);
});

test('every folder and file in the README\'s "What is where" map exists', () => {
  const text = readFileSync('README.md', 'utf8');
  const map = text.split('## What is where')[1]?.split('```')[1] ?? '';
  const missing: string[] = [];
  let top = '';
  for (const line of map.split('\n')) {
    // A top-level entry starts the line ("src/"); its children are indented two spaces.
    const entry = /^(\S+)/.exec(line)?.[1] ?? /^ {2}(\S+)/.exec(line)?.[1];
    if (!entry) continue;
    const p = line.startsWith(' ') ? top + entry : (top = entry);
    const pattern = asGlob(p);
    if (!(/[*{]/.test(pattern) ? globSync(pattern).length > 0 : existsSync(pattern))) missing.push(p);
  }
  expect(map.length).toBeGreaterThan(500);
  expect(missing).toEqual([]);
});
