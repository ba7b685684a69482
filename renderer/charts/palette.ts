/**
 * The one categorical palette every chart uses: Okabe & Ito's colour-blind-safe set (2008),
 * without its black, which disappears on the dark theme.
 *
 * The order is chosen for contrast, not taste: the first four keep at least 3:1 (WCAG's minimum
 * for graphics) against both the light surface (#ffffff) and the dark one (#171a21), so lines of
 * the first four series read in either theme and on paper. The last three are light colours,
 * only good as fills with a dark outline or label.
 *
 * Colours are literal hex values, written into the SVG as `fill`/`stroke` attributes: a data
 * colour must not change between themes (the room learns "blue is base"), and an exported SVG
 * keeps them without any stylesheet. Theme colours (text, axes, gridlines, the reference band)
 * come from the theme's CSS custom properties instead, through `charts.css`.
 */

export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
} as const;

export type PaletteColour = (typeof OKABE_ITO)[keyof typeof OKABE_ITO];

/** Series colours in order of assignment. */
export const CATEGORICAL: readonly PaletteColour[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/** The colour of the `index`-th series; wraps around after seven (the table tells them apart). */
export function categoricalColour(index: number): PaletteColour {
  const size = CATEGORICAL.length;
  return CATEGORICAL[((index % size) + size) % size] ?? OKABE_ITO.blue;
}

/**
 * Growth scenarios keep fixed colours and dash patterns, so "aggressive" looks the same on every
 * chart and still reads in black-and-white print: conservative dashed, base solid, aggressive
 * dotted.
 */
export const SCENARIO_STYLE = {
  conservative: { colour: OKABE_ITO.vermillion, dash: '7 4' },
  base: { colour: OKABE_ITO.blue, dash: null },
  aggressive: { colour: OKABE_ITO.bluishGreen, dash: '2 3' },
} as const satisfies Record<string, { colour: PaletteColour; dash: string | null }>;

/** What the slope chart draws its biggest disagreements in. */
export const HIGHLIGHT_COLOUR: PaletteColour = OKABE_ITO.vermillion;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const channel = parseInt(part ?? '0', 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Black or white, whichever reads better as a label on a bar of `fill`. */
export function labelColourOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
