/**
 * Broken story content must fail: bad frontmatter fails the content sync, an unsourced number
 * in the prose fails the build (the page checks the loader's findings, so broken CSVs still
 * report their own rows first). A copy of content/ is broken on purpose (CONTENT_DIR).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BAD_TAG } from '../support/broken-content';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

function runWith(command: 'sync' | 'build', edit: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-story-'));
  cpSync('content', dir, { recursive: true });
  edit(dir);
  const outDir = mkdtempSync(path.join(tmpdir(), 'broken-story-dist-'));
  const result = spawnSync(process.execPath, [ASTRO, command, ...(command === 'build' ? ['--outDir', outDir] : [])], {
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const editStory = (file: string, change: (s: string) => string) => (dir: string) => {
  const p = path.join(dir, 'story', file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
};

describe('broken story content fails', () => {
  test('the build: a number outside <Fig> and a Fig number not in its source rows', () => {
    const { status, output } = runWith('build', editStory('01-the-stakes.svx', (s) =>
      s.replace('One class of drugs drove most of the rise.', 'About 70,000 people died. <Fig s="nchs_db491">108,000</Fig>.')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story: figures and quotations that break the prose rules/);
    expect(output).toMatch(/content\/story\/01-the-stakes\.svx, line \d+: number 70,000 outside <Fig s="…"> or <Q>/);
    expect(output).toMatch(/108,000 is not in any data row with source nchs_db491/);
  });

  test('the build: a malformed <Fig> (the rule the classroom kit shares, lib/prose/tags.ts)', () => {
    let edited = '';
    const { status, output } = runWith('build', editStory('01-the-stakes.svx', (s) => (edited = BAD_TAG.edit(s))));
    expect(status).not.toBe(0);
    for (const message of BAD_TAG.messages) {
      expect(output).toContain(`content/story/01-the-stakes.svx, line ${BAD_TAG.line(edited)}: ${message}: <Fig source="`);
    }
  });

  test('the build: a <ChartSlot> naming a chart or a view that does not exist', () => {
    const { status, output } = runWith('build', editStory('03-the-supply-side-case.svx', (s) =>
      s.replace('<ChartSlot id="dea-seizures" />', '<ChartSlot id="dea-seizure" />').replace('<ChartSlot id="intervention-evidence" view="supply" />', '<ChartSlot id="intervention-evidence" view="suply" />')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story\/03-the-supply-side-case\.svx: <ChartSlot id="dea-seizure">: no chart "dea-seizure" in content\/charts\//);
    expect(output).toMatch(/<ChartSlot id="intervention-evidence" view="suply">: chart "intervention-evidence" has no view "suply" \(views: [^)]*supply/);
  });

  test('the sync: bad frontmatter (digits in a title, missing id)', () => {
    const { status, output } = runWith('sync', editStory('02-why-fentanyl-is-different.svx', (s) =>
      s.replace(/^title: .*$/m, 'title: Fifty times 50').replace(/^id: .*$/m, '')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-why-fentanyl-is-different\.svx/);
    expect(output).toMatch(/must contain no digits/);
    expect(output).toMatch(/\bid\b/);
  });
});
