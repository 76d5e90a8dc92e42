/**
 * The evidence abstention weighs (abstain.ts): question-level numbers read off the ranked
 * candidates. Unanswerable questions people ask are on topic and in the topic's words; what
 * gives them away is the detail they ask for ("what percentage of the vote", "the husband's
 * name", "how many days") missing from the best passages, the answer type asked for absent
 * from them, no passage standing out from the rest, or the question's words found only spread
 * over several passages. Each feature below measures one of these.
 */
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { isPossessive } from '../text/possessive.js';
import type { Sentence } from '../corpus/types.js';
import type { AbstentionFeatures } from './abstain-model.js';
import type { QuestionMatcher, ScoredConcept } from './match.js';
import { SEARCH_OPTIONS } from './options.js';
import type { QueryPlan } from './plan/query-plan.js';
import type { RankedSentence } from './select/select.js';
import { askedAnswerType, newAnswerTypeScore, type AnswerType } from './plan/answer-type.js';
import { withoutAskedWords, type PassageWords } from './plan/asked-words.js';
import { askedDimension, asksSumByVerb, holdsDimension, type Dimension } from './plan/quantity.js';
import { speakerStems } from './plan/speaker.js';
import { headAnswered } from './abstain-head-answered.js';
import { asksWordsAbout, typeAskedOf } from './abstain-said-about.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { escapeRegExp } from '../text/escape.js';
import { keptPattern } from '../text/kept-pattern.js';

/** What the abstention features read: one question's ranking (search-index.ts, stages 1–4). */
export interface AbstentionInput {
  plan: QueryPlan;
  /** Candidates, best first. */
  ranked: readonly RankedSentence[];
  /** The question's concepts with their rarity weights, in question order. */
  concepts: readonly ScoredConcept[];
  matcher: QuestionMatcher;
  sentences: readonly Sentence[];
  /** Share of the question's weight carried by words the coverage never uses. */
  unknownShare: number;
  /** A sentence's text. */
  textOf(sentence: number): string;
  /** A sentence's words (plan/asked-words.ts), kept by the index: read once per sentence. */
  wordsOf(sentence: number): PassageWords;
  /** The sentence a sentence leans on (its subject's antecedent), or null. */
  contextOf(sentence: number): number | null;
  /**
   * implicit-object.ts `leavesObjectImplicit` of a sentence, as the index saved it at build;
   * absent, read from its text (which reads WordNet).
   */
  objectImplicitAt?(sentence: number): boolean;
  /** The index terms of an article's metadata: title, outlet, author, publication date. */
  metadataTermsOf(article: number): ReadonlySet<string>;
  /**
   * The index terms of an article's headline alone (its stated title, or the heading cleaning
   * read as its headline); absent, none.
   */
  headlineTermsOf?(article: number): ReadonlySet<string>;
  /** True when an index term is everyday English (the index's common words). */
  isCommon(term: string): boolean;
  /**
   * The corpus terms WordNet derives from an index term (a derived form or a pertainym:
   * "polish" → "poland"; the index's table, synonyms.ts `buildDerivedTable`); absent, none.
   */
  derivedOf?(term: string): readonly string[];
  /** True when the coverage writes an index term in lower case somewhere ("prime", not "Portuguese"). */
  writtenInLowerCase(term: string): boolean;
  /** True when the coverage holds an index term anywhere. */
  hasTerm(term: string): boolean;
  /**
   * True when a word as written (lower case) is a dictionary word the coverage lacks, or a
   * regular inflection of one (dictionary-words.ts): a word, not a typo.
   */
  isDictionaryWord(word: string): boolean;
}

/** Words that open a question whose next noun phrase names what is asked for ("whats": chat spelling). */
const FOCUS_OPENERS = new Set(['what', 'which', 'whose', 'whats']);
/**
 * Nouns that only say a name or a kind is asked for ("the name of the port director", "what
 * kinds of sites"): the focus is the noun phrase after their "of".
 */
