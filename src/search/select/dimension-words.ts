/**
 * The words English sets right after a length's unit to say which dimension it measures
 * ("640 metres deep", "a 20m-high mast", "below the surface"; Quirk et al. 1985, ch. 7, measure
 * phrases): read by fact-dimensions.ts to compare two passages' dimensions, and by
 * metres-or-million.ts to tell "640m deep" (metres) from "£640m" (million).
 */

/** A dimension a length is given for. */
export type Dimension = 'depth' | 'height' | 'length' | 'width';

/**
 * The word of a dimension right after the figure's unit ("deep", "below the surface"), spaced
 * or hyphenated ("640m-high"); its groups tell the dimension, in {@link WORD_DIMENSIONS}' order.
 */
export const DIMENSION_WORD_AFTER =
  /^(?:\s*|-)(?:(deep|underground|(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground))|(high|tall|above\s+(?:the\s+)?(?:ground|street))|(long)|(wide|across))\b/i;

/** The dimension each group of {@link DIMENSION_WORD_AFTER} tells, in its order. */
export const WORD_DIMENSIONS: readonly Dimension[] = ['depth', 'height', 'length', 'width'];
