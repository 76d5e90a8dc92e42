/**
 * A reading of the asked-duration gate (abstain-asked-duration.ts): "how long has Maren Holloway
 * been chief executive" asks the length of one state, X's holding of a role, the noun
 * complement of "been". Its eventuality is the holding, so a span answers only where it is said
 * of the role: a passage naming Holloway as chief executive and dating another act ("Chief
 * executive Maren Holloway told Radio Tollbridge that engineers had worked since the storm")
 * says nothing of how long she has held the post. A state up to a time is measured by a span
 * ("for six years"), by its start ("since 2019", "became chief executive in 2021"), or by its
 * end ("until"): the perfect with a span of time asks the period up to the time of reference
 * (Quirk et al. 1985, §4.22, the state leading up to the present; Huddleston & Pullum 2002,
 * ch. 3 §5.3, the continuative perfect), and a role noun after "been" is the subject's role
 * (a subject complement, Quirk et al. 1985, §10.8).
 *
 * A span is said of the role when it stands in the sentence before the role's noun, or after it
 * with no finite verb between (one opens another predicate: "told …", "has said …"; Quirk et al.
 * 1985, §2.13 on the clause as one predicate), or in a sentence that leans on one naming the role
 * ("She has held the post for six years": Halliday & Hasan 1976 on reference).
 *
 * Left alone: a complement that is no person noun ("how long has the bridge been closed", "in
 * power", "running the country"): its state may be told in other words.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptAlternatives } from './abstain-asked-thing.js';
import type { MatchKind } from './plan/query-plan.js';
import { answerTypeScore } from './plan/answer-type.js';
import { NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { PREPOSITION } from '../timeline/preposition.js';
import { DETERMINER } from '../timeline/premodifier.js';
import { YEAR_DIGITS } from '../text/year.js';

/** "How long has/have/had X been Y": X in group 1, Y (the complement) in group 2. */
const HOW_LONG_BEEN = /^\s*how\s+long\s+(?:has|have|had)\s+(.+?)\s+been\s+(.+?)[\s?.!]*$/isu;

/**
 * The head noun of the role a "how long has X been ROLE" question asks the holding of, folded,
 * or null when the question is of no such form: the last word of the complement before a
 * preposition ("the warden of the reserve": warden), after an optional determiner, every word
 * a content word, the last one a noun whose usual reading is a person (usual-noun-files.ts
 * `NOUN_PERSON`, as the said-speaker gate reads a role).
 *
 * @example roleOfSpan('how long had maren holloway been chief executive') // 'executive'
 * @example roleOfSpan('how long has the bridge been closed') // null
 */
export function roleOfSpan(question: string): string | null {
  const match = HOW_LONG_BEEN.exec(question);
  if (match === null || tokenize(match[1]!).length === 0) return null;
  const words: string[] = [];
  for (const [i, token] of tokenize(match[2]!).entries()) {
    if (i === 0 && DETERMINER.test(token.word)) continue;
    if (PREPOSITION.test(token.word)) break;
    if (isStopWord(token)) return null;
    words.push(token.word);
  }
  const head = words.at(-1);
  if (head === undefined || !usualNounFiles(head).includes(NOUN_PERSON)) return null;
  // "How long has she been training": a verb's form is a progressive, no role; one before the
  // head modifies it ("managing director").
  return (lexiconTags(head)?.[0] ?? 'NN').startsWith('VB') ? null : head;
}

/** The kinds of alternative that name the role: its own forms, not WordNet's synonyms. */
const NAMING_KINDS: ReadonlySet<MatchKind> = new Set(['exact', 'derived', 'fuzzy']);

/** Penn tags, first in the lexicon, of a finite verb: one opens another predicate. */
const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * A year in prose (text/year.ts) or "since": a state's start ("since the storm", "became chief
 * executive in 2021").
 */
const START = new RegExp(String.raw`\b(?:since|${YEAR_DIGITS})\b`, 'iu');

/** True when `text` states a span of time, its start or its end ({@link START}). */
function statesSpanOrStart(text: string): boolean {
  return (
    answerTypeScore(text, { name: 'duration' }) === 1 ||
    START.test(text) ||
    /\b(?:until|till)\s+\p{L}/iu.test(text)
  );
}

/**
 * True when sentence text `text` says a span of the role at token offsets `at` (see the top of
 * this file): a span before the first one, or after one up to the first finite verb.
 */
function spanOfRole(text: string, at: readonly number[]): boolean {
  if (at.length === 0) return false;
  if (statesSpanOrStart(text.slice(0, at[0]))) return true;
  const tokens = tokenize(text);
  return at.some((start) => {
    const after = tokens.filter((token) => token.start > start);
    const finite = after.find((token) => FINITE_TAGS.has(lexiconTags(token.word)?.[0] ?? ''));
    return statesSpanOrStart(text.slice(start, finite?.start ?? text.length));
  });
}

/**
 * Whether the candidates say a span of the role a "how long has X been ROLE" question asks
 * ({@link roleOfSpan}): undefined when it asks none; else true when a sentence the candidates are
 * read in (abstain-features.ts `candidateContext`) holds a form of the role's noun
 * ({@link NAMING_KINDS}) with a span said of it ({@link spanOfRole}), or states a span and leans
 * on a sentence holding the noun. Costs one tokenising of each context sentence.
 */
export function roleSpanHeld(input: AbstentionInput): boolean | undefined {
  const head = roleOfSpan(input.plan.question);
  if (head === null) return undefined;
  const forms = new Set(
    conceptAlternatives(input.plan, stem(head))
      .filter((a) => NAMING_KINDS.has(a.kind) && a.terms.length === 1)
      .map((a) => a.terms[0]!),
  );
  forms.add(stem(head));
  const roleAt = (text: string) =>
    tokenize(text)
      .filter((token) => forms.has(stem(token.word)))
      .map((token) => token.start);
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    if (spanOfRole(text, roleAt(text))) return true;
    const antecedent = input.contextOf(s);
    if (
      antecedent !== null &&
      statesSpanOrStart(text) &&
      roleAt(input.textOf(antecedent)).length > 0
    )
      return true;
  }
  return false;
}