const FRAME_NOUNS = new Set(['name', 'names', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types']);
/** {@link FRAME_NOUNS}, read by the gates that read a focus noun of their own. */
export { FRAME_NOUNS };
/**
 * Words between the wh-word and its noun phrase ("what is the name", "how many of the"), and
 * "other", a postdeterminer (Quirk et al. 1985, §5.20), which stands between a determiner and
 * the noun's modifiers and names no kind ("the names of the other two bidders": bidders).
 */
const FOCUS_SKIPPED = new Set([
  'other',
  'is',
  'was',
  'are',
  'were',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'of',
]);

/** A word of a question's focus phrase: its stem, and whether it names an owner ("Holt's"). */
interface FocusWord {
  /** The word as folded (tokenize), and its stem. */
  word: string;
  stem: string;
  possessor: boolean;
}

/**
 * The question's focus phrase: the noun phrase right after its wh-word, up to the first
 * function word, which names the kind of thing asked for. Empty when the wh-word is followed
 * by a verb ("what did…", "who signed…"). See {@link focusStems}, {@link focusHead}.
 */
function focusPhrase(question: string): readonly FocusWord[] {
  if (lastFocus?.question !== question) lastFocus = { question, phrase: readFocusPhrase(question) };
  return lastFocus.phrase;
}

/**
 * The last question's {@link focusPhrase}: a question's features and gates ask for it again
 * and again (per passage weighed, and per gate), each read tokenising the question anew.
 */
let lastFocus: { question: string; phrase: readonly FocusWord[] } | undefined;

function readFocusPhrase(question: string): FocusWord[] {
  const tokens = tokenize(question);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    const opens =
      FOCUS_OPENERS.has(word) ||
      (word === 'how' && /^(?:many|much)$/.test(tokens[i + 1]?.word ?? ''));
    if (!opens) continue;
    let j = word === 'how' ? i + 2 : i + 1;
    while (j < tokens.length && FOCUS_SKIPPED.has(tokens[j]?.word ?? '')) j++;
    // "the name of the head of X": a name is what every person or body has; the head is asked.
    if (FRAME_NOUNS.has(tokens[j]?.word ?? '') && tokens[j + 1]?.word === 'of') {
      j += 2;
      while (j < tokens.length && FOCUS_SKIPPED.has(tokens[j]?.word ?? '')) j++;
    }
    const phrase: FocusWord[] = [];
    for (; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (isStopWord(token) || QUESTION_WORDS.has(token.word)) break;
      const possessor = isPossessive(question, token);
      phrase.push({ word: token.word, stem: stem(token.word), possessor });
    }
    return phrase;
  }
  return [];
}

/**
 * The stems of the question's focus ({@link focusPhrase}), its first `maxFocusWords`: "what
 * percentage of the vote" → percentage; "which Belarusian interior minister" → belarusian,
 * interior, minister; "the name of the port director" → port, director (a name is what is
 * asked of anyone). The standard cue of question classification (Li & Roth, "Learning
 * Question Classifiers", COLING 2002).
 */
export function focusStems(question: string): Set<string> {
  const phrase = focusPhrase(question).slice(0, SEARCH_OPTIONS.abstain.maxFocusWords);
  return new Set(phrase.map((word) => word.stem));
}

/**
 * The stem of the focus phrase's head, its last word (an English noun phrase ends in its
 * head): "what was Holt's salary" → salari, "which bank did she use" → bank, "what corporate
 * tax rate" → rate. A phrase that is only an owner ("whose", "what was Holt's") has none
 * (null), nor has a question without a focus. The head is what the question asks about; the
 * owner and the modifiers are its topic, which passages that do not answer share too.
 */
export function focusHead(question: string): string | null {
  return headOf(question)?.stem ?? null;
}

/** The head of the focus as the question writes it, folded ("temperature"), or null ({@link focusHead}). */
export function focusHeadWord(question: string): string | null {
  return headOf(question)?.word ?? null;
}

/**
 * The words of the focus phrase before its head, folded ("what was the PM2.5 level" → pm25;
 * "what was the van's colour" → van): its modifiers and owner, which say whose the head's
 * value is. Empty when the phrase has no head ({@link focusHead}) or no word before it.
 */
export function focusModifierWords(question: string): string[] {
  const phrase = focusPhrase(question);
  const head = headOf(question);
  if (head === null) return [];
  return phrase.slice(0, phrase.indexOf(head)).map((word) => word.word);
}

function headOf(question: string): FocusWord | null {
  const phrase = focusPhrase(question);
  const last = phrase.at(-1);
  if (last === undefined) return null;
  // "Tsikhanouskaya's husband's name": the name of the owner is asked, so the owner is the head.
  const owner = phrase.at(-2);
  if (FRAME_NOUNS.has(last.word) && owner?.possessor === true) return owner;
  return last.possessor ? null : last;
}

/**
 * 1 when the question names something (a capitalised word, not opening it) the coverage never
 * mentions: it is about someone or something the coverage does not report on.
 */
export function unknownName(plan: QueryPlan, concepts: readonly ScoredConcept[]): number {
  return plan.concepts.some((concept, c) => concept.name && concepts[c]?.alternatives.length === 0)
    ? 1
    : 0;
}

/**
 * 1 when the question asks for a quantity in a named dimension (money, a share, a length, a
 * weight: plan/quantity.ts) and the passage (the sentence with the one it leans on) holds no
 * number in it beyond the question's own words: "what percentage of the vote did he get" met
 * by "his sixth term", "how tall are the gates" by "all eleven gates".
 */
export function dimensionMissing(input: AbstentionInput, sentence: number): number {
  const dimension = questionDimension(input.plan);
  return dimension === null || holdsDimensionAt(input, sentence, dimension) ? 0 : 1;
}

/**
 * The dimension of the quantity a question asks for (plan/quantity.ts), or null. A question of
 * no type asks for a quantity only when the head of its focus names one ("what is the firm's
 * annual revenue"); elsewhere a quantity word is its topic ("what were the goals of the
 * budget", "did he get paid").
 */
function questionDimension(plan: QueryPlan): Dimension | null {
  // A speaker's words on a topic are asked, not a quantity its words name (abstain-said-about.ts).
  if (asksWordsAbout(plan.question)) return null;
  const head = plan.answerType === null ? headOf(plan.question) : null;
  if (plan.answerType === null && head === null && asksSumByVerb(plan.question)) return 'money';
  if (plan.answerType?.name !== 'number' && head === null) return null;
  return askedDimension(head?.word ?? plan.question);
}

/**
 * True when `word` is what makes the question ask for `dimension`: without it, the question
 * asks for none, or another ("money" in "how much money did they raise", "cost" in "what was
 * the canal's cost"; not "vote" in "what percentage of the vote").
 */
function asksDimension(plan: QueryPlan, word: string, dimension: Dimension): boolean {
  if (plan.answerType === null) return askedDimension(word) === dimension;
  const escaped = escapeRegExp(word);
  const without = plan.question.replace(keptPattern(`\\b${escaped}\\b`, 'giu'), ' ');
  return askedDimension(without) !== dimension;
}

/** True when the passage (the sentence with the one it leans on) holds a number in `dimension` beyond the question's words. */
function holdsDimensionAt(input: AbstentionInput, sentence: number, dimension: Dimension): boolean {
  const context = input.contextOf(sentence);
  return [context, sentence].some(
    (s) =>
      s !== null &&
      holdsDimension(
        withoutAskedWords(
          input.textOf(s),
          input.plan.askedTerms,
          input.wordsOf(s),
          input.plan.askedDescribing,
        ),
        dimension,
      ),
  );
}

/**
 * The texts of a passage as {@link conceptsFound} reads it: its sentence and its neighbours
 * ({@link neighbourhood}), and the one it leans on.
 */
function passageTexts(input: AbstentionInput, sentence: number): string[] {
  const context = input.contextOf(sentence);
  const read = new Set(neighbourhood(input.sentences, sentence));
  if (context !== null) read.add(context);
  return [...read].map((s) => input.textOf(s));
}

/**
 * How well the passage (the sentence with the one it leans on) holds the answer type the
 * question asks for ({@link askedAnswerType}), beyond the question's own words: 1 when it does,
 * 0 when nothing of the kind is there ("when did the fire break out" met by a sentence with no
 * date or time, "who closed the terminal" by one naming no one beyond the question's own
 * names), in between for weaker evidence (see answerTypeScore); 1 when no type is asked.
 */
function typeHeld(input: AbstentionInput, sentence: number): number {
  const { plan } = input;
  const type = askedAnswerType(plan.question, typeAskedOf(plan.question, plan.answerType));
  if (type === null) return 1;
  const context = input.contextOf(sentence);
  let held = 0;
  for (const s of [context, sentence])
    if (s !== null) held = Math.max(held, newTypeScoreOf(input, s, type));
  return held;
}

/**
 * How well sentence `s` alone holds an answer of `type` beyond the question's own words
 * (plan/answer-type.ts `newAnswerTypeScore`, with the words the index keeps), 0–1.
 */
export function newTypeScoreOf(input: AbstentionInput, s: number, type: AnswerType): number {
  const { plan } = input;
  return newAnswerTypeScore(
    input.textOf(s),
    type,
    plan.askedTerms,
    input.wordsOf(s),
    plan.askedDescribing,
  );
}

/** The sentence and its neighbours in its article's body: the context a passage is read in. */
export function neighbourhood(sentences: readonly Sentence[], sentence: number): number[] {
  return [sentence - 1, sentence, sentence + 1].filter(
    (n) => n === sentence || sameBody(sentences, sentence, n),
  );
}

/** True when sentence `n` is a body sentence of sentence `s`'s article. */
function sameBody(sentences: readonly Sentence[], s: number, n: number): boolean {
  return sentences[n]?.article === sentences[s]?.article && sentences[n]?.kind === 'body';
}

/** {@link candidateContext} of each input read, made once: every gate of abstention reads it. */
const contexts = new WeakMap<AbstentionInput, readonly number[]>();

/**
 * The sentences the ranking's candidates are read in, best candidate first, each once: every
 * candidate's {@link neighbourhood} and the sentence it leans on (its subject's antecedent).
 * A gate of abstention reads them all, not only the passages shown: the one that holds what is
 * asked may name no one the question names, and rank below those that do. Made once per input
 * and kept with it (eleven gates read it; made again for each, it was 5% of the CPU profile of
 * a bundled "how many" question): an input is one question's ranking, which does not change.
 */
export function candidateContext(input: AbstentionInput): readonly number[] {
  let known = contexts.get(input);
  if (known === undefined) {
    // A set keeps the order of first insertion: the sentences in the order first read.
    const read = new Set<number>();
    const { sentences } = input;
    for (const { sentence: s } of input.ranked) {
      // Its neighbourhood(), with no array made per candidate.
      if (sameBody(sentences, s, s - 1)) read.add(s - 1);
      read.add(s);
      if (sameBody(sentences, s, s + 1)) read.add(s + 1);
      const context = input.contextOf(s);
      if (context !== null) read.add(context);
    }
    contexts.set(input, (known = [...read]));
  }
  return known;
}

/**
 * The indices of the question's concepts (its plan's order) other than the one whose own word
 * is `term` (an index term; all of them when `term` is null or no concept's): what the word
 * `term` names is said of ("Portmere", "dockers" for "earn" in "how much do Portmere dockers
 * earn").
 */
export function conceptsBesides(plan: QueryPlan, term: string | null): number[] {
  const besides: number[] = [];
  plan.concepts.forEach((concept, c) => {
    if (term === null || !concept.alternatives[0]?.terms.includes(term)) besides.push(c);
  });
  return besides;
}

/**
 * True when sentence `s` (null: none) holds one of the question's concepts `concepts` (indices)
 * in its own words or a form derived from them (a match factor of at least a derived form's,
 * `SEARCH_OPTIONS.plan.matchFactor.derived`): a synonym ("take" for "get") names another thing
 * as often as the same one.
 */
export function holdsOwnConcept(
  input: AbstentionInput,
  s: number | null,
  concepts: readonly number[],
): boolean {
  if (s === null) return false;
  const { derived } = SEARCH_OPTIONS.plan.matchFactor;
  const { matched } = input.matcher.sentence(s);
  return concepts.some((c) => (matched[c] ?? 0) >= derived);
}

/** Per concept, its best match factor (0–1) in any of the sentences. */
function bestMatches(matcher: QuestionMatcher, concepts: number, sentences: readonly number[]) {
  const best = new Array<number>(concepts).fill(0);
  for (const s of sentences) {
    const matched = matcher.sentence(s).matched;
    for (let c = 0; c < concepts; c++) best[c] = Math.max(best[c]!, matched[c] ?? 0);
  }
  return best;
}

/**
 * Per concept of the question (its plan's order), how well the passage holds it, 0–1: its best
 * match factor in the sentence and its neighbours ({@link neighbourhood}), or 1 when the
 * passage's article carries all its words in its metadata (title, outlet, author, date): "what
 * did Wilson say in 1913" is answered by a passage of the 1913 address whose title names Wilson.
 */
export function conceptsFound(input: AbstentionInput, sentence: number): number[] {
  const { concepts, matcher, sentences, plan } = input;
  const found = bestMatches(matcher, concepts.length, neighbourhood(sentences, sentence));
  const metadata = input.metadataTermsOf(sentences[sentence]?.article ?? -1);
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length > 0 && own.every((term) => metadata.has(term))) found[c] = 1;
  });
  return found;
}

