/**
 * A broken classroom kit must fail the real build, naming the file and the problem: a figure
 * citing a source that is not in sources.csv, a malformed tag (the same rule and words as the
 * story's), a figure no data row of its source holds (the
 * story's number check), raw HTML in a lesson, and an argument map whose reply points at a node
 * that does not exist.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BAD_TAG } from '../support/broken-content';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

function brokenKit(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-classroom-'));
  cpSync('content', dir, { recursive: true });
  const target = path.join(dir, 'classroom', file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit did not change ${file}`);
  writeFileSync(target, after);
  return dir;
}

function runAstro(command: 'sync' | 'build', contentDir: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'broken-dist-'));
  const result = spawnSync(process.execPath, [ASTRO, command, ...(command === 'build' ? ['--outDir', outDir] : [])], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken classroom kit fails the build', () => {
  test('a <Fig> in lesson-1.md naming a source id missing from sources.csv', () => {
    const dir = brokenKit('lesson-1.md', (t) => t
      .replace('<Fig s="dea_yir_2023">more than 77 million</Fig>', '<Fig s="dea_yir_2099">more than 77 million</Fig>'));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lesson-1\.md, line 155: unknown source id "dea_yir_2099" \(not in content\/data\/sources\.csv\): <Fig s="dea_yir_2099">/);
  });

  test('a malformed <Fig> in lesson-1.md: the story\'s rule, the same words (lib/prose/tags.ts)', () => {
    const dir = brokenKit('lesson-1.md', BAD_TAG.edit);
    const line = BAD_TAG.line(readFileSync(path.join(dir, 'classroom', 'lesson-1.md'), 'utf8'));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    for (const message of BAD_TAG.messages) expect(output).toContain(`lesson-1.md, line ${line}: ${message}: <Fig source="`);
  });

  test('a <Fig> in lesson-1.md whose figure is in no data row of its source (the story\'s number check)', () => {
    const dir = brokenKit('lesson-1.md', (t) => t
      .replace('<Fig s="dea_yir_2023">more than 77 million</Fig>', '<Fig s="dea_yir_2023">more than 78 million</Fig>'));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lesson-1\.md, line 155: 78 is not in any data row with source dea_yir_2023 \(add calc="…" if derived\)/);
  });

  test('raw HTML in a YAML text field', () => {
    const dir = brokenKit('vocabulary.yaml', (t) => t.replace('A synthetic opioid that CDC', 'A <img src=x onerror=alert(1)> synthetic opioid that CDC'));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    // The content guard (issue 16) now runs on kit text before the renderer and names the entry and the handler.
    expect(output).toMatch(/vocabulary\.yaml \(fentanyl\), line 1: an event-handler attribute onerror= on <img>: <img src=x onerror=alert\(1\)>/);
  });

  test('an argument-map reply to a node that does not exist fails the content sync', () => {
    const dir = brokenKit('argument-map.yaml', (t) => t.replace('responds_to: sup-ports\n', 'responds_to: sup-nowhere\n'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    // The YAML loader names the file, the line and the node (it named only the collection before).
    expect(output).toMatch(/classroom\/argument-map\.yaml, line \d+, entry "sup-ports-cc" \(argument-map\.nodes\[\d+\]\.responds_to\): unknown node "sup-nowhere"/);
  });
});
