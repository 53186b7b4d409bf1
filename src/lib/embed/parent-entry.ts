/**
 * Entry of /embed.js (bundled by src/pages/embed.js.ts). "Our site" is the origin this script
 * was loaded from, so the same file works on the deployed site and on a test server; the
 * build-time site origin is the fallback when the script element is unknown.
 */
import { installEmbedParent, originOf } from './parent';

declare const __SITE_ORIGIN__: string;

const script = document.currentScript as HTMLScriptElement | null;
installEmbedParent(window, (script && originOf(script.src)) || __SITE_ORIGIN__);
