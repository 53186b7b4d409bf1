/** Browser code for the stance tally (components/classroom/StanceTally.astro). */
import { SCALE, summarize } from './stance';

export const TALLY_KEY = 'fentanyl-explainer:classroom-stance-tally:v1';

function read(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(TALLY_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) as Record<string, number>;
  } catch {
    return {};
  }
}

export function initTally(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-tally-status]');
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="number"]')];
  const stored = read();
  for (const input of inputs) {
    const v = stored[input.name];
    if (v !== undefined) input.value = String(v);
  }

  function update(): void {
    for (const out of form.querySelectorAll<HTMLOutputElement>('output[data-mean]')) {
      const prefix = out.dataset['mean']!;
      const counts = Object.fromEntries(SCALE.map((k) => [k, Number(form.querySelector<HTMLInputElement>(`input[name="${prefix}.${k}"]`)?.value || 0)]));
      const s = summarize(counts);
      out.textContent = s.mean === null ? '–' : `${s.mean.toFixed(1)} (n = ${s.rated}${s.n > s.rated ? `, ${s.n - s.rated} "it depends"` : ''})`;
    }
  }

  function save(): void {
    const data: Record<string, number> = {};
    for (const input of inputs) {
      const n = Math.floor(Number(input.value));
      if (input.value !== '' && Number.isFinite(n) && n >= 0) data[input.name] = n;
    }
    try {
      localStorage.setItem(TALLY_KEY, JSON.stringify(data));
      if (status) status.textContent = 'Saved on this device.';
    } catch {
      if (status) status.textContent = 'Could not save in this browser; write the counts down.';
    }
  }

  form.addEventListener('input', () => { update(); save(); });
  form.querySelector('[data-tally-clear]')?.addEventListener('click', () => {
    if (!confirm('Clear every count on this device?')) return;
    for (const input of inputs) input.value = '';
    localStorage.removeItem(TALLY_KEY);
    update();
    if (status) status.textContent = 'Cleared.';
  });
  update();
}
