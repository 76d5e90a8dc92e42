/**
 * A date in an -ing participle clause after a noun, under a verb in the present perfect:
 * "Forecasters have issued a yellow warning for thunderstorms covering Midshire on Saturday". The
 * participle clause is a postmodifier of "warning" ("a warning [that covers] Midshire on
 * Saturday"), non-finite, so it carries no tense of its own: its time is that of its finite verb's
 * reference time (Quirk et al. 1985, 17.19 on -ing participle postmodifiers, read as the
 * progressive of that verb's time). The present perfect puts that reference time at the time of
 * writing (Reichenbach 1947: E before R, R = S), so "covering" reads as "covers", a present, which
 * tells neither side of the time of writing (tense.ts: "The board meets on Thursday"). The past
 * the perfect gives the issuing is not the Saturday's. Under a simple past ("arrested a man
 * carrying a knife on Saturday") the reference time is past and so is the participle's, as read
 * already; under a future, ahead.
 */
import { clauseBounds } from './clause.js';
import { taggedWords, type TaggedWord } from './wink.js';

/** Tags of the words the participle's object and phrases hold before the date ("Midshire on"). */
const PHRASE = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART', 'PRON']);

/** The perfect's auxiliary: "have", "has", "'ve" (not "had", whose reference time is past). */
const PERFECT = /^(?:have|has|['’]ve)$/iu;

/** Most words between the participle and the date: its object and a phrase or two. */
const MAX_PHRASE_WORDS = 8;

/** True for a participle in -ing tagged as a verb, right after the noun it modifies. */
function ingAfterNoun(words: readonly TaggedWord[], i: number): boolean {
  const word = words[i]!;
  const noun = words[i - 1];
  return (
    word.tag === 'VERB' &&
    /ing$/iu.test(word.value) &&
    (noun?.tag === 'NOUN' || noun?.tag === 'PROPN')
  );
}

/**
 * True when the date at `start`–`end` of `sentence` is an adjunct of an -ing participle that
 * postmodifies a noun, and the finite verb before that noun in the date's clause is a present
 * perfect ("have issued … a warning covering Midshire on Saturday"): the sentence then does not
 * say on which side of the time of writing the date lies.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function presentPerfectIngPostmodifier(
  sentence: string,
  start: number,
  end: number,
): boolean {
  const { from } = clauseBounds(sentence, start, end);
  const before = sentence.slice(from, start);
  // Most dates are ruled out on the words alone, before their sentence is tagged.
  if (!/\b(?:have|has)\b|['’]ve\b/iu.test(before) || !/ing\b/iu.test(before)) return false;
  const words = taggedWords(sentence).filter((w) => w.start >= from && w.end <= start);
  let p = words.length - 1;
  while (p >= 0 && words.length - 1 - p <= MAX_PHRASE_WORDS && !ingAfterNoun(words, p)) {
    if (!PHRASE.has(words[p]!.tag)) return false;
    p--;
  }
  if (p < 1 || words.length - 1 - p > MAX_PHRASE_WORDS) return false;
  // The finite verb group governing the noun phrase: the nearest verb before the participle.
  let v = p - 2;
  while (v >= 0 && words[v]!.tag !== 'VERB' && words[v]!.tag !== 'AUX') v--;
  if (v < 1 || words[v]!.tag !== 'VERB') return false;
  let aux = v - 1;
  while (aux >= 0 && words[aux]!.tag === 'ADV') aux--;
  return aux >= 0 && PERFECT.test(words[aux]!.value);
}