/** The share of the question's concepts a passage lacks, 0–1 ({@link conceptsFound} per concept; 0 with none). */
export function shareLacking(found: readonly number[]): number {
  return found.length > 0 ? found.reduce((sum, f) => sum + (1 - f), 0) / found.length : 0;
}

/** What {@link widestCoverage} reads of a ranking (search-index.ts `Ranking`). */
export interface CoverageInput {
  plan: QueryPlan;
  ranked: readonly RankedSentence[];
  select: { matcher: QuestionMatcher; contextOf: (sentence: number) => number | null };
}

/**
 * The concepts of a question (indices of `plan.concepts`) that are a light verb as the
 * question writes it ("make" in "how do I make sourdough bread?"; text/light-verbs.ts): a verb
 * whose content is in its object, so that sharing it says nothing of what a passage is about.
 * None when the question asks of nothing else ("what did they make?"): the verb is then all it
 * names.
 */
export function lightVerbConcepts(plan: QueryPlan): Set<number> {
  const light = new Set<number>();
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length === 1 && LIGHT_VERB_TERMS.has(own[0]!)) light.add(c);
  });
  return light.size < plan.concepts.length ? light : new Set();
}

/** The index terms of a question's light verbs ({@link lightVerbConcepts}). */
export function lightVerbTerms(plan: QueryPlan): Set<string> {
  return new Set(
    [...lightVerbConcepts(plan)].flatMap((c) => plan.concepts[c]?.alternatives[0]?.terms ?? []),
  );
}

