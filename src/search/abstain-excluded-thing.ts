/**
 * A hard gate of abstention (abstain.ts): a value answers for the thing a question asks the
 * amount of only if the passage does not set that thing apart from it in the same clause. "How
 * much did the helicopter cost" is not answered by "the cost of its response at £310,000, not
 * counting the helicopter": the sentence says the figure is not the helicopter's, however much
 * of the question it shares. When a leading candidate of a quantity question (a count or an
 * amount: plan/answer-type.ts `number`) gives a value of the asked kind and holds one of the
 * question's words only inside an exclusion ("not counting X", "excluding X", "apart from X",
 * "except X", "other than X", ", without X"), and no candidate holds that word outside one with
 * a value of the asked kind, the reply is a refusal, whatever the classifier's probability.
 *
 * Left alone: a question that itself excludes something ("how many homes apart from those in
 * Ashby"), and any question none of whose words a candidate excludes.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, newTypeScoreOf } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';
import type { QueryPlan } from './plan/query-plan.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * Phrases that set the noun phrase after them apart from the amount or group beside them
 * (the exceptive and subtractive prepositions of English grammars: "except", "excluding",
 * "apart from", "other than"…). "Without" only after a comma: set off, it qualifies the
 * figure before it ("£310,000, without the helicopter"); bound, it describes its noun ("homes
 * without power").
 */
const EXCLUSION =
  /\b(?:not\s+counting|not\s+including|excluding|exclusive\s+of|apart\s+from|aside\s+from|except(?:\s+for)?|other\s+than|leaving\s+out)\s+|,\s*without\s+/giu;

/**
 * Words the excluded noun phrase may hold besides its content words ("the cost of the
 * helicopter", "its own crews"); any other function word or a punctuation mark ends it.
 */
const PHRASE_FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'of',
  'own',
]);

/** Most words an excluded noun phrase is read for: the exclusion binds the phrase next to it. */
const EXCLUDED_WORDS = 6;

/**
 * {@link EXCLUSION} for a test: a global pattern's `test` leaves a `lastIndex` that `matchAll`
 * starts from (ECMA-262, RegExp.prototype[@@matchAll]), so {@link excludedSpans} would skip an
 * exclusion standing before where the question's ended.
 */
const ANY_EXCLUSION = new RegExp(EXCLUSION.source, 'iu');

/** True when `text` (a question) excludes something itself: then an exclusion may answer it. */
export function excludesItself(text: string): boolean {
  return ANY_EXCLUSION.test(text);
}

/**
 * The [start, end) offsets of the noun phrases `text` sets apart by an exclusion
 * ({@link EXCLUSION}): each runs from the exclusion to the first punctuation mark, function
 * word not of a noun phrase ({@link PHRASE_FUNCTION_WORDS}) or past form after its first
 * content word, at most {@link EXCLUDED_WORDS} words.
 *
 * @example excludedSpans('£310,000, not counting the helicopter, which…') // [[21, 36]]
 */
export function excludedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of matchesOf(text, EXCLUSION)) {
    const from = match.index + match[0].length;
    let end = from;
    let read = 0;
    let content = 0;
    for (const token of tokenize(text.slice(from))) {
      const between = text.slice(end, from + token.start);
      if (/[^\s'’-]/u.test(between) || read === EXCLUDED_WORDS) break;
      if (isStopWord(token) && !PHRASE_FUNCTION_WORDS.has(token.word)) break;
      // A past form after the phrase's first word is the clause's verb ("apart from the B6271
      // reopened"), not the phrase's: a participle modifying the noun stands before it.
      if (content > 0 && /ed$/.test(token.word)) break;
      if (!isStopWord(token)) content++;
      end = from + token.end;
      read++;
    }
    if (end > from) spans.push([from, end]);
  }
  return spans;
}

/**
 * The question's own words (`plan.askedTerms`) that `text` (a passage) holds only inside an
 * exclusion ({@link excludedSpans}): the passage's value is said not to be theirs. Empty when
 * it excludes none. Costs one reading of the text's words.
 */
export function excludedAskedTerms(plan: QueryPlan, text: string): Set<string> {
  const excluded = new Set<string>();
  const spans = excludedSpans(text);
  if (spans.length === 0) return excluded;
  const named = new Set<string>();
  for (const token of tokenize(text)) {
    const term = stem(token.word);
    if (!plan.askedTerms.has(term)) continue;
    const inside = spans.some(([start, end]) => token.start >= start && token.end <= end);
    (inside ? excluded : named).add(term);
  }
  for (const term of named) excluded.delete(term);
  return excluded;
}

/**
 * Whether the candidates hold a value for the thing a quantity question asks the amount of,
 * when a leading one (the first `SEARCH_OPTIONS.abstain.topPassages`) gives a value of the asked
 * kind (plan/answer-type.ts `newAnswerTypeScore` 1) that excludes one of its words: undefined
 * when the question asks for no count or amount, excludes something itself, or no leading
 * candidate does so; else true when a sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds an excluded word outside any exclusion
 * together with a value of the asked kind ("the helicopter cost £40,000"). Costs a reading of
 * the leading candidates, and one pass over the others' words.
 */
export function excludedThingHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  if (type?.name !== 'number' || excludesItself(plan.question)) return undefined;
  const holdsValue = (s: number) => newTypeScoreOf(input, s, type) === 1;
  const excluded = new Set<string>();
  for (const { sentence } of input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages)) {
    const terms = excludedAskedTerms(plan, input.textOf(sentence));
    if (terms.size > 0 && holdsValue(sentence)) for (const term of terms) excluded.add(term);
  }
  if (excluded.size === 0) return undefined;
  return [...candidateContext(input)].some((s) => {
    const text = input.textOf(s);
    const words = input.wordsOf(s);
    if (!words.stems.some((term) => excluded.has(term))) return false;
    const own = excludedAskedTerms(plan, text);
    if (words.stems.every((term) => !excluded.has(term) || own.has(term))) return false;
    return holdsValue(s);
  });
}
