#!/usr/bin/env node
/**
 * Apply content/data/source-migration.csv (old_source_id,new_source_id,note) to the prose and
 * specs: every whole-word use of a retired source id in content/story, content/classroom and
 * content/charts becomes its replacement (in <Fig s="…">, <Claim s="…">, <Q s="…">,
 * `source_id:`, `source_ids: […]`, spec `sources:` lists). Ids listed twice in one attribute
 * or list after the change are kept once. Re-runnable: a second run changes nothing, so the lead
 * can run it again after merging branches that still cite the old ids.
 *
 *   node scripts/migrate-source-ids.mjs          # rewrite files, list what changed
 *   node scripts/migrate-source-ids.mjs --check  # exit 1 if any old id is still used
 *
 * content/data/ is not touched: sources.csv keeps the old rows (prose may still cite them for
 * claims that are not charted).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';

const root = path.resolve(process.env['CONTENT_DIR'] ?? 'content');
const check = process.argv.includes('--check');

/** The migration table, read with d3-dsv (a quoted note with a comma must not shift columns). */
function parseCsv(text) {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  if (!rows.columns.includes('old_source_id') || !rows.columns.includes('new_source_id')) {
    throw new Error('source-migration.csv: expected old_source_id,new_source_id,note');
  }
  return rows.filter((r) => Object.values(r).some((v) => v?.trim())).map((r, i) => {
    const from = r.old_source_id?.trim() ?? '';
    const to = r.new_source_id?.trim() ?? '';
    if (!/^[a-z0-9_]+$/.test(from) || !/^[a-z0-9_]+$/.test(to)) {
      throw new Error(`source-migration.csv, row ${i + 1}: ids must be lower-case letters, digits and underscores`);
    }
    return { from, to };
  });
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(svx|md|ya?ml)$/.test(name)) yield full;
  }
}

/** Drop repeated ids inside s="…" attributes and [ … ] lists (after a replacement). */
function dedupe(text) {
  return text
    .replace(/\bs="([a-z0-9_ ]+)"/g, (_, ids) => `s="${[...new Set(ids.split(/\s+/).filter(Boolean))].join(' ')}"`)
    .replace(/(source_ids:\s*)\[([a-z0-9_,\s]+)\]/g, (_, key, ids) => `${key}[${[...new Set(ids.split(',').map((s) => s.trim()).filter(Boolean))].join(', ')}]`);
}

const map = parseCsv(readFileSync(path.join(root, 'data', 'source-migration.csv'), 'utf8'));
const targets = ['story', 'classroom', 'charts'].map((d) => path.join(root, d));
let changed = 0;
let remaining = 0;
for (const dir of targets) {
  for (const file of files(dir)) {
    const before = readFileSync(file, 'utf8');
    let after = before;
    for (const { from, to } of map) {
      const re = new RegExp(`(?<![a-z0-9_])${from}(?![a-z0-9_])`, 'g');
      const hits = after.match(re)?.length ?? 0;
      if (hits === 0) continue;
      if (check) {
        remaining += hits;
        console.log(`${path.relative(process.cwd(), file)}: ${hits} × ${from}`);
        continue;
      }
      after = after.replace(re, to);
      // A spec's `sources:` list may now hold the new id twice.
      after = after.replace(new RegExp(`(\\n\\s*- ${to}\\b[^\\n]*)((?:\\n[^\\n]*)*?)\\n\\s*- ${to}(?=\\n)`, 'g'), '$1$2');
    }
    if (!check && after !== before) {
      writeFileSync(file, dedupe(after));
      changed += 1;
      console.log(`rewrote ${path.relative(process.cwd(), file)}`);
    }
  }
}
if (check) {
  if (remaining > 0) {
    console.error(`${remaining} use(s) of retired source ids remain; run node scripts/migrate-source-ids.mjs`);
    process.exit(1);
  }
  console.log('no retired source ids in content/story, content/classroom or content/charts');
} else {
  console.log(`${changed} file(s) rewritten from ${map.length} mapping(s)`);
}
