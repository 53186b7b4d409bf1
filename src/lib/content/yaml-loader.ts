/**
 * Content loaders for hand-written YAML (chart specs, the story's glossary / two readings /
 * stance check, the classroom kit's YAML files). Each file is validated here, not by Astro, so
 * every error names the file, the line, the entry (by its `id`) and the field:
 *
 *   content/story/glossary.yaml, line 14, entry "naloxone" (glossary[3].source_id):
 *     unknown source id "cdc_2099" (not in content/data/sources.csv)
 *
 * Unknown keys are errors with a suggestion (schemas use lib/data/strict.ts), and every
 * `source_id` / `source_ids` value must name a row of sources.csv.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { contentDir, displayPath } from './dir.mjs';
import { sourceIds } from '../data/csv-loader';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Path = readonly PropertyKey[];

export interface Parsed {
  file: string;
  doc: Document;
  lines: { linePos: (offset: number) => { line: number } };
  value: unknown;
}

/** Parse a YAML file; syntax errors become problems with their line. */
export function readYaml(absFile: string): { parsed?: Parsed; problems: string[] } {
  return readYamlText(readFileSync(absFile, 'utf8'), displayPath(absFile));
}

/**
 * Parse YAML text from `file`; `firstLine` is the file line the text starts on (frontmatter
 * starts on line 2), so every message names the line in the file.
 */
export function readYamlText(source: string, file: string, firstLine = 1): { parsed?: Parsed; problems: string[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
  const lines = { linePos: (offset: number) => ({ line: counter.linePos(offset).line + firstLine - 1 }) };
  const problems = doc.errors.map((e) => `${file}, line ${(e.linePos?.[0]?.line ?? 1) + firstLine - 1}: ${e.message.split('\n')[0]}`);
  return problems.length ? { problems } : { parsed: { file, doc, lines, value: doc.toJS() }, problems };
}

function get(value: unknown, p: Path): unknown {
  return p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);
}

/** Line of the node at `p` (or of `key` inside it), for messages. */
function lineOf(parsed: Parsed, p: Path, key?: string): number | undefined {
  let node: unknown = parsed.doc.getIn(p as unknown[], true);
  if (key !== undefined && isMap(node)) node = node.items.find((i) => (i.key as { value?: unknown } | null)?.value === key)?.key;
  if (node === undefined && p.length) return lineOf(parsed, p.slice(0, -1));
  const offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? (isSeq(node) || isMap(node) ? node.range?.[0] : undefined);
  return offset === undefined ? undefined : parsed.lines.linePos(offset).line;
}

