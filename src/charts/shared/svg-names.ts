/**
 * How a chart's SVG is named and described. On a page whose figure already shows the title,
 * summary and source (ChartFigure), the SVG points at those elements by id instead of carrying
 * its own <title>/<desc> copies: each accessible string is written once per page. Elsewhere
 * (a lesson's bare graphic, the story's interactives, embeds without a summary) it keeps its own.
 */
export interface SvgNameIds {
  /** Ids of visible elements that name the chart (its title). */
  labelledBy?: string | undefined;
  /** Ids of visible elements that describe it (summary, source line). */
  describedBy?: string | undefined;
}

export interface SvgNames {
  labelledby: string;
  describedby: string;
  /** Whether the SVG needs its own <title id="{own}-title"> / <desc id="{own}-desc">. */
  ownTitle: boolean;
  ownDesc: boolean;
}

/** `own`: the SVG's own id prefix; `partLabelId`: a panel's visible label, named after the chart's title. */
export function svgNames(own: string, ids: SvgNameIds, partLabelId?: string): SvgNames {
  return {
    labelledby: ids.labelledBy ? [ids.labelledBy, partLabelId].filter(Boolean).join(' ') : `${own}-title`,
    describedby: ids.describedBy ?? `${own}-desc`,
    ownTitle: !ids.labelledBy,
    ownDesc: !ids.describedBy,
  };
}
