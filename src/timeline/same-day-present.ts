/**
 * A present of timetable or arrangement said of the publication day itself: "A consultation on
 * parking charges opens today", "The club is holding a bake sale this morning". The present simple
 * and the present progressive put a later day ahead ("opens on Friday": scheduled-present.ts,
 * arranged-progressive.ts), but said of the day of writing they tell what happens that day, as
 * "The council votes today" does (Quirk et al. 1985, 4.6 and 4.28: the present for an event at
 * the time of speaking). Only a clear future marker ("will open today", "is expected today")
 * keeps such an event expected.
 *
 * Only the day as a whole or its morning: "tonight", "this evening", "this afternoon" and "later
 * today" may still lie ahead of a writing whose hour the article does not state.
 */
import type { Mention } from './mention.js';
import type { Tense } from './tense.js';
import { governedByArrangedPresent } from './tense.js';

/** The words that name the publication day or its morning. */
const DAY_OF_WRITING = /^(?:today|earlier\s+today|this\s+morning)$/iu;

/**
 * The tense of `mention` in `sentence` given the `tense` the other rules read: null (said of the
 * day of writing, neither ahead nor behind) when it names the publication day or its morning and
 * only a present of timetable or arrangement put it ahead; `tense` otherwise.
 */
export function tenseOnDayOfWriting(sentence: string, mention: Mention, tense: Tense): Tense {
  if (tense !== 'future' || mention.kind !== 'relative' || mention.anchor !== 'publication')
    return tense;
  if (mention.unit !== 'day' || mention.offset !== 0 || !DAY_OF_WRITING.test(mention.text))
    return tense;
  return governedByArrangedPresent(sentence, mention.start, mention.end) ? null : tense;
}
