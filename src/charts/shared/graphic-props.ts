/** The props of a chart type's Graphic.astro (src/charts/<type>/Graphic.astro), set by ChartGraphic.astro. */
import type { ChartType, LayoutOf } from '../registry';

export interface GraphicProps<T extends ChartType> {
  /** False renders the same SVG with no island (no chart JavaScript at all). */
  interactive: boolean;
  /** Element id prefix, unique per chart on the page. */
  id: string;
  title: string;
  summary: string;
  source: string;
  /** Ids of the figure's visible title / summary and source (ChartFigure), or undefined. */
  labelledBy?: string | undefined;
  describedBy?: string | undefined;
  layout: LayoutOf<T>;
  /** The view shown first, or null. */
  view: string | null;
}
