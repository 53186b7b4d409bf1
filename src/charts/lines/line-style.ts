/**
 * How a line is drawn besides its colour. The second neutral line is dashed and its points are
 * squares, so two neutral lines (all drugs, synthetic opioids) read apart without colour, in
 * greyscale print and for readers who cannot tell the two greys apart, and a lone provisional
 * point (never joined to its line) still says which line it belongs to.
 */
import type { ColourRole } from '../shared/schema';

export function lineDash(colour: ColourRole): string | undefined {
  return colour === 'neutral-2' ? '8 5' : undefined;
}

export function pointShape(colour: ColourRole): 'circle' | 'square' {
  return colour === 'neutral-2' ? 'square' : 'circle';
}
