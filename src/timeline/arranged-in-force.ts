/**
 * An arrangement in the present perfect: "further talks have been pencilled in for Monday", "the
 * hearing has been scheduled for Friday", "a strike has been called for 14 March". The present
 * perfect tells a result that holds at the time of writing (Quirk et al. 1985, 4.20-4.22: the
 * state a past act leads up to, with current relevance), and the result of arranging an event for
 * a day is that the event stands at that day: still ahead, since one already held would be
 * reported as held ("talks were held on Monday"). So the day it is arranged for lies after the
 * time of writing, as a date moved to in the present perfect does (rescheduled.ts
 * `MOVED_TO_IN_FORCE`), and a weekday there is the next such day (TimeML's anchoring of a
 * weekday by the tense of its event: Pustejovsky et al. 2003, TIMEX3). "Had been scheduled for
 * Monday" is a plan seen from a later past (plan.ts), and "was scheduled for" tells only when the
 * plan was made: neither is read here.
 */
import { anyOf } from '../text/word-class.js';
import { ARRANGED_PARTICIPLES } from './plan-words.js';

/**
 * Participles of arranging an event for a time: "scheduled", "set", "fixed", "booked",
 * "pencilled in", "called" (a strike or a meeting called for a day), "lined up".
 */
const ARRANGED = String.raw`(?:re-?)?(?:${anyOf([...ARRANGED_PARTICIPLES, 'fixed', 'arranged', 'earmarked', 'called', 'convened'])}|organi[sz]ed|pencill?ed(?:\s+in)?|lined\s+up)`;

/** Adverbs that may stand in the verb group: "has now been provisionally set for". */
const ADVERB = String.raw`(?:(?:now|since|already|just|also|provisionally|tentatively|formally|officially)\s+)?`;

/**
 * The present perfect passive of a verb of arranging, then "for" right before the date (across
 * "the"): "have been pencilled in for", "has now been set for the".
 */
export const ARRANGED_IN_FORCE = new RegExp(
  String.raw`\b(?:has|have|'ve|’ve)\s+${ADVERB}been\s+${ADVERB}${ARRANGED}\s+for\s+(?:the\s+)?$`,
  'iu',
);
