/**
 * The day of an occasion: "had secured a debate on rural hospital services for 12 February", "has
 * tabled a question for the council meeting on the 27th". A date given with "for" to a debate,
 * hearing, vote …, or with "on" to one that something is for, is the day it is set for, whatever
 * the tense of the verb that arranged it; so is a day given with "on" to the purpose of an act
 * in the present perfect, whatever noun names it ("has hired the hall for a dinner on Saturday").
 */
import { stem } from '../text/terms.js';
import { markerAt } from './tense-markers.js';
import { monthPartWordCount } from './month-part.js';

/**
 * Nouns that name an occasion held on an appointed day: "a debate for 12 February", "the hearing
 * on the appeal for Thursday". A date given to one of them with "for" is the day it is set for.
 *
 * A list, not WordNet's hypernyms: no set of WordNet ancestors takes these and leaves out the
 * nouns whose "for DATE" is a period covered, not an appointed day. Hearing, vote, election,
 * strike, protest and visit reach social_event, gathering or meeting only through group_action
 * (or not at all), and group_action also holds sale, payment, permit, funding, deal and trade
 * ("sales for March"); trial, inquest, inspection, audit, review, briefing, launch and deadline
 * reach none of them in their first three senses (WordNet 3.1, checked 2026-11). Fixtures and
 * ceremonies (final, race, derby, championship, tournament, funeral, auction) are held on
 * appointed days too, as are industrial action and its kin (walkout, stoppage, demonstration,
 * vigil), and timetabled journeys and sittings (flight, sailing, exam); not "budget", whose
 * "for 2019-21" is the period it covers.
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  `debate debates hearing hearings meeting meetings vote votes ballot election referendum session
sessions appointment appointments trial inquest interview visit rally protest march strike summit
talks conference ceremony opening launch deadline date match concert event operation briefing
consultation inspection audit review final game race fixture derby championship tournament
festival parade funeral wedding auction walkout walkouts stoppage stoppages demonstration vigil strikes protests rallies
flight flights sailing sailings exam exams`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True when `word` is an occasion noun ({@link OCCASION_NOUNS}) or its plural in "-s": "finals",
 * "championships". Compared as written, not by stem: "finally" is no "final".
 */
export function isOccasionNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return OCCASION_NOUNS.has(lower) || OCCASION_NOUNS.has(lower.replace(/s$/u, ''));
}

/** Stems of {@link OCCASION_NOUNS}, built when first asked. */
let occasionStems: ReadonlySet<string> | null = null;

/** True when `wordStem`, a stem as terms.ts `stem` gives it ("meet"), is an occasion noun's. */
export function isOccasionStem(wordStem: string): boolean {
  occasionStems ??= new Set([...OCCASION_NOUNS].map(stem));
  return occasionStems.has(wordStem);
}

/** How many words may stand between an occasion noun and the "for" of its date. */
const OCCASION_WINDOW = 6;

/**
 * True when the date after `before` (the words before it) is the day of an occasion: "for" right
 * before the date and, within {@link OCCASION_WINDOW} words before that with no verb or clause
 * break between, an occasion noun ("had secured a Westminster Hall debate on rural hospital
 * services for 12 February", "announced a strike for early March"). The occasion is set for that day, whatever the tense of the verb
 * that arranged it: the date is read as ahead.
 */
export function occasionFor(words: readonly string[]): boolean {
  if (occasionOnDayFor(words)) return true;
  // "a second strike for early March": the part of the month is the date's own.
  const before = words.slice(0, words.length - monthPartWordCount(words));
  if (!/^for$/iu.test(before[before.length - 1] ?? '')) return false;
  for (let i = before.length - 2; i >= Math.max(0, before.length - 2 - OCCASION_WINDOW); i--) {
    const word = (before[i] as string).toLowerCase();
    if (OCCASION_NOUNS.has(word)) return true;
    if (markerAt(before, i) !== null) return false;
  }
  return false;
}

/**
 * True when the date after `before` is given with "on" to an occasion that something named is
 * "for", made in a clause that holds at the time of writing: "has tabled an urgent question for
 * the full council meeting on the 27th". What is made for an occasion, in the present perfect
 * or ahead, awaits it, so the occasion's day is ahead, as with "a debate for 12 February"
 * ({@link occasionFor}). Only when "for" follows a word with no tense of its own (a noun: "a
 * question for", a name: "booked Kelby Methodist Hall for"): after a verb ("voted for the strike
 * on Monday") the day may be the verb's. In
 * the simple past ("tabled a question for the meeting on 3 February") or with no verb before
 * it ("The question for the meeting on 3 February was withdrawn") the occasion may be over.
 */
function occasionOnDayFor(before: readonly string[]): boolean {
  const on = before.length - 1;
  if (!/^on$/iu.test(before[on] ?? '')) return false;
  const noun = before[on - 1] ?? '';
  if (!OCCASION_NOUNS.has(noun.toLowerCase()) && !purposeNoun(before, on - 1)) return false;
  for (let i = on - 2; i >= Math.max(1, on - 2 - OCCASION_WINDOW); i--) {
    if (/^for$/iu.test(before[i] as string)) {
      if (!namesThing(before, i - 1) || markerAt(before, i - 1) !== null) return false;
      return heldNow(before, i - 1);
    }
    if (markerAt(before, i) !== null) return false;
  }
  return false;
}

/**
 * True when the word at `i` of `words` may end a noun phrase, no verb: a lower-case word ("the
 * hall") or, inside the sentence, a capitalised one, a name's last word ("booked Kelby Methodist
 * Hall"), which no verb is.
 */
function namesThing(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  return /^\p{Ll}+$/u.test(word) || (i > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(word));
}

/**
 * True when the word at `i` of `words` may head the noun phrase of a purpose ("has booked the
 * hall for a fundraising dinner on Saturday"): a lower-case word with no tense of its own that
 * is no object pronoun. The present perfect takes no adjunct of a definite past time ("*has
 * booked the hall on Saturday": Huddleston & Pullum 2002, ch. 3, on the perfect), so a day after
 * the purpose of a present-perfect act dates the purpose, whatever noun names it; such a purpose
 * awaits its day, as an occasion does ({@link heldNow} is asked all the same).
 */
function purposeNoun(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  return (
    /^\p{Ll}+$/u.test(word) &&
    !/^(?:him|her|them|us|me|it|you)$/iu.test(word) &&
    markerAt(words, i) === null
  );
}

/** How many words back from an occasion's "for" the verb that made the thing is looked for. */
const MADE_WINDOW = 8;

/**
 * True when the nearest tense marker before `from` in its clause is ahead ("will table a
 * question for") or a present perfect ("has tabled", "have already bought").
 */
export function heldNow(words: readonly string[], from: number): boolean {
  for (let j = from - 1; j >= Math.max(0, from - MADE_WINDOW); j--) {
    const marker = markerAt(words, j);
    if (marker === 'future') return true;
    if (marker === 'past') {
      const auxiliary =
        /ly$/iu.test(words[j - 1] ?? '') || /^(?:already|now|also)$/iu.test(words[j - 1] ?? '')
          ? words[j - 2]
          : words[j - 1];
      return /^(?:has|have|'ve|’ve)$/iu.test(auxiliary ?? '');
    }
    if (marker === 'break') return false;
  }
  return false;
}