/**
 * The most of the question any candidate covers (with the sentence it leans on), 0–1: what
 * "nothing in the coverage is about this" is judged on, not the classifier's best passage. A
 * light verb of the question ({@link lightVerbConcepts}) counts as unmatched, its weight kept
 * in the question's: a passage sharing only "make" with "how do I make sourdough bread?" is
 * about nothing it asks.
 */
export function widestCoverage(ranking: CoverageInput): number {
  const { ranked, select } = ranking;
  const light = lightVerbConcepts(ranking.plan);
  let widest = 0;
  for (const { features, sentence } of ranked) {
    if (light.size === 0) {
      widest = Math.max(widest, features.coverage, features.contextCoverage);
      continue;
    }
    const first = select.contextOf(sentence) ?? sentence;
    widest = Math.max(
      widest,
      select.matcher.spanCoverage(sentence, sentence, light),
      select.matcher.spanCoverage(first, sentence, light),
    );
  }
  return widest;
}

/**
 * The abstention features of each passage an answer may show: the first
 * `SEARCH_OPTIONS.abstain.passagesWeighed` candidates, best first, each read as the one that
 * answers ({@link abstentionFeatures} at its rank). One entry (all 0 but the question's own
 * evidence) when no candidate matched anything. The question is answered when one of them is
 * (abstain.ts): the passage that answers is often not the ranking's first ("how much money is
 * the council giving" put "will contribute 250,000 pounds" second, after a sentence with no
 * figure), and what a shown passage holds is true of the reply whatever its rank.
 */
