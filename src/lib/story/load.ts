/**
 * Build-time access to the story for the page: sections in order with their compiled .svx
 * components, fallbacks by interactive id, glossary, two readings, stance check, fact-checks.
 */
import { getCollection } from 'astro:content';
import type { Component } from 'svelte';
import type { GlossaryEntry } from './story-data';
import type { FactChecks, StanceCheck, StoryFallbackData, StoryFrontData, StorySectionData, TwoReadings } from './schema';
// The compiled .svx files of CONTENT_DIR (src/integrations/content-modules.mjs); the loaders
// validated the same files' frontmatter.
import { fallbacks as fallbackModules, front as frontModules, sections as sectionModules } from 'virtual:story-modules';

type SvxModule = { default: Component };

function moduleFor(modules: Record<string, SvxModule>, file: string): Component {
  const hit = modules[file];
  if (!hit) throw new Error(`content/story: no compiled module for ${file}`);
  return hit.default;
}

export interface LoadedSection extends StorySectionData {
  component: Component;
}
export interface LoadedFallback extends StoryFallbackData {
  component: Component;
}
export interface LoadedFront extends StoryFrontData {
  component: Component;
}

export async function loadStory() {
  const [sections, fallbacks, fronts, glossary, readings, stance, checks] = await Promise.all([
    getCollection('storySections'),
    getCollection('storyFallbacks'),
    getCollection('storyFront'),
    getCollection('glossary'),
    getCollection('twoReadings'),
    getCollection('stanceCheck'),
    getCollection('factChecks'),
  ]);
  const ordered = sections.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file));
  const problems = [...ordered, ...fallbacks.map((e) => e.data), ...fronts.map((e) => e.data)].flatMap((s) => s.numberProblems);
  const front = fronts.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file))[0];
  if (!front) throw new Error('content/story/front/: the front page needs its 5-minute version (five-minutes.svx)');
  if (problems.length) throw new Error(`content/story: figures and quotations that break the prose rules (lib/prose/check.ts):\n  ${problems.join('\n  ')}`);
  const twoReadings = readings[0]?.data;
  const stanceCheck = stance[0]?.data;
  const factChecks = checks[0]?.data;
  if (!twoReadings || !stanceCheck || !factChecks) throw new Error('content/story: two-readings.yaml, stance-check.yaml and fact-checks.yaml are required');
  return {
    sections: ordered.map((s): LoadedSection => ({ ...s, component: moduleFor(sectionModules, s.file) })),
    front: { ...front, component: moduleFor(frontModules, front.file) } as LoadedFront,
    fallbacks: new Map(fallbacks.map((e): [string, LoadedFallback] => [e.data.for, { ...e.data, component: moduleFor(fallbackModules, e.data.file) }])),
    glossary: new Map(glossary.map((e): [string, GlossaryEntry] => [e.data.id, e.data])),
    twoReadings: twoReadings as TwoReadings,
    stanceCheck: stanceCheck as StanceCheck,
    factChecks: factChecks as FactChecks,
  };
}