/** `entry "naloxone" (glossary[3].source_id)`: the innermost list item with an id names the entry. */
function where(parsed: Parsed, root: string, p: Path): string {
  let entry: string | undefined;
  for (let i = 0; i < p.length; i++) {
    if (typeof p[i] !== 'number') continue;
    const id = (get(parsed.value, p.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' || typeof id === 'number') entry = String(id);
  }
  const dotted = p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}${s ? '.' : ''}${String(k)}`), root);
  return entry ? `entry "${entry}" (${dotted})` : dotted || '(top level)';
}

function problem(parsed: Parsed, root: string, p: Path, message: string, key?: string): string {
  const line = lineOf(parsed, p, key);
  return `${parsed.file}${line ? `, line ${line}` : ''}, ${where(parsed, root, key ? [...p, key] : p)}: ${message}`;
}

/** Every `source_id` / `source_ids` value in a parsed value that is not in sources.csv. */
function unknownSources(value: unknown, ids: ReadonlySet<string>, p: PropertyKey[] = []): { path: PropertyKey[]; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownSources(v, ids, [...p, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (k === 'source_id' && typeof v === 'string') return ids.has(v) ? [] : [{ path: [...p, k], id: v }];
    if (k === 'source_ids' && Array.isArray(v)) {
      return v.flatMap((id, i) => (typeof id === 'string' && !ids.has(id) ? [{ path: [...p, k, i], id }] : []));
    }
    return unknownSources(v, ids, [...p, k]);
  });
}

/**
 * Validate `value` (at `base` inside the parsed file) with `schema`: the parsed data, or every
 * problem with file, line, entry and field.
 */
export function validate<S extends z.ZodType>(parsed: Parsed, root: string, base: Path, value: unknown, schema: S, ids: ReadonlySet<string>): { data?: z.output<S>; problems: string[] } {
  const result = schema.safeParse(value);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const p = [...base, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        // One message per key, each on the key's own line.
        const keys = issue.keys;
        const parts = issue.message.split('; ');
        keys.forEach((k, i) => problems.push(problem(parsed, root, p, parts[i] ?? `unknown key "${k}"`, k)));
      } else problems.push(problem(parsed, root, p, /^Invalid input: expected \w+, received undefined$/.test(issue.message) ? 'required key is missing' : issue.message));
    }
  }
  for (const u of unknownSources(value, ids)) {
    problems.push(problem(parsed, root, [...base, ...u.path], `unknown source id "${u.id}" (not in content/data/sources.csv)`));
  }
  return problems.length || !result.success ? { problems } : { data: result.data, problems };
}

export interface YamlEntry<S extends z.ZodType> {
  id: string;
  data: z.output<S>;
}

/**
 * The entries of one YAML file: a list becomes one entry per item (by `id`), an object one
 * entry (id `single`). Throws ContentError with every problem.
 */
export function yamlEntries<S extends z.ZodType>(absFile: string, schema: S, opts: { single: string; root?: string }): YamlEntry<S>[] {
  const { parsed, problems } = readYaml(absFile);
  if (!parsed) throw new ContentError(problems);
  const ids = sourceIds();
  const root = opts.root ?? path.basename(absFile, path.extname(absFile));
  const out: YamlEntry<S>[] = [];
  const all: string[] = [];
  if (Array.isArray(parsed.value)) {
    parsed.value.forEach((item, i) => {
      const r = validate(parsed, root, [i], item, schema, ids);
      all.push(...r.problems);
      if (r.data !== undefined) out.push({ id: String((item as { id?: unknown }).id), data: r.data });
    });
    const seen = new Set<string>();
    out.forEach((e, i) => {
      if (seen.has(e.id)) all.push(problem(parsed, root, [i, 'id'], `duplicate id "${e.id}"`));
      seen.add(e.id);
    });
  } else {
    const r = validate(parsed, root, [], parsed.value, schema, ids);
    all.push(...r.problems);
    if (r.data !== undefined) out.push({ id: opts.single, data: r.data });
  }
  if (all.length) throw new ContentError(all);
  return out;
}

/** Astro loader for one YAML file in a content folder (see yamlEntries). */
export function yamlFileLoader<S extends z.ZodType>(folder: string, file: string, schema: S): Loader {
  return {
    name: `yaml:${folder}/${file}`,
    load: async ({ store }) => {
      const entries = yamlEntries(path.join(contentDir(), folder, file), schema, { single: file.replace(/\.yaml$/, '') });
      store.clear();
      // Validated here; the collection schema only drives Astro's types.
      for (const e of entries) store.set({ id: e.id, data: e.data as Record<string, unknown> });
    },
  };
}

/** Astro loader for a folder of YAML files, one entry per file (id: the file's base name). */
export function yamlFolderLoader<S extends z.ZodType>(folder: string, schema: S): Loader {
  return {
    name: `yaml:${folder}/*`,
    load: async ({ store }) => {
      const dir = path.join(contentDir(), folder);
      const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
      const problems: string[] = [];
      const entries: YamlEntry<S>[] = [];
      for (const f of files) {
        try {
          entries.push(...yamlEntries(path.join(dir, f), schema, { single: f.replace(/\.yaml$/, ''), root: '' }));
        } catch (e) {
          if (!(e instanceof ContentError)) throw e;
          problems.push(...e.problems);
        }
      }
      if (problems.length) throw new ContentError(problems);
      store.clear();
      for (const e of entries) store.set({ id: e.id, data: e.data as Record<string, unknown> });
    },
  };
}
