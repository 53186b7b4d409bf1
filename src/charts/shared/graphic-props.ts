/** The props of a chart type's Graphic.astro (src/charts/<type>/Graphic.astro), set by ChartGraphic.astro. */
import type { ChartType, LayoutOf } from '../registry';
import type { ChartProps } from './chart-type';

/** The chart component's own props (id, words or the figure's ids, source, layout), plus: */
export type GraphicProps<T extends ChartType> = Omit<ChartProps<LayoutOf<T>>, 'view' | 'frame'> & {
  /** False renders the same SVG with no island (no chart JavaScript at all). */
  interactive: boolean;
  /** The view shown first, or null. */
  view: string | null;
};
