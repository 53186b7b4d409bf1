/**
 * Story data the loaders and the page build, and the server-rendered tag components read
 * (through components/story/context.ts). Kept in lib/ so lib never imports from components/.
 */

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  source_id?: string | undefined;
}

/** An effect nobody has measured (intervention_evidence.csv rows with status "none found"). */
export interface UnmeasuredEntry {
  side: 'supply' | 'demand' | 'both';
  intervention: string;
  outcome: string;
  note: string;
  source_id: string;
}

/** `chart--overdose-deaths`, `chart--public-opinion--military-force`, `interactive--stance-check`. */
export function slotKey(kind: 'chart' | 'interactive', id: string, view?: string): string {
  return [kind, id, view].filter(Boolean).join('--');
}