export function passageFeatures(input: AbstentionInput): AbstentionFeatures[] {
  const weighed = Math.max(
    1,
    Math.min(SEARCH_OPTIONS.abstain.passagesWeighed, input.ranked.length),
  );
  return Array.from({ length: weighed }, (_, at) => abstentionFeatures(input, at));
}

/**
 * The abstention features of one question read on its candidate at rank `at` (0: the best;
 * "the passage" below); all 0 but `unknownShare`/`unknownName` when there is no such candidate.
 * Each is a number the fitted model weighs:
 *
 * - `score`: the passage's ranking score;
 * - `coverage`: its rarity-weighted coverage of the question, with the sentence it leans on;
 * - `neighbourCoverage`: the same with both neighbours;
 * - `margin`: its score minus the best other candidate's (no rival: the score itself);
 * - `focusMissing`: rarity-weighted share of the focus ({@link focusStems}) its neighbourhood
 *   lacks (0 when the question has no focus); here and below, a word the passage's
 *   article carries in its metadata (title, outlet, author, date) counts as in the
 *   neighbourhood;
 * - `typeAsked`: 1 when the question asks for an answer type (a date, a count, a person…): it
 *   asks for a detail, which the coverage may lack;
 * - `typeWeak`: 1 when it asks for one and the passage (with the sentence it leans on)
 *   holds it only weakly, not at all, or only in the question's own words ({@link typeHeld}
 *   below 1); `typeMissing`: 1 when it holds none of it at all ({@link typeHeld} 0);
 * - `dimensionMissing`: see {@link dimensionMissing};
 * - `missingName`: share of the question's weight carried by names (capitalised words) the
 *   coverage uses but the passage's neighbourhood lacks: the passage is about someone or
 *   somewhere else ("how many homes flooded in Lowmere" met by homes flooded in another town);
 * - `focusHeadMissing`: 1 when the head of the focus ({@link focusHead}: "salary" in "what was
 *   Holt's salary") is missing from the neighbourhood, whatever of the question's topic (the
 *   owner, the modifiers, the names) it holds: 0 when found, in between for a weak match;
 *   found too when the passage states what the head asks without the word (a figure in the
 *   dimension it asks, a name given for a nickname, a count of guests for people:
 *   abstain-head-answered.ts), and then counted found in `focusMissing` and `wordsMissing`;
 * - `speakerMissing`: rarity-weighted share of the speaker a question asks the words of
 *   ({@link speakerStems}: "what did the state department say") that the neighbourhood lacks;
 * - `unionGain`: coverage of the top passages together minus the passage's own;
 * - `sourceFound`: the question names a source and the passage is from it;
 * - `unknownShare`: see match.ts; `unknownName`: see {@link unknownName}.
 */
