/**
 * The real line drawn only up to a year (fractional years end between two points): the
 * predict-then-reveal island shows the known years first, then animates the rest in by moving
 * `upTo` forward. Works on the build-time layout alone (x in percent, y in px), no D3.
 */
import type { LinePlot } from '../charts/lines/types';

export function lineUpTo<P extends LinePlot>(layout: P, upTo: number): P {
  return {
    ...layout,
    series: layout.series.map((s) => {
      const shown = s.points.filter((p) => p.x <= upTo);
      const next = s.points.find((p) => p.x > upTo);
      const last = shown.at(-1);
      const coords = shown.map((p) => [p.xPct, p.y] as const);
      if (last && next) {
        const t = (upTo - last.x) / (next.x - last.x);
        if (t > 0) coords.push([last.xPct + (next.xPct - last.xPct) * t, last.y + (next.y - last.y) * t]);
      }
      const path = coords.length > 1 ? coords.map(([x, y], i) => `${i ? 'L' : 'M'}${+x.toFixed(2)} ${+y.toFixed(2)}`).join(' ') : '';
      const labelShown = s.points.some((p) => p.xPct === s.labelXPct && p.x <= upTo);
      return { ...s, points: shown, path, label: labelShown ? s.label : '' };
    }),
  };
}
