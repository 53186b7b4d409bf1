/**
 * The balance report for the real story (printed on every `npm test`), and the rules behind it:
 * every section with a side has a case and a critique, in that order, and no critique carries its
 * own rebuttal. Issue 11 recorded the starting point: supply 44% critique, demand 18%.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { rebuttalsInCritiques, report, sectionBlocks, totals, type Block } from './balance';

const DIR = path.resolve('content/story');
const files = readdirSync(DIR).filter((f) => f.endsWith('.svx')).sort();
const blocks: Block[] = files.flatMap((f) => sectionBlocks(f, readFileSync(path.join(DIR, f), 'utf8')));

beforeAll(() => console.log(report(blocks)));

describe('balance counter', () => {
  test('classifies headings and counts words per side from a fixture', () => {
    const src = '---\nside: demand\n---\n\n### The case\n\nOne two three four.\n\n### Other\n\nNot counted here.\n\n#### The strongest critique\n\nFive six.\n';
    const b = sectionBlocks('x.svx', src);
    expect(b.map((x) => [x.kind, x.words])).toEqual([['case', 4], ['critique', 2]]);
    expect(totals(b).find((t) => t.side === 'demand')?.critiqueShare).toBeCloseTo(2 / 6);
    expect(sectionBlocks('y.svx', '---\ntitle: no side\n---\n### The case\n\nWords.')).toEqual([]);
  });

  test('finds a rebuttal tucked inside a critique', () => {
    const b = sectionBlocks('x.svx', '---\nside: demand\n---\n### The strongest critique\n\nIt failed. Advocates answer that it was overwhelmed.\n');
    expect(rebuttalsInCritiques(b)).toHaveLength(1);
  });
});

describe('the story is balanced by one standard', () => {
  test('both sides have case and critique sections', () => {
    for (const t of totals(blocks)) {
      expect(t.caseWords, `${t.side} case words`).toBeGreaterThan(300);
      expect(t.critiqueWords, `${t.side} critique words`).toBeGreaterThan(150);
    }
  });

  test('every section with a side states its case before its critique', () => {
    for (const file of new Set(blocks.map((b) => b.file))) {
      const kinds = blocks.filter((b) => b.file === file).map((b) => b.kind);
      expect(kinds[0], file).toBe('case');
      expect(kinds, file).toContain('critique');
    }
  });

  test('no critique carries its own rebuttal', () => {
    expect(rebuttalsInCritiques(blocks)).toEqual([]);
  });

  test('the critique shares of the two sides are within 15 points of each other', () => {
    const [supply, demand] = totals(blocks);
    expect(Math.abs(supply!.critiqueShare - demand!.critiqueShare)).toBeLessThan(0.15);
  });
});
