/**
 * A hard gate of abstention (abstain.ts): "which banks are lending the buyers money?" asks to
 * identify the banks, and a passage that only counts them ("will borrow £25m from two banks")
 * identifies none: a count answers "how many", not "which". When a leading candidate holds the
 * asked noun right after a count, and no sentence the candidates are read in that holds the
 * noun (a form the engine links to it) names something beyond the question's own words (a
 * capitalised name, as plan/answer-type.ts reads an organisation) or lists its instances after
 * it ("two measures: a curfew and a ban", "three firms, including …"), the reply is a refusal,
 * whatever the classifier's probability.
 *
 * Left alone: a "which" question whose leading candidates do not count the noun ("the bank
 * backing the deal"), which the classifier weighs as before.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusHeadWord } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { isNumberToken, newAnswerTypeScore } from './plan/answer-type.js';
import { SEARCH_OPTIONS } from './options.js';
import { stem, tokenize } from '../text/terms.js';

/** "Which banks …", "what firms …": the question identifies things of a kind by its noun. */
const WHICH = /^\s*(?:which|what)\s/iu;
/** After a counted noun, its instances listed: a colon, a dash, "including", "such as", "namely". */
const LISTED = /^[\s,]*(?::|—|–|-\s|including\b|such as\b|namely\b)/iu;

/**
 * The noun a "which NOUN" question identifies things by (abstain-features.ts `focusHeadWord`:
 * "banks" in "which banks are lending the buyers money?"), folded, or null.
 */
export function identifiedKind(question: string): string | null {
  return WHICH.test(question) ? focusHeadWord(question) : null;
}

/**
 * True when `text` holds the noun (index term `term`) right after a cardinal count ("two banks",
 * "three firms"; not an ordinal, "a sixth term", which identifies) with no list of its
 * instances after it.
 */
export function countsOnly(text: string, term: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((token, i) => {
    const count = tokens[i - 1];
    if (count === undefined || stem(token.word) !== term || !isNumberToken(count.word))
      return false;
    // A cardinal right before the noun: not "a 10% share" (a share), nor "a sixth term" (which).
    if (/\S/u.test(text.slice(count.end, token.start))) return false;
    return !LISTED.test(text.slice(token.end));
  });
}

/**
 * Whether the candidates identify what a "which NOUN" question asks: undefined when it asks
 * none ({@link identifiedKind}) or no leading candidate (the first
 * `SEARCH_OPTIONS.abstain.topPassages`) only counts the noun ({@link countsOnly}); else true when
 * a sentence the candidates are read in (abstain-features.ts `candidateContext`) holds the noun
 * and names something beyond the question's words or lists instances after it. Costs one pass
 * over those sentences' words, and a reading of the text of those holding the noun.
 */
export function identifiedKindHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked } = input;
  const noun = identifiedKind(plan.question);
  if (noun === null) return undefined;
  const term = stem(noun);
  const leading = ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  if (!leading.some((c) => countsOnly(input.textOf(c.sentence), term))) return undefined;
  const forms = conceptForms(plan, term);
  const type = { name: 'organisation' as const, focus: term };
  for (const s of candidateContext(input)) {
    const words = input.wordsOf(s);
    if (!forms.some((phrase) => holdsPhrase(words.stems, phrase))) continue;
    const text = input.textOf(s);
    if (!countsOnly(text, term)) return true;
    if (newAnswerTypeScore(text, type, plan.askedTerms, words, plan.askedDescribing) === 1)
      return true;
  }
  return false;
}
