/** Radii in px of a plain event dot and of a numbered event's ring (shared by layout and component, no D3). */
export const DOT_R = 6;
export const NUMBERED_R = 9;
/** Line height in px of the key under the axis. */
export const KEY_LINE = 21;
