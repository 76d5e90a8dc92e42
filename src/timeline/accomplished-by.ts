/**
 * An accomplishment reported with "by" or "before" a date: "Crews had restored power to most
 * homes by Wednesday evening", "By Sunday, the barrier had been breached", "Residents were
 * evacuated before Saturday". "By" of time means "not later than" (Quirk et al. 1985, 9.40),
 * and with a past or past-perfect verb reporting the act it tells that the act was done no later
 * than the date, on it or before. No one set that date as a deadline: a deadline needs the act
 * still to be done, under a future, a modal or a word of obligation ("must … by", "will … by",
 * "is due by", "was told to finish … by", "had to be paid by"), which deadline.ts reads.
 */
import { boundBefore } from './deadline.js';
import { PLAN_NOUN } from './plan-words.js';
import type { Tense } from './tense.js';
import { governorOf, opensItsClause } from './tense.js';
import { infinitiveAfter, markerAt } from './tense-markers.js';

/**
 * Verbs of volition and direction, whose object or complement is an act wanted, not done (Quirk
 * et al. 1985, 16.32 on mandative complements): "wanted the bridge reopened by Friday",
 * "ordered the site cleared by Tuesday", "demanded payment by Tuesday", "asked for the report by
 * Tuesday", "were supposed to be finished by Tuesday", "invited bids by 3 March". A bound in
 * their clause is the deadline set for that act.
 */
const VOLITION =
  /^(?:wants?|wanted|needs?|needed|asks?|asked|orders?|ordered|demands?|demanded|requests?|requested|requires?|required|instructs?|instructed|urges?|urged|tells?|told|invites?|invited|calls?|called|seeks?|sought|sets?|gives?|gave|given|allows?|allowed|aims?|aimed|hopes?|hoped|supposed|meant|agrees?|agreed|promised|pledged|vowed|undertook)$/iu;

/**
 * What the bound's clause says of its act, read from the verb governing the date (tense.ts finds
 * it: the nearest tense marker before the date in its clause, or the first after a date opening
 * its clause): `wanted` when a verb of volition or direction ({@link VOLITION}: "ordered the site
 * cleared by Tuesday"), a noun of a plan or an aim ({@link PLAN_NOUN}: "approved plans for a new
 * quay by 2030") or an infinitive ("told the trust to finish the repairs by 3 March", "had to
 * restore power by Friday") stands between; `done` when the governing verb is past and none
 * does; null when the date follows no bound (deadline.ts {@link boundBefore}) or no verb governs.
 */
function boundAct(sentence: string, start: number, end: number): 'wanted' | 'done' | null {
  if (!boundBefore(sentence, start, end)) return null;
  const governor = governorOf(sentence, start, end);
  if (governor === null) return null;
  const { words, index } = governor;
  // A date opening its clause takes the verb after it ("By Sunday, the barrier had been
  // breached"): the words up to that verb and the two after it ("had to restore", "wanted to
  // finish"). One after its verb ends the words the verb was found among: its clause, from the
  // last clause break.
  const opening = opensItsClause(sentence, start);
  const from = opening ? 0 : words.findLastIndex((_, i) => markerAt(words, i) === 'break') + 1;
  const to = opening ? Math.min(words.length, index + 3) : words.length;
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (VOLITION.test(word) || PLAN_NOUN.test(word)) return 'wanted';
    if (/^to$/iu.test(word) && infinitiveAfter(words, i)) return 'wanted';
  }
  return markerAt(words, index) === 'past' ? 'done' : null;
}

/**
 * True when the date at `start`–`end` of `sentence` bounds an act the sentence reports as done:
 * "by", "before", "no later than" or "on or before" right before it, its tense (`tense`, tense.ts
 * `tenseOf`) past, and the past verb governing it said of the act itself, with no verb of
 * volition or direction, noun of a plan or infinitive between ({@link boundAct}). Time granted
 * ("was given until March to pay") is a deadline whatever the tense.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 * @param tense the date's tense, as tense.ts reads it
 */
export function accomplishedBy(
  sentence: string,
  start: number,
  end: number,
  tense: Tense,
): boolean {
  return tense === 'past' && boundAct(sentence, start, end) === 'done';
}

/**
 * True when the date at `start`–`end` of `sentence` is a bound set for an act wanted, not done
 * ({@link boundAct}): "asked for a full report by the end of July", "requested a reply by 3
 * March", "ordered the site cleared by Tuesday". The act is due after the wanting (Quirk et al.
 * 1985, 16.32 on mandative complements, §16.63 on the infinitive after a directive), so a past of
 * the wanting says nothing of which side of the time of writing the bound lies (resolve.ts then
 * reads the nearer date).
 */
export function boundOfWantedAct(sentence: string, start: number, end: number): boolean {
  return boundAct(sentence, start, end) === 'wanted';
}
