/** The size of a chart's static image (/charts/<id>.svg and .png, also its social card). */
export const CARD = {
  width: 1200,
  height: 630,
  pad: 40,
  /** Largest enlargement of a chart drawn into the card (1.6: 14 px labels print at about 22 px). */
  maxScale: 1.6,
} as const;

/** The one font of static images, shipped in assets/fonts so resvg draws the same everywhere. */
export const EXPORT_FONT = 'DejaVu Sans';
