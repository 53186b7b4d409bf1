/**
 * Content collections. Data: one collection per CSV in content/data/ (validated row by row,
 * see src/lib/data/). Words: chart specs in content/charts/ and the story in content/story/
 * (src/lib/story/). Hand-written YAML goes through lib/content/yaml-loader.ts, so an error names
 * file, line, entry and field; every folder comes from CONTENT_DIR (lib/content/dir.mjs).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { csvLoader, contentDir } from './lib/data/csv-loader';
import * as d from './lib/data/datasets';
import type { DatasetSpec } from './lib/data/validate';
import { chartSpecSchema } from './lib/charts/spec';
import { storyFallbacksLoader, storyFrontLoader, storySectionsLoader } from './lib/story/story-loader';
import { yamlFileLoader, yamlFolderLoader } from './lib/content/yaml-loader';
import * as story from './lib/story/schema';
import * as classroom from './lib/classroom/schemas';

function data<S extends z.ZodObject>(spec: DatasetSpec<S>) {
  return defineCollection({ loader: csvLoader(spec), schema: spec.schema.extend({ row: z.number() }) });
}

export const collections = {
  sources: data(d.sources),
  dea_seizures: data(d.deaSeizures),
  cbp_fentanyl_fy: data(d.cbpSeizures),
  overdose_deaths: data(d.overdoseDeaths),
  trafficker_citizenship: data(d.traffickerCitizenship),
  drug_control_budget: data(d.drugControlBudget),
  treatment_gap: data(d.treatmentGap),
  border_traffic: data(d.borderTraffic),
  timeline: data(d.timeline),
  production_economics: data(d.productionEconomics),
  public_opinion: data(d.publicOpinion),
  intervention_evidence: data(d.interventionEvidence),
  prices: data(d.prices),
  naloxone: data(d.naloxone),
  quotes: data(d.quotes),
  charts: defineCollection({ loader: yamlFolderLoader('charts', chartSpecSchema), schema: chartSpecSchema }),
  storySections: defineCollection({ loader: storySectionsLoader(), schema: story.sectionSchema }),
  storyFallbacks: defineCollection({ loader: storyFallbacksLoader(), schema: story.fallbackSchema }),
  storyFront: defineCollection({ loader: storyFrontLoader(), schema: story.frontSchema }),
  glossary: storyFile('glossary.yaml', story.glossarySchema),
  twoReadings: storyFile('two-readings.yaml', story.twoReadingsSchema),
  stanceCheck: storyFile('stance-check.yaml', story.stanceCheckSchema),
  factChecks: storyFile('fact-checks.yaml', story.factChecksSchema),

  // ── Classroom kit (content/classroom/; pages under /classroom/) ──────────────────────────
  classroomPages: defineCollection({
    loader: glob({ pattern: ['*.md', 'handouts/*.md', 'answer-keys/*.md', '!README.md'], base: `${contentDir()}/classroom` }),
    schema: classroom.classroomPageSchema,
  }),
  classroomArgumentMap: classroomFile('argument-map.yaml', classroom.argumentMapSchema),
  classroomQuestions: classroomFile('discussion-questions.yaml', classroom.discussionQuestionsSchema),
  classroomEvidence: classroomFile('evidence-packets.yaml', classroom.evidencePacketsSchema),
  classroomRoles: classroomFile('role-cards.yaml', classroom.roleCardsSchema),
  classroomVocabulary: classroomFile('vocabulary.yaml', classroom.vocabularySchema),
  // ── end classroom kit ──
};

/** One YAML file of the classroom kit as a one-entry collection. */
function classroomFile<S extends z.ZodType>(file: string, schema: S) {
  return defineCollection({ loader: yamlFileLoader('classroom', file, schema), schema });
}

/** One YAML file of the story: a list is one entry per item (by id), an object one entry. */
function storyFile<S extends z.ZodType>(file: string, schema: S) {
  return defineCollection({ loader: yamlFileLoader('story', file, schema), schema });
}
