/**
 * An occurrence since a date: "one in five hospitals had faced an attempted attack since 2020",
 * "the trust has suffered a data breach since 2019". The perfect with "since" and an event noun
 * after "a"/"an" tells that such an event came about at least once in the stretch from the date
 * to the time of its clause (Quirk et al. 1985, 4.22 on the indefinite past of the perfect; the
 * "existential" perfect of McCawley 1971): "since" opens that stretch (Quirk 8.57, a start
 * point), and no event of the clause falls on the date. Unlike a state since a date ("has been
 * closed since March": its onset is the date's event, since-state.ts), it is left undated, as a
 * tally is (since-tally.ts).
 */
import { clauseBounds } from './clause.js';
import { namesEvent } from './event-noun.js';
import { matchesOf } from '../text/matches-of.js';

/** "since" right before the date. */
const SINCE_BEFORE = /\bsince\s+$/iu;

/**
 * A perfect ("have", "has", "had", "'ve", an adverb allowed), a participle other than the
 * copula's "been" or possession's "had", then "a"/"an", up to two modifiers and a noun.
 */
const PERFECT_OCCURRENCE =
  /\b(?:have|has|had|'ve|’ve)\s+(?:(?:\p{Ll}+ly|also|not|never|already|ever)\s+)?(?!been\b|had\b)\p{Ll}+\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>\p{Ll}+)\b/gu;

/**
 * True when the date at `start`–`end` of `sentence` follows "since" and, before it in its
 * clause, a perfect tells the occurrence of an event (see the module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function isOccurrenceSince(sentence: string, start: number, end: number): boolean {
  if (!SINCE_BEFORE.test(sentence.slice(0, start))) return false;
  const { from } = clauseBounds(sentence, start, end);
  for (const m of matchesOf(sentence.slice(from, start), PERFECT_OCCURRENCE)) {
    if (namesEvent(m.groups?.noun ?? '')) return true;
  }
  return false;
}
