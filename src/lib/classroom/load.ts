/**
 * Build-time access to the classroom kit (astro:content), and the per-page markup context that
 * numbers the sources a page cites. Pages render every field through ./markup.ts.
 */
import { getCollection } from 'astro:content';
import { href } from '../paths';
import { chartIndex } from './chart-index';
import { Citations, renderMarkdown, type MarkdownOptions, type MarkupContext, type SourceInfo } from './markup';
import type { ArgumentMap, ClassroomPage } from './schemas';

let sourcesCache: Promise<Map<string, SourceInfo>> | undefined;

export function classroomSources(): Promise<Map<string, SourceInfo>> {
  sourcesCache ??= getCollection('sources').then((rows) => new Map(rows.map((r) => {
    const d = r.data as unknown as SourceInfo;
    return [d.source_id, d];
  })));
  return sourcesCache;
}

/** A fresh context for one page: its own numbering of cited sources and calculations. */
export async function pageContext(file: string): Promise<MarkupContext> {
  const sources = await classroomSources();
  return { file, sources, charts: chartIndex(), citations: new Citations(sources), href };
}

export interface RenderedDoc {
  data: ClassroomPage;
  html: string;
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
  const html = renderMarkdown(entry.body ?? '', ctx, { dropH1: true, ...opts, hidden });
  return { data: entry.data, html, ctx, file };
}

export async function handoutIds(): Promise<string[]> {
  const entries = await getCollection('classroomPages');
  return entries.filter((e) => e.filePath?.includes('/handouts/') || e.id.startsWith('handouts/')).map((e) => e.data.id).sort();
}

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

