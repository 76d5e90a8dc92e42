/**
 * The counted noun of "how many N" is a noun: a passage that writes N's stem only as a verb
 * ("none of the faults would stop the line opening" for "how many stops") holds another word,
 * not the things counted. Stemming conflates the two (Porter 1980 strips inflections without
 * regard to part of speech), while a word's lexical category is part of what word it is: the
 * noun "stop" (a place a vehicle halts at) and the verb "stop" are different lexemes that share
 * a form (conversion; Quirk et al. 1985, Appendix I.43), listed apart in WordNet (Fellbaum
 * 1998: nouns and verbs are separate hierarchies). A count is stated with its noun ("nine new
 * stops": Huddleston & Pullum 2002, ch. 5 §7), so the verb use is no evidence for the count.
 *
 * Read only where a verb use is certain from its neighbours, since part-of-speech tagging of
 * short, informal questions and of passages out of context errs often: the counted noun's bare
 * form (its singular, as a bare infinitive is written) right after a modal or a negated "do"
 * ("would stop", "didn't stop", "did not stop"), or after the infinitive's "to" with an object
 * after it ("to stop the work"). Every other use, and every other form, counts as before.
 */
import { DO_FORMS, foldedNegatives, MODALS, NEGATIVE_MODALS } from '../text/auxiliaries.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { stem, stemsTo, tokenize, type Token } from '../text/terms.js';
import { quantifiedNoun } from './plan/answer-type.js';
import type { QueryPlan } from './plan/query-plan.js';

/**
 * Auxiliaries a bare-infinitive verb follows, as the tokenizer folds them: the modals, and
 * "do" negated ("didn't stop"; "did not stop" through {@link NEGATORS}). "Do" alone is as
 * often the main verb with a noun object ("do justice").
 */
const BEFORE_BARE_VERB: ReadonlySet<string> = new Set([
  ...MODALS,
  ...foldedNegatives(NEGATIVE_MODALS),
  ...DO_FORMS.map((form) => `${form}nt`),
  'dont',
]);
/** Negators between an auxiliary and its verb ("would not stop", "did never stop"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never']);
const DO: ReadonlySet<string> = new Set(DO_FORMS);
/** Words that open an object noun phrase after a verb ("to stop the line", "to stop them"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your it them him us all any'.split(' '),
);

/**
 * True when the token at `i` is certainly a verb: the bare form `lemma` (a verb after an
 * auxiliary or "to" is a bare infinitive) after a modal or a negated "do", perhaps with "not"
 * or "never" between, or after "to" with an object after it. A plural after a modal is its
 * inverted subject ("why should Americans be concerned"), not its verb.
 */
function certainlyVerb(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (tokens[i]!.word !== lemma) return false;
  let j = i - 1;
  let negated = false;
  while (j >= 0 && NEGATORS.has(tokens[j]!.word)) {
    negated = true;
    j--;
  }
  const before = tokens[j]?.word ?? '';
  if (BEFORE_BARE_VERB.has(before) || (negated && DO.has(before))) return true;
  return before === 'to' && !negated && OBJECT_OPENERS.has(tokens[i + 1]?.word ?? '');
}

/**
 * A sentence's index terms, as ids (`of`), and the id of a term (`idOf`: undefined for a term
 * no sentence holds): where every sentence's terms are the stems of its non-stop words, as the
 * index makes them (terms.ts `termsOf`; search-index.ts `serializeTexts`).
 */
export interface SentenceTermIds {
  idOf(term: string): number | undefined;
  of(sentence: number): ArrayLike<number>;
}

/**
 * A reader of the plan's concepts a sentence holds only as a verb: for a "how many N"
 * question, the concept of N (its one-term exact alternative, the count's unit) in a sentence
 * whose every word of N's stem is certainly a verb ({@link certainlyVerb}). Undefined when the
 * question counts nothing, so the matcher reads nothing per sentence. `textOf` gives a
 * sentence's text; a call tokenizes one sentence (the matcher calls it once per sentence
 * matched, so the cost is bounded by the candidates scored).
 *
 * With `terms`, a sentence is tokenized only when its terms hold the unit: a verb use is the
 * written word N's bare form, a non-stop word (checked) whose stem is the unit, so a sentence
 * whose terms lack the unit holds none, and the reading is the same without the tokenizing. Most
 * sentences a "how many" question matches hold its other words only (session 54: the
 * tokenizing was the largest cost the slowest bundled question had of its own).
 *
 * @example
 * // "how many stops will the extension have": in "none of the faults would stop the line
 * // opening", the concept "stops" → [its index]; in "nine new stops", undefined.
 */
export function verbOnlyCountedNoun(
  plan: QueryPlan,
  textOf: (sentence: number) => string,
  terms?: SentenceTermIds,
): ((sentence: number) => readonly number[] | undefined) | undefined {
  const unit = plan.answerType?.name === 'number' ? plan.answerType.unit : undefined;
  if (unit === undefined) return undefined;
  const index = plan.concepts.findIndex((concept) =>
    concept.alternatives.some(
      (alternative) =>
        alternative.kind === 'exact' &&
        alternative.terms.length === 1 &&
        alternative.terms[0] === unit,
    ),
  );
  const written = quantifiedNoun(/\bhow many\s+(.*)/isu.exec(plan.question)?.[1] ?? '');
  if (index < 0 || written === undefined) return undefined;
  // The bare form of the counted noun: its regular singular ("stops" → "stop"). A noun whose
  // plural is no other form ("people"; "men" against a verb "man") is not told apart by form.
  const lemma = written.endsWith('s') ? written.slice(0, -1) : undefined;
  if (lemma === undefined || stem(lemma) !== unit) return undefined;
  const concepts = [index];
  // A stop word is no term of a sentence, so a bare form that is one is not told by the terms.
  const filtered = terms !== undefined && !STOP_WORDS.has(lemma);
  const unitId = filtered ? terms.idOf(unit) : undefined;
  if (filtered && unitId === undefined) return undefined;
  return (sentence) => {
    if (filtered && !holds(terms.of(sentence), unitId as number)) return undefined;
    const tokens = tokenize(textOf(sentence));
    let uses = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!stemsTo(tokens[i]!.word, unit)) continue;
      if (!certainlyVerb(tokens, i, lemma)) return undefined;
      uses++;
    }
    return uses > 0 ? concepts : undefined;
  };
}

/** True when `ids` holds `id` (a scan: a sentence has a few dozen terms). */
function holds(ids: ArrayLike<number>, id: number): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}
