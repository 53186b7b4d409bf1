/** Bad kit markup: the build fails with this message (file, and line or entry, first). */
export class MarkupError extends Error {
  override name = 'MarkupError';
}