export function abstentionFeatures(input: AbstentionInput, at = 0): AbstentionFeatures {
  const { ranked, concepts, matcher, plan } = input;
  const o = SEARCH_OPTIONS.abstain;
  const features: AbstentionFeatures = {
    score: 0,
    coverage: 0,
    neighbourCoverage: 0,
    margin: 0,
    focusMissing: 0,
    typeAsked:
      askedAnswerType(plan.question, typeAskedOf(plan.question, plan.answerType)) !== null ? 1 : 0,
    typeWeak: 0,
    typeMissing: 0,
    dimensionMissing: 0,
    missingName: 0,
    speakerMissing: 0,
    focusHeadMissing: 0,
    wordsMissing: 0,
    unionGain: 0,
    sourceFound: 0,
    unknownShare: input.unknownShare,
    unknownName: unknownName(plan, concepts),
  };
  const best = ranked[at];
  if (!best) return features;
  // Its rival: the best of the others (the next one for the top passage, else the top one).
  const rival = at === 0 ? ranked[1] : ranked[0];
  const top = ranked.slice(0, o.topPassages);
  const found = conceptsFound(input, best.sentence);

  // A figure in the dimension the focus head asks for is what that word asks: "£36m" is the
  // money of "how much money did they raise", the cost of "what was the canal's cost".
  const headWord = headOf(plan.question);
  const head = headWord?.stem ?? null;
  const dimension = questionDimension(plan);
  if (
    head !== null &&
    dimension !== null &&
    asksDimension(plan, headWord!.word, dimension) &&
    holdsDimensionAt(input, best.sentence, dimension)
  )
    plan.concepts.forEach((concept, c) => {
      if (concept.alternatives[0]?.terms.includes(head)) found[c] = 1;
    });
  // A name given after a verb of naming is the nickname asked, a count of guests the people
  // (abstain-head-answered.ts).
  // A collective noun's members are counted only when a count is asked ("how many staff"), not
  // when the group itself is ("what party does he belong to").
  const counted = plan.answerType?.name === 'number' ? headWord?.word : undefined;
  if (head !== null && headAnswered(head, passageTexts(input, best.sentence), counted))
    plan.concepts.forEach((concept, c) => {
      if (concept.alternatives[0]?.terms.includes(head)) found[c] = 1;
    });

  let total = 0;
  let namesMissing = 0;
  concepts.forEach((concept, c) => {
    total += concept.weight;
    const lacking = 1 - (found[c] ?? 0);
    if (concept.name && concept.alternatives.length > 0) namesMissing += concept.weight * lacking;
  });

  const lackingShare = (stems: ReadonlySet<string>): number => {
    let weight = 0;
    let lacking = 0;
    plan.concepts.forEach((concept, c) => {
      const own = concept.alternatives[0]?.terms ?? [];
      if (!own.some((term) => stems.has(term))) return;
      weight += concepts[c]?.weight ?? 0;
      lacking += (concepts[c]?.weight ?? 0) * (1 - (found[c] ?? 0));
    });
    return weight > 0 ? lacking / weight : 0;
  };

  const held = typeHeld(input, best.sentence);
  const together = matcher.coverage(top.map((candidate) => candidate.sentence));
  const own = Math.max(best.features.coverage, best.features.contextCoverage);
  return {
    ...features,
    score: best.score,
    coverage: own,
    neighbourCoverage: best.features.neighbourCoverage,
    margin: best.score - (rival?.score ?? 0),
    focusMissing: lackingShare(focusStems(plan.question)),
    typeWeak: held < 1 ? 1 : 0,
    typeMissing: held === 0 ? 1 : 0,
    dimensionMissing: dimensionMissing(input, best.sentence),
    missingName: total > 0 ? namesMissing / total : 0,
    speakerMissing: lackingShare(speakerStems(plan.question)),
    focusHeadMissing: head === null ? 0 : lackingShare(new Set([head])),
    wordsMissing: shareLacking(found),
    unionGain: Math.max(0, together - own),
    sourceFound: best.features.sourceMatch,
  };
}
