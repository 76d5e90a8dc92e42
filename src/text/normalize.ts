/**
 * The one Unicode normalisation applied to article text and to questions alike, so a word
 * typed one way finds the same word stored another way.
 */

import { withoutControls } from './controls.js';

/**
 * Invisible characters that only affect line breaking or joining: the soft hyphen (U+00AD),
 * zero-width space (U+200B), zero-width non-joiner and joiner (U+200C, U+200D), word joiner
 * (U+2060) and the invisible operators after it (U+2061–U+2064), zero-width no-break space / BOM
 * (U+FEFF), and the bidirectional marks and controls pasted text carries around names (LRM and
 * RLM U+200E–U+200F, the Arabic letter mark U+061C, embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069). Dropped, so "spokes\u00ADman" reads "spokesman" and "Haifa\u200E"
 * reads "Haifa". (Unicode's Default_Ignorable_Code_Point set, restricted to the ones that turn
 * up in pasted web text.)
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Space characters other than the ASCII space (Unicode general category Zs: no-break space,
 * the U+2000–U+200A typographic spaces, narrow no-break space, medium mathematical space,
 * ideographic space, Ogham space mark). Each becomes one ASCII space.
 */
const OTHER_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalises text: Unicode NFC (so "Lukas\u030Cenka" and "Luka\u0161enka" are the same
 * string), terminal control codes ({@link withoutControls}) and invisible characters removed,
 * other Unicode spaces turned into ASCII spaces. Line breaks, tabs and every visible
 * character are left alone.
 *
 * Applied to each article before cleaning (so stored text, offsets and quotes are in this
 * form) and to each question before search.
 *
 * @example
 * normalizeText('Lukas\u030Cenka\u00A0spokes\u00ADman') // 'Lukašenka spokesman'
 */
export function normalizeText(text: string): string {
  return withoutControls(text).replace(INVISIBLE, '').replace(OTHER_SPACES, ' ').normalize('NFC');
}
