/**
 * What the stance check reads back from localStorage, validated: only known option ids with a
 * known answer are kept; anything else (an old option id, a damaged value, a non-object, broken
 * JSON) is counted as dropped, so the island can tell the reader. Pure: the island does the I/O.
 */
export interface StoredAnswers {
  answers: Record<string, string>;
  /** Saved entries that could not be used (0 when everything was read). */
  dropped: number;
}

export function readStoredAnswers(raw: string | null, optionIds: readonly string[], answerIds: readonly string[]): StoredAnswers {
  if (raw === null || raw === '') return { answers: {}, dropped: 0 };
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return { answers: {}, dropped: 1 };
  }
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return { answers: {}, dropped: 1 };
  const options = new Set(optionIds);
  const valid = new Set(answerIds);
  const answers: Record<string, string> = {};
  let dropped = 0;
  for (const [k, v] of Object.entries(saved)) {
    if (options.has(k) && typeof v === 'string' && valid.has(v)) answers[k] = v;
    else dropped++;
  }
  return { answers, dropped };
}
