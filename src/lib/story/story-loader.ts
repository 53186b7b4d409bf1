/**
 * Content loaders for the story (content/story/). Astro's glob loader does not know .svx, so
 * these read the files, parse frontmatter with Astro's parseFrontmatter and validate it with
 * the collection schema (bad frontmatter fails the build). The compiled .svx modules come from
 * import.meta.glob in the page (src/lib/story/modules.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';
import { contentDir } from '../data/csv-loader';
import { ContentCodeError, guardProse } from '../content/guard.mjs';
import { STORY_TAGS } from './svx-tags.mjs';
import { citedSources, countWords, findSlots } from './parse-svx';
import type { AllowedNumberWord } from '../prose/number-check';
import { proseProblems } from '../prose/check';
import { loadDataIndex } from '../prose/data-index';
import { fallbackSchema, frontSchema, numberWordsAllowSchema, sectionSchema } from './schema';
import { ContentError, readYaml, readYamlText, validate } from '../content/yaml-loader';
import type { z } from 'astro/zod';
import { existsSync } from 'node:fs';

const storyDir = () => path.join(contentDir(), 'story');

/**
 * Breaches of the prose rules (lib/prose/check.ts: the <Fig>/<Q> tags and the number rule, the
 * same check the classroom kit runs), as messages. They are stored with the entry and the page
 * fails the build on them (src/lib/story/load.ts), so that broken data files still report their
 * own row errors first during the content sync.
 */
function numberProblems(file: string, source: string): string[] {
  const numbers = loadDataIndex(path.join(contentDir(), 'data'));
  return proseProblems(file, source, { sourceIds: numbers.sourceIds, numbers, file: path.basename(file), allow: numberWordsAllowed() });
}

/** content/story/number-words-allow.yaml: reviewed number-word exceptions (may be absent). */
function numberWordsAllowed(): AllowedNumberWord[] {
  const file = path.join(storyDir(), 'number-words-allow.yaml');
  if (!existsSync(file)) return [];
  const { parsed, problems } = readYaml(file);
  if (!parsed) throw new ContentError(problems);
  const r = validate(parsed, 'allow', [], parsed.value ?? [], numberWordsAllowSchema, new Set());
  if (!r.data) throw new ContentError(r.problems);
  return r.data;
}

async function svxFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.svx')).sort();
}

/**
 * The content guard over every file of a folder, before anything compiles them (the Svelte
 * preprocessor runs it again per file): all problems of all files at once.
 */
function guardAll(files: { file: string; source: string }[]): void {
  const errors = files.map(({ file, source }) => ({ file, problems: guardProse(source, { syntax: 'svx', components: STORY_TAGS }) }))
    .filter((e) => e.problems.length);
  if (errors.length) throw new Error(errors.map((e) => new ContentCodeError(e.file, e.problems).message).join('\n'));
}

/**
 * Frontmatter plus the computed fields, validated here so an unknown or missing key names the
 * file, the line and (for a typo) the key meant; all files' problems at once.
 */
function checkFrontmatter(file: string, source: string, raw: Record<string, unknown>, schema: z.ZodType): string[] {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const { parsed, problems } = readYamlText(fm?.[1] ?? '', file, 2);
  if (!parsed) return problems;
  return validate(parsed, '', [], raw, schema, new Set()).problems;
}

/** Story sections: `content/story/NN-*.svx`, in file-name order. */
export function storySectionsLoader(): Loader {
  return {
    name: 'story-sections',
    load: async ({ store, parseData }) => {
      store.clear();
      const files = await Promise.all((await svxFiles(storyDir())).map(async (file) => ({ file, source: await readFile(path.join(storyDir(), file), 'utf8') })));
      guardAll(files.map((f) => ({ file: `content/story/${f.file}`, source: f.source })));
      const entries = files.map(({ file, source }) => {
        const { frontmatter, content } = parseFrontmatter(source);
        const raw = {
          ...frontmatter, file, slots: findSlots(content), words: countWords(content), sources: citedSources(content),
          numberProblems: numberProblems(`content/story/${file}`, source),
          uses: (['FactCheck', 'Unmeasured'] as const).filter((tag) => new RegExp(`<${tag}\\b`).test(content)),
        };
        return { file, raw, problems: checkFrontmatter(`content/story/${file}`, source, raw, sectionSchema) };
      });
      const problems = entries.flatMap((e) => e.problems);
      if (problems.length) throw new ContentError(problems);
      for (const { file, raw } of entries) store.set({ id: file, data: await parseData({ id: file, data: raw }) });
    },
  };
}

/** No-JS fallbacks for the interactives: `content/story/fallback/*.svx`. */
export function storyFallbacksLoader(): Loader {
  return {
    name: 'story-fallbacks',
    load: async ({ store, parseData }) => {
      store.clear();
      const dir = path.join(storyDir(), 'fallback');
      const files = await Promise.all((await svxFiles(dir)).map(async (file) => ({ file, source: await readFile(path.join(dir, file), 'utf8') })));
      guardAll(files.map((f) => ({ file: `content/story/fallback/${f.file}`, source: f.source })));
      const entries = files.map(({ file, source }) => {
        const { frontmatter } = parseFrontmatter(source);
        const raw = { ...frontmatter, file, sources: citedSources(source), numberProblems: numberProblems(`content/story/fallback/${file}`, source) };
        return { file, raw, problems: checkFrontmatter(`content/story/fallback/${file}`, source, raw, fallbackSchema) };
      });
      const problems = entries.flatMap((e) => e.problems);
      if (problems.length) throw new ContentError(problems);
      for (const { file, raw } of entries) store.set({ id: file, data: await parseData({ id: file, data: raw }) });
    },
  };
}

/** The front page's 5-minute version: `content/story/front/*.svx` (one file today). */
export function storyFrontLoader(): Loader {
  return {
    name: 'story-front',
    load: async ({ store, parseData }) => {
      store.clear();
      const dir = path.join(storyDir(), 'front');
      const names = existsSync(dir) ? await svxFiles(dir) : [];
      const files = await Promise.all(names.map(async (file) => ({ file, source: await readFile(path.join(dir, file), 'utf8') })));
      guardAll(files.map((f) => ({ file: `content/story/front/${f.file}`, source: f.source })));
      const entries = files.map(({ file, source }) => {
        const { frontmatter, content } = parseFrontmatter(source);
        const raw = {
          ...frontmatter, file, slots: findSlots(content), words: countWords(content), sources: citedSources(content),
          numberProblems: numberProblems(`content/story/front/${file}`, source),
        };
        return { file, raw, problems: checkFrontmatter(`content/story/front/${file}`, source, raw, frontSchema) };
      });
      const problems = entries.flatMap((e) => e.problems);
      if (problems.length) throw new ContentError(problems);
      for (const { file, raw } of entries) store.set({ id: file, data: await parseData({ id: file, data: raw }) });
    },
  };
}
