/**
 * The Nu HTML Checker (vnu-jar, Java) over every built page in one run: 0 errors. The only
 * message filtered is Astro's known one about the <style> it injects for islands in <body>.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, distExists, htmlPages } from '../support/dist';

interface VnuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

/** Astro's island <style> in <body> (stack-facts.md): the only message allowed through. */
// vnu words it two ways depending on where the island sits; both are that one <style>.
const ISLAND_STYLE_MESSAGES = new Set([
  'Element “style” not allowed as child of element “body” in this context. (Suppressing further errors from this subtree.)',
  'A “style” element in “body” must be the first child of its parent.',
]);
const KNOWN_ASTRO_ISLAND_STYLE = (m: VnuMessage) =>
  ISLAND_STYLE_MESSAGES.has(m.message) && /<style>astro-(island|slot)?/.test(m.extract ?? '');

const pages = htmlPages();
const fileOf = (p: string) => path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);
let messages: VnuMessage[] = [];

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...pages.map(fileOf)], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('java not found: run scripts/ensure-system-deps.sh (installs default-jre-headless)');
  }
  if (run.status !== 0) throw new Error(`vnu failed (${run.status}): ${run.stderr}`);
  // vnu writes its JSON report to stderr.
  const out = run.stderr;
  const text = out.trim() || '{"messages":[]}';
  messages = (JSON.parse(text.slice(text.indexOf('{'))) as { messages: VnuMessage[] }).messages;
}, 120_000);

describe('Nu HTML Checker', () => {
  test('checked every page', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s: 0 errors', (p) => {
    const file = fileOf(p);
    const errors = messages
      .filter((m) => decodeURIComponent(new URL(m.url).pathname) === file)
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => !KNOWN_ASTRO_ISLAND_STYLE(m));
    expect(errors.map((m) => `line ${m.lastLine}: ${m.message}`)).toEqual([]);
  });

  test('a non-file error (e.g. the checker crashing) is not silently ignored', () => {
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  });
});
