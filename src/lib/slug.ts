/**
 * Heading ids and other slugs, the way GitHub and rehype-slug make them (github-slugger), so an
 * anchor is the same here, on GitHub and in any Markdown tool, and accented words stay whole:
 * "Educación pública" → "educación-pública" (a hand-rolled NFKD slug split it into
 * "educacio-n-pu-blica"). One `Slugs` per document: a repeated heading gets "-1", "-2".
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/** The slug of one text (no de-duplication); `fallback` when nothing is left. */
export function slug(text: string, fallback = 'section'): string {
  return githubSlug(text.trim()) || fallback;
}

/** Unique slugs within one document. */
export class Slugs {
  readonly #slugger = new GithubSlugger();
  next(text: string, fallback = 'section'): string {
    return this.#slugger.slug(text.trim() || fallback);
  }
}
