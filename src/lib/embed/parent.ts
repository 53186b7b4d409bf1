/**
 * The parent side, shipped as /embed.js: resize each of our iframes to the height its page
 * announces. Accepts only our own message, from our own origin, from an iframe on this page,
 * with a sane height; handles growing and shrinking, many embeds, and iframes added later
 * (the iframe is looked up when a message arrives, never cached).
 */
import { REQUEST_TYPE, readOwnHeight } from './messages';

/** The subset of a MessageEvent the decision needs. */
export interface MessageLike {
  origin: string;
  data: unknown;
}

/** The height to apply for this message, or null to ignore it. */
export function acceptedHeight(event: MessageLike, allowedOrigin: string): number | null {
  if (event.origin !== allowedOrigin) return null;
  return readOwnHeight(event.data)?.height ?? null;
}

/** Origin of a URL, or null when it does not parse (about:blank, srcdoc, garbage). */
export function originOf(url: string, base?: string): string | null {
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Extra pixels the iframe's own box adds when the host styles it `box-sizing: border-box`. */
function boxExtra(frame: HTMLIFrameElement): number {
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  if (!style || style.boxSizing !== 'border-box') return 0;
  const px = (v: string) => parseFloat(v) || 0;
  return px(style.borderTopWidth) + px(style.borderBottomWidth) + px(style.paddingTop) + px(style.paddingBottom);
}

const INSTALLED = '__fentanylExplainerEmbed';

/** Listen for height messages from `allowedOrigin` and resize the matching iframe. Idempotent. */
export function installEmbedParent(win: Window, allowedOrigin: string): void {
  const flags = win as unknown as Record<string, unknown>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  const doc = win.document;

  win.addEventListener('message', (event: MessageEvent) => {
    const height = acceptedHeight(event, allowedOrigin);
    if (height === null || event.source === null) return;
    for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height + boxExtra(frame))}px`;
        return;
      }
    }
  });

  // Embeds that finished loading before this script ran have already spoken: ask again.
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    if (originOf(frame.src, doc.baseURI) === allowedOrigin) {
      frame.contentWindow?.postMessage({ type: REQUEST_TYPE }, allowedOrigin);
    }
  }
}
