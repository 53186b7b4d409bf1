/**
 * The docs name real files: every backticked path that starts with src/, content/, tests/,
 * scripts/ or .ci/ in README.md and the module READMEs exists (a glob or a <placeholder> must
 * match something). Stale pointers were the commonest doc bug (architecture review §6).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const DOCS = ['README.md', 'src/lib/embed/README.md', 'content/story/README.md', 'content/data/README.md'];
const PATH = /`((?:src|content|tests|scripts|\.ci)\/[^`\s]*)`/g;

/** `src/charts/<type>/`, `src/**\/*.test.ts`, `content/ui/<locale>.yaml` → a glob. */
const asGlob = (p: string) => p.replace(/<[^>]+>/g, '*').replace(/\\\*/g, '*').replace(/\/$/, '');

test.each(DOCS.filter((d) => existsSync(d)))('every path named in %s exists', (doc) => {
  const missing: string[] = [];
  const text = readFileSync(doc, 'utf8');
  for (const m of text.matchAll(PATH)) {
    const p = m[1]!.replace(/[.,:;)]+$/, '').replace(/#.*$/, '').replace(/\?.*$/, '');
    const line = text.slice(0, m.index).split('\n').length;
    const pattern = asGlob(p);
    const ok = /[*{]/.test(pattern) ? globSync(pattern).length > 0 : existsSync(path.normalize(pattern));
    if (!ok) missing.push(`${doc}:${line} ${p}`);
  }
  expect(missing).toEqual([]);
});
