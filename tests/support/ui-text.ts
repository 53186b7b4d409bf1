/**
 * Finds reader-facing English left in `.astro` / `.svelte` templates: text nodes, and the
 * attributes a reader or a screen reader meets (aria-label, title, alt, placeholder), whether
 * written as a literal or as a string inside an expression. Frontmatter, <script> and <style>
 * are code, not template; text built in code goes through t() (src/lib/i18n/t.ts).
 *
 * A small tokenizer rather than a parser: markup mode reads tags and text, `{…}` is expression
 * mode (strings skipped), and markup inside an expression (`{xs.map((x) => <li>Text</li>)}`) is
 * read again in markup mode, so text in loops and conditions is found too.
 */
export interface UiText {
  line: number;
  text: string;
  where: 'text' | 'attribute';
}

const READER_ATTRS = /(?:^|\s)(aria-label|title|alt|placeholder)\s*=\s*("[^"]*"|'[^']*'|\{)/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Two Latin letters in a row, after entities (&nbsp;) and bare URLs are removed. */
const WORDY = (s: string) => /[A-Za-z]{2,}/.test(s.replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/\b(?:https?:\/\/|\/)\S*/g, ' '));

export function findUiText(source: string): UiText[] {
  const found: UiText[] = [];
  // Code regions keep their length (newlines kept), so positions still map to lines.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let src = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, blank);
  src = src.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, blank);
  const lineAt = (i: number) => src.slice(0, i).split('\n').length;
  const add = (i: number, text: string, where: UiText['where']) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean && WORDY(clean)) found.push({ line: lineAt(i), text: clean, where });
  };

  /** Skip a JS string starting at i; returns the index after it. */
  const skipString = (i: number): number => {
    const q = src[i];
    let j = i + 1;
    while (j < src.length && src[j] !== q) {
      if (src[j] === '\\') j++;
      else if (q === '`' && src[j] === '$' && src[j + 1] === '{') j = expr(j + 1) - 1;
      j++;
    }
    return j + 1;
  };
  /** String literals inside an attribute expression (t('key') keys are not words a reader sees). */
  const stringsIn = (i: number, end: number) => {
    const out: { at: number; text: string }[] = [];
    for (let j = i; j < end; j++) {
      if (src[j] === "'" || src[j] === '"' || src[j] === '`') {
        const close = skipString(j);
        const before = src.slice(Math.max(i, j - 3), j);
        if (!/t\($|\(\s*$/.test(before) || src[j] === '`') out.push({ at: j, text: src.slice(j + 1, close - 1).replace(/\$\{[^}]*\}/g, ' ') });
        j = close - 1;
      }
    }
    return out;
  };
  /** Expression from the `{` at i; returns the index after its `}`. */
  function expr(i: number): number {
    let depth = 0;
    for (let j = i; j < src.length; j++) {
      const c = src[j]!;
      if (c === "'" || c === '"' || c === '`') { j = skipString(j) - 1; continue; }
      // A comment is code: an apostrophe in `{/* the chapter's … */}` opens no string.
      if (c === '/' && src[j + 1] === '*') { j = (src.indexOf('*/', j + 2) + 2 || src.length + 1) - 1; continue; }
      if (c === '/' && src[j + 1] === '/') { j = (src.indexOf('\n', j) + 1 || src.length + 1) - 1; continue; }
      if (c === '{') depth++;
      else if (c === '}') { depth--; if (depth === 0) return j + 1; }
      else if (c === '<' && /[A-Za-z>]/.test(src[j + 1] ?? '') && /[(,?:&|=>{\s]$/.test(src.slice(Math.max(i, j - 1), j))) j = markup(j, true) - 1;
    }
    return src.length;
  }
  /** A tag from the `<` at i; returns [end, name, closing, selfClosing]. */
  function tag(i: number): [number, string, boolean, boolean] {
    const m = /^<(\/?)([A-Za-z][\w:.-]*)?/.exec(src.slice(i, i + 80))!;
    let j = i + m[0].length;
    const attrsStart = j;
    while (j < src.length && src[j] !== '>') {
      if (src[j] === '{') j = expr(j);
      else if (src[j] === '"' || src[j] === "'") j = src.indexOf(src[j]!, j + 1) + 1;
      else j++;
    }
    const attrs = src.slice(attrsStart, j);
    for (const a of attrs.matchAll(READER_ATTRS)) {
      const at = attrsStart + (a.index ?? 0);
      if (a[2] === '{') {
        const open = attrsStart + (a.index ?? 0) + a[0].length - 1;
        for (const s of stringsIn(open, expr(open))) add(s.at, s.text, 'attribute');
      } else add(at, a[2]!.slice(1, -1), 'attribute');
    }
    return [j + 1, (m[2] ?? '').toLowerCase(), m[1] === '/', src[j - 1] === '/'];
  }
  /** Markup from i; with `one`, only the element starting at i (inside an expression). */
  function markup(i: number, one: boolean): number {
    let depth = 0;
    let text = '';
    let textAt = i;
    const flush = () => { add(textAt, text, 'text'); text = ''; };
    let j = i;
    while (j < src.length) {
      const c = src[j]!;
      if (c === '{') { flush(); j = expr(j); textAt = j; continue; }
      if (c === '<' && src[j + 1] === '!') { flush(); j = src.indexOf('>', j) + 1 || src.length; textAt = j; continue; }
      if (c === '<' && /[A-Za-z/>]/.test(src[j + 1] ?? '')) {
        flush();
        const [end, name, closing, selfClosing] = tag(j);
        j = end;
        textAt = j;
        if (closing) depth--;
        else if (!selfClosing && !VOID.has(name)) depth++;
        if (one && depth <= 0) return j;
        continue;
      }
      if (one && depth <= 0 && c === '}') return j;
      text += c;
      j++;
    }
    flush();
    return j;
  }
  markup(0, false);
  return found;
}

/**
 * Sentences left in code: string literals in an `.astro` frontmatter or a `.svelte` <script>
 * that read as words (two words or more, not a class list or a path), as `const WORDS = { lead:
 * 'Read the full case' }` did. Comments, imports and developer errors (`throw`, `new …Error(`,
 * `console.`) are skipped: a build message is not reader-facing.
 */
export function findCodeWords(source: string): UiText[] {
  const blocks: { at: number; code: string }[] = [];
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (fm) blocks.push({ at: fm.index + 4, code: fm[1]! });
  for (const m of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) blocks.push({ at: m.index! + m[0].indexOf('>') + 1, code: m[1]! });
  const found: UiText[] = [];
  for (const { at, code } of blocks) {
    const firstLine = source.slice(0, at).split('\n').length;
    // Block comments keep their newlines, so line numbers still match.
    const lines = code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/(^|[^:'"`])\/\/.*$/, '$1');
      if (/^\s*import\b/.test(code) || /\bthrow\b|Error\(|console\./.test(code)) return;
      for (const m of code.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
        const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
        if (/[<>=]|^\(.*\)$|^[a-z0-9:./-]+(?:\s+[a-z0-9:./-]+)*$/.test(text.trim())) continue; // markup, code, media queries, class lists, paths
        if (/[A-Za-z]{2,}[,.;:]?\s+[A-Za-z]{2,}/.test(text)) found.push({ line: firstLine + i, text: text.trim(), where: 'text' });
      }
    });
  }
  return found;
}
