/**
 * Zod schemas for the classroom kit (content/classroom/): Markdown frontmatter and the five YAML
 * files. Unknown keys are errors that name the key (and a close known key: lib/data/strict.ts).
 */
import { z } from 'astro/zod';
import { strictObject } from '../data/strict';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');

/** A chart reference: `{chart, view?}`. */
export const chartRefSchema = strictObject({ chart: id, view: id.optional() });
export type ChartRef = z.output<typeof chartRefSchema>;

/** Frontmatter of lessons, the teacher guide, the source evaluation and handouts. */
export const classroomPageSchema = strictObject({
  id,
  title: text,
  summary: text.optional(),
  duration_minutes: z.number().int().positive().optional(),
  durations: z.array(z.number().int().positive()).optional(),
  grade_band: text.optional(),
  format: text.optional(),
  question: text.optional(),
  charts: z.array(chartRefSchema).default([]),
  handouts: z.array(text).default([]),
  materials: z.array(text).default([]),
  vocabulary: z.array(id).default([]),
  standards: z.array(text).default([]),
  reveal_heading: text.optional(),
  answer_key_heading: text.optional(),
  lesson: z.union([id, z.array(id)]).optional(),
  /** The teacher guide's lessons, in order, and its own reading time. */
  lessons: z.array(id).optional(),
  reading_time_minutes: z.number().int().positive().optional(),
  packet: z.enum(['supply', 'demand']).optional(),
  /** The printed length a handout or answer key promises (tested in Letter and A4). */
  print: z.enum(['one-page', 'two-pages']).optional(),
  /** Answer keys and rubrics: the handouts (ids) they answer. */
  answers_for: z.array(id).default([]),
});
export type ClassroomPage = z.output<typeof classroomPageSchema>;

export const argumentMapSchema = strictObject({
  positions: z.array(strictObject({ id, label: text, summary: text })).min(1),
  nodes: z.array(strictObject({
    id,
    position: id,
    type: z.enum(['claim', 'counterclaim', 'rebuttal']),
    responds_to: id.nullable(),
    text,
    supports: z.array(chartRefSchema).default([]),
    complicates: z.array(chartRefSchema).default([]),
    source_ids: z.array(text).default([]),
    basis: z.enum(['fact', 'estimate', 'opinion', 'mixed']).optional(),
  })).min(1),
}).superRefine((map, ctx) => {
  const positions = new Set(map.positions.map((p) => p.id));
  const ids = new Set<string>();
  map.nodes.forEach((n, i) => {
    if (ids.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}"` });
    ids.add(n.id);
    if (!positions.has(n.position)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'position'], message: `unknown position "${n.position}"` });
  });
  map.nodes.forEach((n, i) => {
    if (n.type === 'claim' && n.responds_to !== null) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'responds_to'], message: 'a claim responds to nothing (null)' });
    if (n.responds_to !== null && !ids.has(n.responds_to)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'responds_to'], message: `unknown node "${n.responds_to}"` });
  });
});
export type ArgumentMap = z.output<typeof argumentMapSchema>;
export type ArgumentNode = ArgumentMap['nodes'][number];

export const discussionQuestionsSchema = strictObject({
  sections: z.array(strictObject({
    id,
    story_id: id.optional(),
    title: text,
    questions: z.array(strictObject({
      id,
      type: z.enum(['recall', 'analysis', 'values']),
      text,
      chart: chartRefSchema.optional(),
      look_for: text.optional(),
    })).min(1),
  })).min(1),
});
export type DiscussionQuestions = z.output<typeof discussionQuestionsSchema>;

export const evidencePacketsSchema = strictObject({
  packets: z.array(strictObject({
    id: z.enum(['supply', 'demand']),
    title: text,
    position: text,
    intro: text,
    items: z.array(strictObject({
      id,
      claim: text,
      chart: id,
      view: id.optional(),
      figure: text,
      source_id: text,
      evidence_kind: z.enum(['official-count', 'record', 'news-report', 'randomized-trial', 'cohort-study', 'model', 'estimate', 'opinion']),
      study_design: text.optional(),
      caveat: text,
    })).min(1),
  })).min(1),
});
export type EvidencePackets = z.output<typeof evidencePacketsSchema>;

export const roleCardsSchema = strictObject({
  composite_label: text,
  roles: z.array(strictObject({
    id,
    title: text,
    who: text,
    composite: z.literal(true),
    leans: z.enum(['supply', 'demand', 'mixed']).optional(),
    perspective: text,
    real_quotes: z.array(strictObject({
      text,
      speaker: text,
      speaker_title: text,
      context: text.optional(),
      source_id: text,
    })).default([]),
    evidence: z.array(chartRefSchema).default([]),
    questions_to_ask: z.array(text).default([]),
    sensitive: z.boolean().optional(),
    teacher_note: text.optional(),
  })).min(1),
});
export type RoleCards = z.output<typeof roleCardsSchema>;

export const vocabularySchema = strictObject({
  terms: z.array(strictObject({
    id,
    term: text,
    definition: text,
    also: z.union([text, z.array(text)]).optional(),
    see: z.array(id).default([]),
    chart: id.optional(),
  })).min(1),
});
export type Vocabulary = z.output<typeof vocabularySchema>;
