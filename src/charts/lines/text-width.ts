/**
 * The width of a label, estimated at build time from its characters at the chart's font size,
 * so the layout can reserve room for it (labels at the lines' ends) without a browser. The
 * advance widths are DejaVu Sans Bold's (the export's face, in assets/fonts/), in em; the
 * system sans faces on screen are narrower, so the estimate errs on the side of room.
 */
const NARROW = 0.35; // i, l, j, punctuation, space
const WIDE = 0.87; // m, w, capitals M and W
const LOWER: Record<string, number> = {
  a: 0.68, b: 0.72, c: 0.6, d: 0.72, e: 0.68, f: 0.44, g: 0.72, h: 0.71, i: NARROW, j: NARROW, k: 0.67, l: NARROW, m: 1.06,
  n: 0.71, o: 0.69, p: 0.72, q: 0.72, r: 0.49, s: 0.6, t: 0.48, u: 0.71, v: 0.65, w: 0.93, x: 0.64, y: 0.65, z: 0.58,
};

/** Width in px of `text` set at `size` px in the chart's bold sans. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch in LOWER) em += LOWER[ch]!;
    else if (/[0-9]/.test(ch)) em += 0.7;
    else if (/[MW]/.test(ch)) em += WIDE + 0.15;
    else if (/[A-Z]/.test(ch)) em += ch === 'I' || ch === 'J' ? 0.4 : 0.78;
    else if (/[\s.,:;'’!|()-]/.test(ch)) em += NARROW;
    else em += WIDE;
  }
  return Math.ceil(em * size);
}
