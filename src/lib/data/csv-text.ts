/**
 * Bytes → text → records, for the CSVs in content/data/. Strict where a mistake would change the
 * data, lenient where it would not:
 *   - accepted: a UTF-8 byte-order mark, CRLF / LF / mixed line endings, blank lines (anywhere,
 *     including the end), commas, quotes ("") and line breaks inside a quoted cell;
 *   - rejected, with the line: bytes that are not UTF-8 (a Latin-1 file would show mojibake),
 *     a quote that is never closed, text after a closing quote, a quote inside an unquoted cell.
 * Field counts are checked against the header by the validator (validate.ts).
 *
 * A small RFC 4180 reader rather than d3-dsv: d3 silently swallows the rest of the file after an
 * unclosed quote and reports no line numbers. `csv-text.test.ts` proves both read every real
 * content file the same way.
 */
import type { Problem } from './validate';

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted line break makes a record span lines). */
  line: number;
  cells: string[];
}

export interface CsvText {
  /** The first record; empty when the file is empty. */
  header: string[];
  /** Every record after the header, blank lines left out. */
  records: CsvRecord[];
  problems: Problem[];
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a file strictly as UTF-8 (a byte-order mark is dropped). Invalid bytes are reported
 * with their line and column, and the file's text is not returned.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  try {
    return { text: fatal.decode(bytes) };
  } catch {
    // Find the first bad line: line breaks (0x0A) never occur inside a multi-byte sequence.
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const slice = bytes.subarray(start, end);
      try {
        fatal.decode(slice);
      } catch {
        const column = firstInvalidByte(slice);
        const byte = slice[column] ?? 0;
        return {
          problem: {
            file, line,
            message: `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${column + 1} of the line); save the file as UTF-8`,
          },
        };
      }
      start = end + 1;
    }
    return { problem: { file, message: 'not valid UTF-8; save the file as UTF-8' } };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!len) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    try { fatal.decode(bytes.subarray(i, i + len)); } catch { return i; } // overlong or surrogate
    i += len;
  }
  return bytes.length;
}

/** A record that is a blank line: one cell, only spaces (or nothing). */
const isBlank = (cells: string[]) => cells.length === 1 && !cells[0]!.trim();

/** Read CSV text into a header and records with line numbers. Never throws. */
export function readCsv(input: string, file: string): CsvText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const eol = (at: number) => text[at] === '\n' || text[at] === '\r';
  /** Skip one line break at `at` (CRLF counts once); returns the index after it. */
  const skipEol = (at: number) => {
    line++;
    return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
  };

  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let broken = false;
    for (;;) {
      let cell = '';
      const quoted = text[i] === '"';
      const openLine = line;
      if (quoted) {
        i++;
        for (;;) {
          if (i >= n) {
            problems.push({ file, line: openLine, message: 'a quoted cell is never closed (a missing " ?)' });
            return { header: [], records: [], problems };
          }
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (c === '\r' || c === '\n') {
            const next = skipEol(i);
            cell += text.slice(i, next);
            i = next;
            continue;
          }
          cell += c;
          i++;
        }
      }
      // An unquoted cell, or anything after a closing quote, runs to the next comma or line end.
      const from = i;
      while (i < n && text[i] !== ',' && !eol(i)) i++;
      const rest = text.slice(from, i);
      if (quoted && rest) {
        problems.push(openLine === line
          ? { file, line, message: 'text after a closing quote (write "" for a quote inside a quoted cell)' }
          : { file, line: openLine, message: `a quoted cell opens on line ${openLine} but closes on line ${line}, followed by text: a closing " is probably missing on line ${openLine}` });
        broken = true;
      } else if (!quoted && rest.includes('"')) {
        problems.push({ file, line, message: 'a double quote inside an unquoted cell (quote the whole cell and write "" for each quote)' });
        broken = true;
      }
      cells.push(quoted ? cell : rest);
      if (broken) {
        // One problem per record: skip the rest of the line.
        while (i < n && !eol(i)) i++;
        if (i < n) i = skipEol(i);
        break;
      }
      if (i < n && text[i] === ',') {
        i++;
        // A comma at the very end of the file still ends in one more (empty) cell.
        if (i >= n) { cells.push(''); break; }
        continue;
      }
      if (i < n) i = skipEol(i);
      break;
    }
    if (!broken && !isBlank(cells)) records.push({ line: startLine, cells });
  }
  const [first, ...rest] = records;
  return { header: first?.cells ?? [], records: rest, problems };
}
