/**
 * The absolute clause opened by "with": "Heller expects the full report by October, with the raw
 * data released online before the end of the year." Its participle is non-finite: it has a
 * subject of its own ("the raw data") but no tense, and the clause is set in the time of the
 * clause it is attached to (Quirk et al. 1985, 15.58 on verbless and non-finite clauses
 * introduced by "with"), at or before it. So a date inside it is behind under a past clause
 * ("The team returned in May, with the samples shipped on 3 June"); under any other it is ahead
 * only as a deadline ("before the end of the year"), as a deadline under no past verb is, and in
 * doubt otherwise ("will return in July, with the samples shipped on 3 June" may tell of a
 * shipment already made).
 */
import { isPastWord, wordMarker } from './tense-markers.js';
import { matchesOf } from '../text/matches-of.js';

/** How many words the subject of the absolute clause may take: "a catalogue of the cores". */
const MAX_SUBJECT_WORDS = 6;

/**
 * The offset in `lead` (a sentence's text before a date) of the comma that opens a "with"
 * absolute clause the date lies in (", with the raw data released online before "), or null.
 * The clause is ", with", a subject of up to {@link MAX_SUBJECT_WORDS} words that carry no
 * tense, then a past participle, with no comma or clause break after it up to the date.
 */
export function withAbsoluteStart(lead: string): number | null {
  const opening = /,\s+with\s+/giu;
  let comma: number | null = null;
  for (const m of matchesOf(lead, opening)) comma = m.index;
  if (comma === null) return null;
  const rest = lead.slice(comma + 1);
  if (/[,;:—()]/u.test(rest.replace(/^\s*with\s+/iu, ''))) return null;
  const words = rest.match(/[\p{L}'’-]+/gu) ?? [];
  for (let i = 1; i < words.length && i <= MAX_SUBJECT_WORDS + 1; i++) {
    const word = words[i] as string;
    if (isPastWord(word)) return i >= 2 ? comma : null;
    if (wordMarker(word) !== null) return null;
  }
  return null;
}
