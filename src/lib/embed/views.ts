/**
 * View names of a chart spec, for validating `?view=`. Specs without views give none, so any
 * `view` in the query is ignored. Accepts `views` as a list of names, a list of objects with
 * a `name` (or `id`), or a record keyed by name.
 */
export function chartViewNames(spec: object): string[] {
  const views = (spec as { views?: unknown }).views;
  if (Array.isArray(views)) {
    return views.flatMap((v: unknown) => {
      if (typeof v === 'string') return [v];
      if (typeof v === 'object' && v !== null) {
        const { name, id } = v as { name?: unknown; id?: unknown };
        if (typeof name === 'string') return [name];
        if (typeof id === 'string') return [id];
      }
      return [];
    });
  }
  if (typeof views === 'object' && views !== null) return Object.keys(views);
  return [];
}
