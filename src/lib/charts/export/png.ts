/** SVG → PNG at build time with resvg, using only the fonts shipped in assets/fonts. */
import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import { CARD, EXPORT_FONT } from './card';

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.resolve('assets/fonts', f));

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD.width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT },
  });
  return resvg.render().asPng();
}
