/**
 * What the story's tag components read while the server renders a section: glossary
 * definitions and the islands the Astro page rendered for each chart slot and interactive.
 */
import { getContext, setContext, type Snippet } from 'svelte';
import type { FactChecks } from '../../lib/story/schema';
import type { Locale } from '../../lib/i18n/locales';
import type { GlossaryEntry, UnmeasuredEntry } from '../../lib/story/story-data';

export { slotKey, type GlossaryEntry, type UnmeasuredEntry } from '../../lib/story/story-data';

export interface StoryContext {
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** The verdict scale and the checked claims (content/story/fact-checks.yaml), for <FactCheck> and <VerdictScale>. */
  factChecks?: FactChecks | undefined;
  /** For <Unmeasured>. */
  unmeasured?: readonly UnmeasuredEntry[] | undefined;
  /** Chapters by id (title, site path), for <ReadMore>. */
  chapters?: ReadonlyMap<string, { title: string; path: string }> | undefined;
  /** Rendered islands by slot key (see slotKey). */
  slots: Readonly<Record<string, Snippet | undefined>>;
  /** Site path of the glossary list on the page (base-path safe). */
  glossaryHref: string;
  /** Language of the page (the tags' interface words, content/ui/<locale>.yaml). */
  locale?: Locale | undefined;
}

const KEY = Symbol('story');

export const setStory = (story: StoryContext): StoryContext => setContext(KEY, story);

export function getStory(): StoryContext {
  const story = getContext<StoryContext | undefined>(KEY);
  if (!story) throw new Error('Story tags must be rendered inside <StorySection>.');
  return story;
}
