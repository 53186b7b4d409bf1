/**
 * The one check of prose, for the story (.svx, run by lib/story/story-loader.ts) and the
 * classroom kit (Markdown and YAML text, run by lib/classroom/markup.ts): every <Fig> and <Q>
 * is well formed and names known sources (./tags.ts), and every figure is in the data
 * (./number-check.ts). Problems come back as `<file>, line <n>: <what>: <the text>`, the same
 * words for the same mistake in either place.
 */
import { checkTags } from './tags';
import { checkNumbers, type CheckOptions, type DataIndex, type NumberProblem } from './number-check';

export interface ProseCheckOptions extends CheckOptions {
  /** Source ids of content/data/sources.csv (a DataIndex carries them). */
  sourceIds: ReadonlySet<string>;
  /** The data rows for the number rule; without them only the tags are checked (unit tests). */
  numbers?: DataIndex | undefined;
}

/** Frontmatter blanked (same length, newlines kept): its lines still count. */
const withoutFrontmatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (s) => s.replace(/[^\n]/g, ' '));

/** Tag problems, then number problems, by line. */
export function checkProse(text: string, opts: ProseCheckOptions): NumberProblem[] {
  const tags = checkTags(withoutFrontmatter(text), opts.sourceIds);
  const numbers = opts.numbers ? checkNumbers(text, opts.numbers, opts) : [];
  return [...tags, ...numbers].sort((a, b) => a.line - b.line);
}

/** The problems as messages naming the file (as the reader finds it: "content/story/01-….svx"). */
export function proseProblems(file: string, text: string, opts: ProseCheckOptions): string[] {
  return checkProse(text, opts).map((p) => `${file}, line ${p.line}: ${p.message}: ${p.excerpt}`);
}
