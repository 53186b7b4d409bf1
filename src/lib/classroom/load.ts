/**
 * Build-time access to the classroom kit (astro:content), and the per-page markup context that
 * numbers the sources a page cites. Pages render every field through ./markup.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { href } from '../paths';
import { chartIndex } from './chart-index';
import { Citations, renderSections, type MarkdownOptions, type MarkupContext, type SourceInfo } from './markup';
import type { KitSection } from './sections';
import type { ArgumentMap, ClassroomPage } from './schemas';
import { contentDir } from '../data/csv-loader';
import { loadDataIndex } from '../prose/data-index';
import type { DataIndex } from '../prose/number-check';

let sourcesCache: Promise<Map<string, SourceInfo>> | undefined;

export function classroomSources(): Promise<Map<string, SourceInfo>> {
  sourcesCache ??= getCollection('sources').then((rows) => new Map(rows.map((r) => {
    const d = r.data as unknown as SourceInfo;
    return [d.source_id, d];
  })));
  return sourcesCache;
}

let numbersCache: DataIndex | undefined;
/** Every data row by source id, for the number check (the same index the story's check reads). */
const numbers = () => (numbersCache ??= loadDataIndex(path.join(contentDir(), 'data')));

/** A fresh context for one page: its own numbering of cited sources and calculations. */
export async function pageContext(file: string): Promise<MarkupContext> {
  const sources = await classroomSources();
  return { file, sources, charts: chartIndex(), citations: new Citations(sources), href, numbers: numbers() };
}

export interface RenderedDoc {
  data: ClassroomPage;
  sections: KitSection[];
  ctx: MarkupContext;
  file: string;
}

/** A Markdown page of the kit by frontmatter id ("lesson-1", "stance-tally"), rendered. */
export async function renderedDoc(id: string, opts: MarkdownOptions = {}): Promise<RenderedDoc> {
  const entries = await getCollection('classroomPages');
  const entry = entries.find((e) => e.data.id === id);
  if (!entry) throw new Error(`content/classroom: no Markdown file with id "${id}"`);
  const file = entry.filePath ?? `content/classroom/${id}.md`;
  const ctx = await pageContext(file);
  const hidden = [entry.data.reveal_heading, entry.data.answer_key_heading, ...(opts.hidden ?? [])].filter((h): h is string => !!h);
  // Blank lines in place of the frontmatter, so errors give the file's own line numbers.
  const raw = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
  const body = entry.body ?? '';
  const at = raw.indexOf(body.trim().slice(0, 200));
  const before = at > 0 ? raw.slice(0, at).split('\n').length - 1 : 0;
  const sections = renderSections('\n'.repeat(before) + body, ctx, { dropH1: true, ...opts, hidden });
  return { data: entry.data, sections, ctx, file };
}

async function idsIn(folder: 'handouts' | 'answer-keys'): Promise<string[]> {
  const entries = await getCollection('classroomPages');
  return entries.filter((e) => e.filePath?.includes(`/${folder}/`) || e.id.startsWith(`${folder}/`)).map((e) => e.data.id).sort();
}

export const handoutIds = () => idsIn('handouts');
/** Answer keys and rubrics (content/classroom/answer-keys/): teacher-only, printed separately. */
export const answerKeyIds = () => idsIn('answer-keys');

async function one<T>(collection: 'classroomArgumentMap' | 'classroomQuestions' | 'classroomEvidence' | 'classroomRoles' | 'classroomVocabulary'): Promise<T> {
  const [entry] = await getCollection(collection);
  if (!entry) throw new Error(`content/classroom: collection ${collection} is empty`);
  return entry.data as T;
}

export const argumentMap = () => one<ArgumentMap>('classroomArgumentMap');
export const discussionQuestions = () => one<import('./schemas').DiscussionQuestions>('classroomQuestions');
export const evidencePackets = () => one<import('./schemas').EvidencePackets>('classroomEvidence');
export const roleCards = () => one<import('./schemas').RoleCards>('classroomRoles');
export const vocabulary = () => one<import('./schemas').Vocabulary>('classroomVocabulary');

