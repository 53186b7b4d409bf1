/**
 * Behaviour of the "Embed this chart" section (components/EmbedCode.astro): copy buttons and
 * the theme choice, which swaps every code and the preview frame to the chosen theme. The
 * codes themselves were written and escaped at build time, and so were the words this script
 * shows (the section's data-copied / data-selected, from the dictionary).
 */
import { DEFAULT_THEME, THEMES, embedQueryString, type EmbedTheme } from './query';

for (const section of Array.from(document.querySelectorAll<HTMLElement>('[data-embed-code]'))) {
  for (const button of Array.from(section.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
    const area = document.getElementById(button.dataset['copy'] ?? '') as HTMLTextAreaElement | null;
    const status = button.nextElementSibling;
    if (!area) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let message = section.dataset['copied'] ?? '';
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        // No clipboard access (permissions, old browser): select the code for a manual copy.
        area.focus();
        area.select();
        message = section.dataset['selected'] ?? '';
      }
      if (status) status.textContent = message;
      setTimeout(() => { if (status) status.textContent = ''; }, 3000);
    });
  }

  for (const radio of Array.from(section.querySelectorAll<HTMLInputElement>('input[data-embed-theme]'))) {
    radio.addEventListener('change', () => {
      const theme = (THEMES as readonly string[]).includes(radio.value) ? (radio.value as EmbedTheme) : DEFAULT_THEME;
      for (const area of Array.from(section.querySelectorAll<HTMLTextAreaElement>('textarea'))) {
        area.value = area.dataset[`code${theme[0]!.toUpperCase()}${theme.slice(1)}`] ?? area.value;
      }
      const frame = section.querySelector<HTMLIFrameElement>('iframe[data-embed-preview]');
      if (frame) {
        const url = new URL(frame.src);
        url.search = embedQueryString({ theme });
        frame.src = url.href;
      }
    });
  }
}
