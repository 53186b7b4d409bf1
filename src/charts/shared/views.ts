/** Whether a panel that lists `views` is shown in `view` (no views, or no view chosen: always). */
export function inView(views: readonly string[], view: string | null | undefined): boolean {
  return view === null || view === undefined || views.length === 0 || views.includes(view);
}
