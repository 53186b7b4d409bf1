/**
 * The corrections and data-updates log (content/corrections.yaml): one dated entry per
 * correction or data update, naming the charts it touched. Read at build time by
 * /corrections/, each chart page and the Atom feed /updates.xml, so the three cannot disagree.
 * A bad entry fails the build with the file, the entry and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)'));

export const correctionSchema = z.object({
  /** Stable id: the anchor on /corrections/ and part of the feed entry id. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens'),
  date: isoDate,
  kind: z.enum(['correction', 'update'], { error: 'expected correction or update' }),
  title: z.string().trim().min(1),
  /** What changed and why, in plain words (one paragraph). */
  summary: z.string().trim().min(1),
  /** Chart ids the entry touched (each chart page lists its own entries). */
  charts: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Other pages that changed, as site paths ("/about/"). */
  pages: z.array(z.string().startsWith('/')).default([]),
});

export const correctionsFileSchema = z.object({
  entries: z.array(correctionSchema).min(1),
});

export type Correction = z.output<typeof correctionSchema>;

export class CorrectionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionsError';
  }
}

/** Parse and check the log's text; newest first. `knownCharts` (ids) catches typos. */
export function parseCorrections(text: string, file: string, knownCharts?: ReadonlySet<string>): Correction[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new CorrectionsError(`${file}: not valid YAML (${(error as Error).message})`);
  }
  const result = correctionsFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.map((p) => (typeof p === 'number' ? `entry ${p + 1}` : String(p))).join(', ') : 'file';
    throw new CorrectionsError(`${file}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const entries = result.data.entries;
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) throw new CorrectionsError(`${file}: entry ${i + 1}, id: "${e.id}" is used twice`);
    ids.add(e.id);
    for (const c of e.charts) {
      if (knownCharts && !knownCharts.has(c)) throw new CorrectionsError(`${file}: entry ${i + 1}, charts: unknown chart id "${c}"`);
    }
  });
  // Newest first; entries of the same day keep their order in the file (Array.sort is stable).
  return [...entries].sort((a, b) => b.date.localeCompare(a.date));
}

/** The log from content/ (or CONTENT_DIR, for the broken-content tests). */
export function loadCorrections(knownCharts?: ReadonlySet<string>): Correction[] {
  const file = path.join(path.resolve(process.env['CONTENT_DIR'] ?? 'content'), 'corrections.yaml');
  return parseCorrections(readFileSync(file, 'utf8'), path.relative(process.cwd(), file), knownCharts);
}

/** Entries that name a chart, newest first. */
export function correctionsFor(entries: readonly Correction[], chartId: string): Correction[] {
  return entries.filter((e) => e.charts.includes(chartId));
}
