/**
 * Possibilities and conditions: "the council could reopen the consultation in February", "talks
 * may resume in February", "If the vote fails in February, …". The sentence tells no event on the
 * date, only one that may come, or one it supposes. The timeline lists such a date only as
 * expected, when it lies after publication (as a plan is listed: README, Timeline), and leaves it
 * undated otherwise: a possibility whose date has passed by publication either did not come to
 * pass or is a past ability ("residents could see the smoke in February"), which the words do not
 * tell apart, and a supposed past ("if the council approved it in March") is no report of one.
 */
import { modifiesNoun, opensItsClause } from './tense.js';
import { markerAt, wordMarker } from './tense-markers.js';

/**
 * Modals of possibility (Quirk et al. 1985, 4.49–4.60: "may", "might" and "could" of
 * possibility). "may" only in lower case: "May" is the month or a name. "can" is left out: it
 * states a present ability or permission ("residents can apply until 3 March"), not a doubt.
 */
const POSSIBILITY_MODAL = /^(?:could|couldn[’']t|may|might|mightn[’']t)$/u;

/**
 * Words that open a condition ("if the vote fails"), and those before "if" that make it none.
 * Not "provided": as often the participle ("provided for by the act of 1845") as a condition.
 */
const CONDITION = /^(?:if|unless)$/iu;
const NOT_CONDITION_BEFORE = /^(?:as)$/iu;

/** What a date is said under: see {@link possibilityOf}. */
export type Possibility = 'condition' | 'reduced-condition' | 'could' | 'may' | 'perfect' | null;

/** The kind of a modal of possibility at `i` of `words`. */
function modalKind(words: readonly string[], i: number): Possibility {
  if (/^have$/iu.test(words[i + 1] ?? '')) return 'perfect';
  return /^could/u.test(words[i] as string) ? 'could' : 'may';
}

/** How far from a date its modal or condition is looked for, in words of its clause. */
const WINDOW = 12;

/** Words of a clause segment: a comma, semicolon, colon, dash or bracket ends the segment. */
function segmentWords(text: string): string[] {
  return text.match(/[\p{L}'’]+/gu) ?? [];
}

/**
 * What the date at `start`–`end` of `sentence` is said under: `'condition'` when it lies in a
 * clause opened by "if", "unless", "provided" and the like (up to a comma or a break of clause
 * before it: "If the vote fails in February, …"), `'could'` or `'may'` when a modal of possibility
 * governs it (the nearest before it in its clause with no tense marker between, or, for a date
 * opening its clause, the first after it: "In February, the council could …"), null otherwise.
 * `'perfect'` for such a modal before "have" ("might have approved it in February": a possible
 * past, whose tense modal-perfect.ts reads); `'reduced-condition'` for a condition whose verb is
 * a participle with no tense of its own ("if approved in February", "unless delayed").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function possibilityOf(sentence: string, start: number, end: number): Possibility {
  const lead = sentence.slice(0, start);
  // "may amend the act of March 3, 1819", "could revive the 2019 survey": a date naming a thing
  // dates the thing, not the act that may befall it.
  if (/\bof\s+(?:the\s+)?$/iu.test(lead) || /['’]s$/u.test(sentence.slice(start, end))) return null;
  if (modifiesNoun(sentence, start, end)) return null;
  const segment = lead.slice(
    Math.max(...[',', ';', ':', '—', '(', ')'].map((c) => lead.lastIndexOf(c))) + 1,
  );
  const before = segmentWords(segment).slice(-WINDOW);
  let governed = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as string;
    const marker = markerAt(before, i);
    if (marker === 'break') break;
    if (CONDITION.test(word) && !NOT_CONDITION_BEFORE.test(before[i - 1] ?? ''))
      return wordMarker(before[i + 1] ?? '') === 'past' ? 'reduced-condition' : 'condition';
    // A tense marker nearer the date governs it; a condition further back still frames it.
    if (marker !== null) governed = true;
    // "might have approved": the participle after "have" governs, under the modal.
    if (POSSIBILITY_MODAL.test(word) && (!governed || /^have$/iu.test(before[i + 1] ?? '')))
      return modalKind(before, i);
  }
  if (governed || !opensItsClause(sentence, start)) return null;
  // "In February, the council could …": up to the next comma after the one closing the date.
  const after = segmentWords(
    sentence
      .slice(end)
      .replace(/^[\s,]+/u, '')
      .split(/[,;:—()]/u)[0] ?? '',
  );
  for (let i = 0; i < Math.min(after.length, WINDOW); i++) {
    const word = after[i] as string;
    if (POSSIBILITY_MODAL.test(word)) return modalKind(after, i);
    if (wordMarker(word) !== null) return null;
  }
  return null;
}

/**
 * The tense a possibility leaves to its date, given the `tense` the other rules read: "may" and
 * "might" look ahead ("talks may resume in February, officials said": ahead, whatever the saying
 * verb after it); "could" says neither side (a possibility ahead, or an ability in the past), nor
 * does a participle after a condition ("if approved in February"); a condition keeps the tense of
 * its own verb ("if the vote fails in February"), a modal perfect its own reading.
 */
export function tenseUnder(
  possibility: Possibility,
  tense: 'future' | 'past' | null,
): 'future' | 'past' | null {
  if (possibility === 'may') return 'future';
  if (possibility === 'could') return null;
  if (possibility === 'reduced-condition' && tense === 'past') return null;
  return tense;
}
