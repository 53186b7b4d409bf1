/**
 * How a line is drawn besides its colour. The second neutral line is dashed, so two neutral
 * lines (all drugs, synthetic opioids) read apart without colour, in greyscale print and for
 * readers who cannot tell the two greys apart.
 */
import type { ColourRole } from '../shared/schema';

export function lineDash(colour: ColourRole): string | undefined {
  return colour === 'neutral-2' ? '8 5' : undefined;
}
