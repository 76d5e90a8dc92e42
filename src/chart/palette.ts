/**
 * The chart's colours and marker shapes. The card is opaque and dark with a light border, so the
 * same picture reads on Discord's dark theme (#313338) and light theme (#ffffff) alike. Source
 * colours are the Okabe–Ito colour-blind-safe set (Okabe & Ito, "Color Universal Design", 2008)
 * without its dark blue, which is too dark on this card; each source also gets its own shape, so
 * colour is never the only cue (WCAG 2.2, 1.4.1 Use of Color).
 */

/** Colours of the card and its text, as `#rrggbb`. */
export const CARD = {
  background: '#1b1d23',
  border: '#8a8f98',
  text: '#f2f3f5',
  muted: '#b5bac1',
  grid: '#3a3d45',
  mark: '#c9cdd3',
} as const;

/** Discord's message backgrounds (dark and light themes), to check the card against. */
export const DISCORD_BACKGROUNDS = { dark: '#313338', light: '#ffffff' } as const;

/** Marker shapes, in the order sources receive them. */
export const SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'hexagon',
  'star',
] as const;
export type Shape = (typeof SHAPES)[number] | 'cross';

/** Source colours, paired index by index with {@link SHAPES}. */
export const SOURCE_COLORS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#cc79a7',
  '#d55e00',
  '#ffffff',
] as const;

/** Names of the colours and shapes, for the alt text. */
export const COLOR_NAMES: Readonly<Record<string, string>> = {
  '#e69f00': 'orange',
  '#56b4e9': 'sky blue',
  '#009e73': 'green',
  '#f0e442': 'yellow',
  '#cc79a7': 'pink',
  '#d55e00': 'red-orange',
  '#ffffff': 'white',
  '#9aa0a8': 'grey',
};

/** Sources past the first {@link SHAPES}.length on one chart share this grey cross. */
export const OTHER_SOURCE = { shape: 'cross' as Shape, color: '#9aa0a8' };

/** How one source is drawn. */
export interface SourceStyle {
  shape: Shape;
  color: string;
}

/** The style of the `index`-th distinct source on a chart (0-based). */
export function sourceStyle(index: number): SourceStyle {
  if (index < SHAPES.length) return { shape: SHAPES[index]!, color: SOURCE_COLORS[index]! };
  return OTHER_SOURCE;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb` (WCAG 2.2 definition), 0–1. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG 2.2 contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
