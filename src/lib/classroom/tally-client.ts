/**
 * Browser code for the stance tally (components/classroom/StanceTally.astro). Counts live in
 * this browser's localStorage only. Stored data that cannot be read in full is reported to the
 * teacher, what can be used is used, and the original is kept aside before anything is saved
 * over it; other data on the device is never touched. With storage blocked (private modes,
 * school policies) the tally still works for the lesson and says so; nothing throws. The
 * counts download as CSV and load back from one (validated; messages are text, never markup).
 */
import { SCALE, summarize } from './stance';
import { fromCsv, MAX_FILE_BYTES, readStored, TALLY_BACKUP_KEY, TALLY_KEY, tallyWords, toCsv, validCount, type Counts, type TallyMessages, type TallyWords } from './tally-store';

export { TALLY_KEY };

const fileName = () => `stance-tally-${new Date().toISOString().slice(0, 10)}.csv`;

/**
 * The form's messages, from its `data-words` (StanceTally.astro writes them from the
 * dictionary). Our own build writes that attribute; if it is missing or damaged the tally does
 * not start, and the form still reads as the printable table it is without JavaScript.
 */
function wordsOf(form: HTMLFormElement): TallyWords | null {
  try {
    const m: unknown = JSON.parse(form.dataset['words'] ?? '');
    const ok = (v: unknown) => typeof v === 'string' || (!!v && typeof v === 'object' && typeof (v as { other?: unknown }).other === 'string');
    if (!m || typeof m !== 'object' || !Object.values(m).every(ok)) return null;
    const W = tallyWords(m as TallyMessages, form.dataset['intl'] || 'en-US');
    // Every message must fill: a key missing from the attribute fails here, not in front of a teacher.
    void [W.skipped(2), W.kept(2), W.loaded(2), W.fileLine(1, ''), W.columns(1), W.badCount(''), W.twice('', '')];
    return Object.values(W).every((v) => typeof v === 'function' || typeof v === 'string') ? W : null;
  } catch {
    return null;
  }
}

/** localStorage, or null where the browser refuses it (the getter itself can throw). */
function storage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(TALLY_KEY);
    return s;
  } catch {
    return null;
  }
}

export function initTally(form: HTMLFormElement): void {
  const words = wordsOf(form);
  if (!words) {
    console.error('stance tally: the form has no usable data-words; the tally stays a printable table');
    return;
  }
  const W: TallyWords = words;
  const status = form.querySelector<HTMLElement>('[data-tally-status]');
  const notice = form.querySelector<HTMLElement>('[data-tally-notice]');
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="number"]')];
  const names = new Set(inputs.map((i) => i.name));
  const options = [...new Map([...form.querySelectorAll<HTMLElement>('[data-option]')]
    .map((el) => [el.dataset['option']!, { id: el.dataset['option']!, name: el.dataset['optionName']! }])).values()];
  const store = storage();
  const say = (text: string) => { if (status) status.textContent = text; };

  function tell(lines: string[]): void {
    if (!notice) return;
    notice.replaceChildren(...lines.map((l) => Object.assign(document.createElement('p'), { textContent: l })));
    notice.hidden = lines.length === 0;
  }

  let raw: string | null = null;
  try { raw = store?.getItem(TALLY_KEY) ?? null; } catch { raw = null; }
  const stored = readStored(raw, names, W);
  // While the unreadable original has no copy, it is never saved over (nothing is lost).
  let protectOriginal = false;
  if (stored.keepCopy && store && raw !== null) {
    try {
      // Keep the unreadable original once; a later, different one does not replace it.
      if (store.getItem(TALLY_BACKUP_KEY) === null) store.setItem(TALLY_BACKUP_KEY, raw);
    } catch {
      protectOriginal = true;
    }
  }
  tell(store ? (protectOriginal ? [...stored.problems.slice(0, -1), W.originalKept] : stored.problems) : [W.noStorage]);

  function fill(counts: Counts): void {
    for (const input of inputs) {
      const v = counts[input.name];
      input.value = v === undefined ? '' : String(v);
    }
  }

  function current(): Counts {
    const data: Counts = {};
    for (const input of inputs) {
      const n = input.value === '' ? undefined : validCount(Number(input.value));
      if (n !== undefined) data[input.name] = n;
    }
    return data;
  }

  function update(): void {
    for (const out of form.querySelectorAll<HTMLOutputElement>('output[data-mean]')) {
      const prefix = out.dataset['mean']!;
      const counts = Object.fromEntries(SCALE.map((k) => [k, validCount(Number(form.querySelector<HTMLInputElement>(`input[name="${prefix}.${k}"]`)?.value || 0)) ?? 0]));
      const s = summarize(counts);
      out.textContent = s.mean === null ? '–' : `${s.mean.toFixed(1)} (n = ${s.rated}${s.n > s.rated ? `, ${s.n - s.rated} "it depends"` : ''})`;
    }
  }

  function save(): void {
    if (!store) return;
    if (protectOriginal) { say(W.notSaved); return; }
    try {
      store.setItem(TALLY_KEY, JSON.stringify(current()));
      say(W.saved);
    } catch {
      say(W.notSaved);
    }
  }

  fill(stored.counts);
  for (const el of form.querySelectorAll<HTMLElement>('[data-tally-js]')) el.hidden = false;
  form.addEventListener('input', () => { update(); save(); });
  form.addEventListener('submit', (e) => e.preventDefault());

  form.querySelector('[data-tally-clear]')?.addEventListener('click', () => {
    if (!confirm(W.confirmClear)) return;
    fill({});
    try { store?.removeItem(TALLY_KEY); protectOriginal = false; } catch { /* nothing to clear */ }
    update();
    tell([]);
    say(W.cleared);
  });

  form.querySelector('[data-tally-download]')?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([toCsv(current(), options)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName() });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(W.downloaded);
  });

  const file = form.querySelector<HTMLInputElement>('[data-tally-file]');
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      tell([W.fileTooBig]);
      return;
    }
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      tell([W.readError]);
      return;
    }
    const result = fromCsv(text, options, W);
    if ('error' in result) {
      tell([result.error]);
      return;
    }
    if (Object.keys(current()).length && !confirm(W.confirmReplace)) return;
    fill(result.counts);
    update();
    save();
    tell([]);
    say(W.loaded(Object.keys(result.counts).length));
  });
  update();
}
