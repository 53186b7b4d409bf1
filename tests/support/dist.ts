/** Helpers to read the built site: which pages exist, their parsed HTML, chart specs. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');

export function distExists(): boolean {
  return existsSync(path.join(DIST, 'index.html'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every built file, as a site path ("/charts/x/index.html"). */
export function distFiles(): string[] {
  return walk(DIST).map((f) => '/' + path.relative(DIST, f).split(path.sep).join('/'));
}

/** Every HTML page as its URL path ("/charts/x/"). */
export function htmlPages(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f));
}

/**
 * The first `n` pages of each site section (the path's first segment: '' for the front page,
 * 'classroom', 'embed'…), in their given order, plus every page `always` keeps. Pages of one
 * section share a template, so browser checks that test a template run on these only.
 */
export function firstOfEachSection(pages: readonly string[], n: number, always: (page: string) => boolean = () => false): string[] {
  const section = (p: string) => p.replace(/^\//, '').split('/')[0];
  return pages.filter((p, i) => always(p) || pages.slice(0, i).filter((q) => section(q) === section(p)).length < n);
}

export function readDist(sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(path.join(DIST, file), 'utf8');
}

export function page(sitePath: string): HTMLElement {
  return parse(readDist(sitePath));
}

export interface SpecFile {
  id: string;
  title: string;
  summary: string;
  sources: string[];
  embeddable?: boolean;
  columns: { field: string; label: string }[];
}

/** Chart specs straight from content/charts (the source of truth the build must follow). */
export function chartSpecs(): SpecFile[] {
  const dir = path.resolve('content/charts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(path.join(dir, f), 'utf8')) as Omit<SpecFile, 'id'>) }));
}

/** Normalise whitespace of element text for comparisons. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The story's chapter pages ("/story/<id>/"), in chapter order (as the front page's rail lists them). */
export function storyChapters(): string[] {
  return page('/').querySelectorAll('nav.story-rail a').map((a) => a.getAttribute('href') ?? '').filter((h) => /^\/story\/[^/]+\/$/.test(h));
}

/**
 * Every story chapter's article, in order, parsed as one document: for counts over the whole
 * story (every <Fig> of content/story/ appears once across the chapters). Look ids up per page
 * (page(p)), not here: each chapter has its own popovers and sources list.
 */
export function storyDoc(): HTMLElement {
  return parse(storyChapters().map((p) => page(p).querySelector('article')?.outerHTML ?? '').join('\n'));
}
