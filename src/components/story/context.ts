/**
 * What the story's tag components read while the server renders a section: glossary
 * definitions and the islands the Astro page rendered for each chart slot and interactive.
 */
import { getContext, setContext, type Snippet } from 'svelte';

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  source_id?: string | undefined;
}

export interface StoryContext {
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** Rendered islands by slot key (see slotKey). */
  slots: Readonly<Record<string, Snippet | undefined>>;
  /** Site path of the glossary list on the page (base-path safe). */
  glossaryHref: string;
}

const KEY = Symbol('story');

export const setStory = (story: StoryContext): StoryContext => setContext(KEY, story);

export function getStory(): StoryContext {
  const story = getContext<StoryContext | undefined>(KEY);
  if (!story) throw new Error('Story tags must be rendered inside <StorySection>.');
  return story;
}

/** `chart--overdose-deaths`, `chart--public-opinion--military-force`, `interactive--stance-check`. */
export function slotKey(kind: 'chart' | 'interactive', id: string, view?: string): string {
  return [kind, id, view].filter(Boolean).join('--');
}
