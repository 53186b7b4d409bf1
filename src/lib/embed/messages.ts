/**
 * The height protocol between an embed page (child) and whatever page frames it (parent).
 * The child announces its height in four dialects so it resizes on hosts that already carry
 * a parent script: ours (embed.js), pym.js, Datawrapper's and AMP's `amp-iframe`.
 */

/** Our own message `type`s. */
export const HEIGHT_TYPE = 'fentanyl-explainer:embed-height';
export const REQUEST_TYPE = 'fentanyl-explainer:embed-request-height';

/** Heights outside this range (px) are treated as hostile or broken and ignored. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10_000;

const PYM = 'xPYMx';

export interface OwnHeightMessage {
  type: typeof HEIGHT_TYPE;
  id: string;
  height: number;
}

/** A finite, whole-enough number of pixels in the sane range. */
export function isSaneHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT;
}

/** pym.js's wire format: `pymxPYMx<childId>xPYMx<type>xPYMx<value>`. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return `pym${PYM}${childId}${PYM}${type}${PYM}${value}`;
}

/**
 * Everything the child posts for one height (rounded up to whole pixels): ours, Datawrapper's,
 * AMP's, and pym's when the page was framed by pym (it passed a `childId`).
 */
export function heightMessages(chartId: string, height: number, childId: string | null): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [
    { type: HEIGHT_TYPE, id: chartId, height: px } satisfies OwnHeightMessage,
    { 'datawrapper-height': { [chartId]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
  if (childId !== null) messages.push(pymMessage(childId, 'height', px));
  return messages;
}

/** Is this a pym parent telling child `childId` its width (a cue to re-send the height)? */
export function isPymWidthMessage(data: unknown, childId: string | null): boolean {
  if (childId === null || typeof data !== 'string') return false;
  const prefix = `pym${PYM}${childId}${PYM}width${PYM}`;
  return data.startsWith(prefix) && /^\d+(\.\d+)?$/.test(data.slice(prefix.length));
}

/** Is this our parent script asking every embed to announce its height again? */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === REQUEST_TYPE;
}

/** Our own height message, validated; null for anything else (strings, NaN, 10⁹, negatives…). */
export function readOwnHeight(data: unknown): OwnHeightMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_TYPE || typeof id !== 'string' || !isSaneHeight(height)) return null;
  return { type, id, height };
}
