/**
 * Stage 5, select: from ranked sentences to the passages shown. Each passage is widened to
 * the sentences it needs; a near-copy of a chosen passage in its own article is skipped; the
 * same fact in another article becomes "also reported by" (only when fact-relation.ts finds it
 * the same fact); and where the best passages of different articles give different values for
 * what the question asks, the pair is recorded as "sources differ".
 */
import type { Sentence } from '../../corpus/types.js';
import type { Features } from '../features.js';
import type { QuestionMatcher } from '../match.js';
import { SEARCH_OPTIONS } from '../options.js';
import type { AnswerType } from '../plan/answer-type.js';
import type { PassageWords } from '../plan/asked-words.js';
import { statesFrequency } from '../plan/frequency-in-text.js';
import { analyseFact, type AnalysedFact } from './fact-analysis.js';
import { contentTerms } from './fact-content-terms.js';
import { mayDisagree } from './fact-may-disagree.js';
import { contextsApart } from './fact-context-referents.js';
import { describedPlacesApart, type PassageInArticle } from './fact-described-place.js';
import { ownClausesMeet, ownClauseTerms, type OwnClauseTerms } from './fact-own-clause-terms.js';
import { relateFacts } from './fact-relation.js';
import type { Aspect, FactRelation } from './fact-relation-types.js';
import type { SavedMention } from './fact-resolved-time.js';
import { figuresToldInOwnArticle } from './figures-elsewhere.js';
import type { FactValues } from './fact-values.js';
import { shareFigure, writtenFigures } from './fact-measures.js';
import { withDescribedPerson } from './fact-described-person.js';
import { withDescribedBody } from './fact-described-body.js';
import { withLengthsInOneUnit } from './fact-lengths.js';
import {
  overlapCoefficient,
  overlapsOrAdjoins,
  widen,
  type Window,
  type WindowContext,
} from './widen.js';
import { IndexedMemo, PairMemo } from '../../text/bounded-memo.js';
import { comparedSentences, nextCompared, sentenceTelling } from './join-window.js';
import { alsoSpan } from './also-span.js';
import { onsetsMeet, readOnsets, type OnsetReading } from './fact-onset.js';
import { mayAnchorIn } from './differ-anchor.js';
import { mayDisagreeOnNumber } from './differ-count.js';
import { askedNounCountTest } from './differ-counted-noun.js';
import { asksLabelNumber } from './differ-label-number.js';
import { otherReferentTest, type ReferentSpelling } from './differ-referent.js';

/** A scored candidate sentence. */
export interface RankedSentence {
  sentence: number;
  score: number;
  features: Features;
}

/** A passage chosen to show. */
export interface Selected {
  window: Window;
  ranked: RankedSentence;
  /** The same fact in other articles (one sentence each). */
  also: Window[];
}

/** Two or more articles giving different values for what the question asks. */
export interface Disagreement {
  aspect: Aspect;
  /** One sentence per article. */
  sentences: number[];
}

/** What selection reads about the corpus and the question. */
export interface SelectContext {
  sentences: readonly Sentence[];
  textOf: (sentence: number) => string;
  /**
   * The overlap coefficient of two sentences' sets of index terms (shared terms over the
   * smaller set's size; 0 when either has none): how much of one the other repeats.
   */
  termOverlap: (a: number, b: number) => number;
  contextOf: (sentence: number) => number | null;
  /** True when the sentence before adds to what a sentence covers of the question. */
  contextHelps: (sentence: number, before: number) => boolean;
  matcher: QuestionMatcher;
  answerType: AnswerType | null;
  /** The question as asked; without it a question with no answer type gets no disagreement. */
  question?: string;
  /**
   * The publication date of a sentence's article as it states it (`YYYY-MM-DD`, `YYYY-MM`,
   * `YYYY`), or null: what "this year" or "now" in the sentence counts from.
   */
  publishedOf: (sentence: number) => string | null;
  /**
   * A sentence's event words as the index saved them (fact-predicates.ts `claimEventWords`).
   * Absent: read from the text by tagging it with wink-nlp when a comparison needs them.
   */
  eventWordsOf?: (sentence: number) => ReadonlySet<string>;
  /**
   * A sentence's dates as the fact comparison reads them (fact-analysis.ts `savedFactDates` of
   * {@link factTextAt}), when an index saved them; read from the text when needed otherwise.
   */
  datesOf?: (sentence: number) => readonly SavedMention[];
  /** WordNet synonyms of a stem as the corpus's terms (fact-relation-types.ts `RelationContext.synonyms`). */
  synonymsOf?: (stem: string) => readonly string[];
  /** See widen.ts `WindowContext.quotedWithNextAt`. */
  quotedWithNextAt?: (sentence: number) => boolean;
  /** See widen.ts `WindowContext.objectImplicitAt`. */
  objectImplicitAt?: (sentence: number) => boolean;
  /** See widen.ts `WindowContext.referentOf`. */
  referentOf?: (sentence: number) => number | null;
  /**
   * How the corpus spells its terms, to tell a proper qualifier from a common word: without it
   * no side of a disagreement is read as another referent (differ-referent.ts).
   */
  spelling?: ReferentSpelling;
  /**
   * A sentence's words as the index keeps them (plan/asked-words.ts `passageWordsOf` of its
   * text), read instead of cutting the text again when given.
   */
  wordsOf?: (sentence: number) => PassageWords;
}

function coverageOf(candidate: RankedSentence): number {
  return Math.max(candidate.features.coverage, candidate.features.contextCoverage);
}

/**
 * The aspect of a fact an answer type asks for. A duration ("how long") is a count of units of
 * time ("for six hours"), which fact-relation.ts compares as any count with its unit: two
 * reports of one closure "for six hours" and "for nine hours" differ on the number.
 */
export function aspectOf(type: AnswerType | null): Aspect | null {
  switch (type?.name) {
    case 'place':
      return 'place';
    case 'date':
      return 'date';
    // A degree is answered by a measure (plan/degree.ts): reports differ in its figures.
    case 'number':
    case 'age':
    case 'duration':
    case 'degree':
      return 'number';
    case 'person':
    case 'organisation':
      return 'actor';
    default:
      return null;
  }
}

/**
 * Each sentence's analysis for fact relations depends on its text alone, so it is kept across
 * questions: per corpus (its sentence list), for at most this many sentences at a time.
 */
const analysed = new WeakMap<readonly Sentence[], IndexedMemo<AnalysedFact>>();
const MAX_ANALYSED_SENTENCES = 20_000;
/**
 * Sentences whose small readings (figures, onsets: a few short strings each) are kept at most:
 * every candidate of every question is read for them, and with {@link MAX_ANALYSED_SENTENCES}
 * they were emptied 3 times in bench/first-sight.ts's 1,027 questions at full State of the
 * Union scale, which read some 40,000 sentences 74,000 times (session 49). Enough for all
 * 62,915 sentences of that corpus.
 */
const MAX_READ_SENTENCES = 100_000;

function factOf(context: SelectContext, sentence: number): AnalysedFact {
  return keptPerSentence(analysed, context, sentence, analyseAt);
}

/** What {@link factOf} keeps. */
function analyseAt(context: SelectContext, sentence: number): AnalysedFact {
  return analyseFact(
    factTextAt(context, sentence),
    context.eventWordsOf?.(sentence),
    context.datesOf?.(sentence),
  );
}

/**
 * The text of `sentence` that {@link factOf} analyses (fact-analysis.ts `analyseFact`): an age
 * description opening it ("The 54-year-old told …") stands for the person the sentence before
 * names (fact-described-person.ts), and a general noun for a body ("The company said …") for
 * the body the sentence before names as its subject (fact-described-body.ts).
 */
export function factTextAt(
  context: Pick<SelectContext, 'sentences' | 'textOf'>,
  sentence: number,
): string {
  return factTextWithin(context, sentence, MAX_DESCRIBED_CHAIN);
}

/**
 * How many sentences back a body's general noun is followed through others standing for it:
 * "Fenmarsh Coaches went into administration." / "The company has debts of £4.6m." / "The firm
 * ran 41 routes." (the body stays the center the sentences are about: Grosz, Joshi & Weinstein
 * 1995). Bounded, so that reading a sentence reads a few before it at most.
 */
const MAX_DESCRIBED_CHAIN = 3;
/**
 * A sentence that may open with a description, or report a claim opening with one
 * (fact-described-body.ts): the only ones whose reading the sentence after may follow back.
 */
const MAY_DESCRIBE_BODY =
  /^The\s|\b(?:said|says|told|stated|announced|reported|added|noted|confirmed)\s+(?:that\s+)?the\s/u;

/** {@link factTextAt}, the sentence before read so too, `chain` sentences back at most. */
function factTextWithin(
  context: Pick<SelectContext, 'sentences' | 'textOf'>,
  sentence: number,
  chain: number,
): string {
  const before = sentenceBefore(context, sentence);
  const text = withDescribedPerson(context.textOf(sentence), before);
  // The sentence before as read, when it may itself stand for a body named before it.
  const read =
    before !== null && chain > 0 && MAY_DESCRIBE_BODY.test(before)
      ? factTextWithin(context, sentence - 1, chain - 1)
      : before;
  return withDescribedBody(text, read);
}

/**
 * A sentence's text as the fact comparison reads it (fact-analysis.ts `analyseFact`): the cheap
 * tests that pick the pairs it compares must read the same words, lengths of time in one unit
 * (fact-lengths.ts), or they dismiss pairs it would find one fact.
 */
function comparedTextOf(context: SelectContext, sentence: number): string {
  return withLengthsInOneUnit(context.textOf(sentence));
}

/**
 * The body sentence right before `sentence` in its article, or null: the person an age
 * description ("The 54-year-old told …") stands for is named there (fact-described-person.ts).
 */
function sentenceBefore(
  context: Pick<SelectContext, 'sentences' | 'textOf'>,
  sentence: number,
): string | null {
  const own = context.sentences[sentence];
  const before = context.sentences[sentence - 1];
  return own === undefined || before?.article !== own.article || before.kind !== 'body'
    ? null
    : context.textOf(sentence - 1);
}

/**
 * `compute`'s value for one sentence of `context`'s corpus, kept in `store` across questions
 * (the corpus's sentences are the key, so a reload starts afresh) and bounded: a store reaching
 * `limit` entries is emptied before the next is added. `compute` is a function of
 * the module, given the context and the sentence, so that a look-up makes no closure: every
 * candidate is tested against every chosen passage of another article, and the closures made per
 * test were the largest share of what a question allocated (bench/ask-allocation.ts, session 31).
 */
function keptPerSentence<T>(
  store: WeakMap<readonly Sentence[], IndexedMemo<T>>,
  context: SelectContext,
  sentence: number,
  compute: (context: SelectContext, sentence: number) => T,
  limit = MAX_ANALYSED_SENTENCES,
): T {
  let cache = store.get(context.sentences);
  if (!cache) store.set(context.sentences, (cache = new IndexedMemo(limit)));
  let value = cache.get(sentence);
  if (value === undefined) {
    value = compute(context, sentence);
    cache.set(sentence, value);
  }
  return value;
}

/**
 * Each sentence's figures (fact-measures.ts `writtenFigures`), kept across questions like its
 * analysis: every candidate is tested against every chosen passage of another article.
 */
const figured = new WeakMap<readonly Sentence[], IndexedMemo<readonly string[]>>();

function figuresOf(context: SelectContext, sentence: number): readonly string[] {
  return keptPerSentence(figured, context, sentence, figuresAt, MAX_READ_SENTENCES);
}

/** What {@link figuresOf} keeps. */
function figuresAt(context: SelectContext, sentence: number): readonly string[] {
  return writtenFigures(comparedTextOf(context, sentence));
}

/**
 * Each sentence's content terms as the fact comparison reads them (fact-content-terms.ts
 * `contentTerms`: names and derived forms by their first letters), kept as figures are.
 */
const contentTermSets = new WeakMap<readonly Sentence[], IndexedMemo<ReadonlySet<string>>>();

function contentTermsOf(context: SelectContext, sentence: number): ReadonlySet<string> {
  return keptPerSentence(contentTermSets, context, sentence, contentTermsAt);
}

/** What {@link contentTermsOf} keeps. */
function contentTermsAt(context: SelectContext, sentence: number): ReadonlySet<string> {
  return new Set(contentTerms(comparedTextOf(context, sentence)).keys());
}

/** Each sentence's fact-onset.ts reading, kept as figures are: read for every pair weighed. */
const onsetReadings = new WeakMap<readonly Sentence[], IndexedMemo<OnsetReading>>();

function onsetsOf(context: SelectContext, sentence: number): OnsetReading {
  return keptPerSentence(onsetReadings, context, sentence, onsetsAt, MAX_READ_SENTENCES);
}

/** What {@link onsetsOf} keeps: of the text as written, as {@link wordingAt} read it before. */
function onsetsAt(context: SelectContext, sentence: number): OnsetReading {
  return readOnsets(context.textOf(sentence));
}

/** Each sentence's own clause's terms (fact-own-clause-terms.ts `ownClauseTerms`), kept as figures are. */
const ownClauses = new WeakMap<readonly Sentence[], IndexedMemo<OwnClauseTerms>>();

function ownClausesOf(context: SelectContext, sentence: number): OwnClauseTerms {
  return keptPerSentence(ownClauses, context, sentence, ownClausesAt);
}

/** What {@link ownClausesOf} keeps. */
function ownClausesAt(context: SelectContext, sentence: number): OwnClauseTerms {
  return ownClauseTerms(comparedTextOf(context, sentence));
}

/**
 * Relations of sentence pairs, kept across questions like their analyses: a relation depends
 * only on the two analyses, the aspect asked and the two publication dates, and the same
 * candidates meet again in question after question on a topic. Per corpus, at most this many.
 * Each is kept under the pair, the second sentence numbered with the aspect ({@link askedKey}),
 * with the dates it was read with: a string key made per look-up was most of what relating
 * allocated once the relations were known (bench/ask-allocation.ts, State of the Union, session
 * 22).
 */
const related = new WeakMap<readonly Sentence[], PairMemo<KeptRelation>>();
const MAX_RELATED_PAIRS = 50_000;

/** A relation with the publication dates of its two sentences as it was read. */
interface KeptRelation {
  relation: FactRelation;
  published: readonly [string | null, string | null];
  /**
   * False for a 'different-fact' read for a disagreement only (fact-relation-types.ts
   * `RelationContext.disputeOnly`), which a full reading may still find one fact.
   */
  whole: boolean;
}

/** The aspects a relation may be asked about, in the order {@link askedKey} numbers them. */
const ASKED: readonly (Aspect | null)[] = [null, 'place', 'date', 'number', 'actor'];

/** One number for sentence `b` and the aspect asked: a small integer for up to 4 × 10^8 sentences. */
function askedKey(b: number, asked: Aspect | null): number {
  return b * ASKED.length + ASKED.indexOf(asked);
}

/**
 * Relates two sentences of different articles, with the aspect the question asks about. With
 * `disputeOnly`, only whether they disagree is sure (fact-relation-types.ts
 * `RelationContext.disputeOnly`): a pair that is not one fact as written is not read again by
 * its clauses, which can make it one fact but never a disagreement; most pairs tested for a
 * disagreement are such pairs (first-sight profile, session 39). A relation so read is kept
 * as read only so, and read again in full when a whole relation is asked for.
 */
function relate(context: SelectContext, a: number, b: number, disputeOnly = false): FactRelation {
  const asked = aspectOf(context.answerType);
  const publishedA = context.publishedOf(a);
  const publishedB = context.publishedOf(b);
  let cache = related.get(context.sentences);
  if (!cache) related.set(context.sentences, (cache = new PairMemo(MAX_RELATED_PAIRS)));
  const key = askedKey(b, asked);
  let kept = cache.get(a, key);
  if (
    kept === undefined ||
    (!kept.whole && !disputeOnly) ||
    kept.published[0] !== publishedA ||
    kept.published[1] !== publishedB
  ) {
    const published = [publishedA, publishedB] as const;
    const relation = relateFacts(factOf(context, a), factOf(context, b), {
      asked,
      published,
      ...(context.synonymsOf === undefined ? {} : { synonyms: context.synonymsOf }),
      ...(disputeOnly ? { disputeOnly } : {}),
      leanedOnAlike: () => leanedOnAlike(context, a, b),
      contextsApart: () =>
        contextsApart(
          [contextBefore(context, a), contextBefore(context, b)],
          [publishedA, publishedB],
        ),
      describedApart: () =>
        describedPlacesApart(passageInArticle(context, a), passageInArticle(context, b)),
    });
    const whole = !disputeOnly || relation.kind !== 'different-fact';
    cache.set(a, key, (kept = { relation, published, whole }));
  }
  return kept.relation;
}

/**
 * Sentence `sentence` with its article's sentences, read lazily (fact-described-place.ts): a
 * heading stands as an empty sentence, as a headline's capitals are no name.
 */
function passageInArticle(
  context: Pick<SelectContext, 'sentences' | 'textOf'>,
  sentence: number,
): PassageInArticle {
  const article = context.sentences[sentence]?.article;
  let first = sentence;
  while (first > 0 && context.sentences[first - 1]?.article === article) first--;
  return {
    text: context.textOf(sentence),
    at: sentence - first,
    article: () => {
      const texts: string[] = [];
      for (let k = first; context.sentences[k]?.article === article; k++)
        texts.push(context.sentences[k]?.kind === 'heading' ? '' : context.textOf(k));
      return texts;
    },
  };
}

/**
 * Whether the sentences right before `a` and `b` in their articles (body sentences, not
 * headings) report one fact: what each leaves to its context (an object understood, "The club
 * said 25,912 supporters attended,") is then one thing (fact-relation-types.ts
 * `RelationContext.leanedOnAlike`). Asked lazily, of few pairs; each step back reads one pair,
 * kept as any other.
 */
function leanedOnAlike(context: SelectContext, a: number, b: number): boolean {
  const before = (sentence: number) => {
    const own = context.sentences[sentence];
    const previous = context.sentences[sentence - 1];
    return own !== undefined &&
      previous !== undefined &&
      previous.article === own.article &&
      previous.kind !== 'heading'
      ? sentence - 1
      : null;
  };
  const x = before(a);
  const y = before(b);
  return x !== null && y !== null && relate(context, x, y).kind === 'same-fact';
}

/**
 * The analysis of the body sentence right before `sentence` in its article ({@link
 * sentenceBefore}), what a passage that leaves its referent to the context leans on
 * (fact-context-referents.ts); null if none.
 */
function contextBefore(context: SelectContext, sentence: number): AnalysedFact | null {
  return sentenceBefore(context, sentence) === null ? null : factOf(context, sentence - 1);
}

/**
 * fact-may-disagree.ts `mayDisagree` of sentence pairs, kept across questions like their relations:
 * it depends only on the two analyses and the index's synonym table, and a question tests every
 * pair of its best candidates and each shown passage against fifty more, most of them pairs an
 * earlier question on the topic tested (some 12% of a State of the Union question's CPU time,
 * session 31). Kept per corpus under the ordered pair, the second sentence numbered with whether
 * synonyms were given.
 */
const disagreeable = new WeakMap<readonly Sentence[], PairMemo<boolean>>();

/** `mayDisagree` of sentences `a` and `b` (in that order), kept ({@link disagreeable}). */
function mayDisagreeAt(context: SelectContext, a: number, b: number): boolean {
  let cache = disagreeable.get(context.sentences);
  if (!cache) disagreeable.set(context.sentences, (cache = new PairMemo(MAX_RELATED_PAIRS)));
  const key = b * 2 + (context.synonymsOf === undefined ? 0 : 1);
  let known = cache.get(a, key);
  if (known === undefined) {
    known = mayDisagree(factOf(context, a), factOf(context, b), context.synonymsOf);
    cache.set(a, key, known);
  }
  return known;
}

/** Picks up to `limit` passages from candidates ranked best first. */
export function selectPassages(
  ranked: readonly RankedSentence[],
  limit: number,
  context: SelectContext,
): Selected[] {
  const o = SEARCH_OPTIONS.select;
  const { sentences, matcher } = context;
  const chosen: Selected[] = [];
  const used = new Set<number>();
  const absorbedSentences = new Set<number>();
  // One widening context for every candidate: made per candidate, it and its closure were a
  // good share of what selection allocated (bench/ask-allocation.ts).
  const widening: WindowContext = {
    sentences,
    textOf: context.textOf,
    contextOf: context.contextOf,
    contextHelps: context.contextHelps,
    ...(context.question === undefined ? {} : { question: context.question }),
    ...(context.quotedWithNextAt === undefined
      ? {}
      : { quotedWithNextAt: context.quotedWithNextAt }),
    ...(context.objectImplicitAt === undefined
      ? {}
      : { objectImplicitAt: context.objectImplicitAt }),
    ...(context.referentOf === undefined ? {} : { referentOf: context.referentOf }),
    addsCoverage: (current, next) =>
      matcher.spanCoverage(current.first, next) >
      matcher.spanCoverage(current.first, current.last) + o.widenGain,
  };

  for (const candidate of ranked) {
    const s = candidate.sentence;
    if (used.has(s)) continue;
    const article = sentences[s]?.article;
    let absorbed: Window | null = null;
    for (const hit of chosen) {
      const hitSentence = hit.window.sentence;
      const hitArticle = sentences[hitSentence]?.article;
      if (hitArticle === article) {
        // A near-copy matters only while passages are still being chosen.
        if (chosen.length < limit && context.termOverlap(hitSentence, s) >= o.nearCopyOverlap)
          absorbed = { sentence: s, first: s, last: s };
        continue;
      }
      // Cheap checks first: most candidates fail them. A heading on either side is never the
      // same fact as a sentence: it states its fact without tense, date or stance ("Belarus,
      // Russia sign agreement"), so the comparison has nothing to check. The passage's fact may
      // be told in any of its sentences (join-window.ts).
      if (
        sentences[s]?.kind === 'heading' ||
        hit.also.length >= o.maxAlso ||
        alsoFromArticle(hit, sentences, article)
      )
        continue;
      const told = passageSentenceTelling(context, hit, candidate);
      if (told === null) continue;
      const sameFact = (a: number, b: number) =>
        reportOneFact(context, hit.ranked, a, candidate, b);
      // The quote takes in the neighbours that tell the passage's other sentences (also-span.ts).
      absorbed = alsoSpan(hit.window, told, s, sentences, used, sameFact);
      hit.also.push(absorbed);
      break;
    }
    if (absorbed !== null) {
      for (let t = absorbed.first; t <= absorbed.last; t++) {
        used.add(t);
        absorbedSentences.add(t);
      }
      continue;
    }
    if (chosen.length >= limit) continue;
    const window = widen(s, widening);
    const sameArticle = chosen.filter((hit) => sentences[hit.window.sentence]?.article === article);
    // A window that overlaps a chosen passage needs the sentences it shares with it (widen.ts
    // took them because this sentence cannot stand without them: a restated error and its
    // correction, a pronoun and its antecedent), so it joins that passage, room permitting,
    // rather than being dropped as a repeat.
    const overlapped = sameArticle.find(
      (hit) =>
        hit.window.first <= window.last &&
        window.first <= hit.window.last &&
        Math.max(hit.window.last, window.last) - Math.min(hit.window.first, window.first) + 1 <=
          o.maxWindowSentences,
    );
    if (overlapped && !holdsAnyOf(absorbedSentences, window)) {
      overlapped.window.first = Math.min(overlapped.window.first, window.first);
      overlapped.window.last = Math.max(overlapped.window.last, window.last);
      for (let t = window.first; t <= window.last; t++) used.add(t);
      continue;
    }
    // A window may not show again what is already shown, as a passage or as "also reported by".
    if (
      sameArticle.some(
        (hit) => hit.window.first <= window.last && window.first <= hit.window.last,
      ) ||
      holdsAnyOf(absorbedSentences, window)
    )
      continue;
    // A sentence right after a chosen passage in its paragraph joins it, room permitting,
    // rather than being shown as a fragment of the same text.
    const host = sameArticle.find(
      (hit) =>
        overlapsOrAdjoins(hit.window, window) &&
        hit.window.last + 1 === window.first &&
        sentences[hit.window.last]?.paragraph === sentences[window.first]?.paragraph &&
        window.last - hit.window.first + 1 <= o.maxWindowSentences,
    );
    if (host) {
      host.window.last = window.last;
      for (let t = window.first; t <= window.last; t++) used.add(t);
      continue;
    }
    // A fact told in the window's other sentences, not in its main one, that a chosen passage of
    // another article reports: the window is shown as that passage's "also reported by"
    // (join-window.ts), not as a passage telling it again.
    const joined = joinedByContext(chosen, window, candidate, context);
    for (let t = window.first; t <= window.last; t++) used.add(t);
    if (joined !== null) {
      for (let t = window.first; t <= window.last; t++) absorbedSentences.add(t);
      continue;
    }
    chosen.push({ window, ranked: candidate, also: [] });
  }
  return chosen;
}

/**
 * join-window.ts `sentenceTelling` of chosen passage `hit`'s compared sentences and `candidate`'s
 * sentence, with `reportOneFact` as the test, made with no list of the sentences and no closure:
 * every candidate is tested against every chosen passage of another article, and those made per
 * test were 7% of what a bundled ask allocated (bench/ask-allocation.ts, session 68).
 */
function passageSentenceTelling(
  context: SelectContext,
  hit: Selected,
  candidate: RankedSentence,
): number | null {
  const { window } = hit;
  for (let a = nextCompared(window, context.sentences, null); a !== null;) {
    if (reportOneFact(context, hit.ranked, a, candidate, candidate.sentence)) return a;
    a = nextCompared(window, context.sentences, a);
  }
  return null;
}

/**
 * True when a candidate may report the fact of a chosen passage (of another article), enough for
 * the relation to be read (fact-relation.ts decides). Read from the two sentences, whatever the
 * question: in articles not known to be of different years, they share most of the smaller
 * one's index terms (`sameEventOverlap`) or of its content terms as the comparison reads them
 * (fact-content-terms.ts `contentTerms`: "Lukashenko" / "Lukashenka", "Belarus" / "Belarusian" one
 * word, which the index keeps apart; a filter must not dismiss what the full test would accept,
 * Faloutsos, Ranganathan & Manolopoulos 1994, "no false dismissals"; content terms never across
 * years, whose addresses restate one theme in words alike to their first letters: "receipts
 * arising from the sales of the public lands" / "cash receipts from sale of lands"); or they
 * write one figure of at least ten (fact-measures.ts
 * `shareFigure`): a sum or a count told in other words may share few other words ("a break fee
 * of £21m" / "a termination fee of £21 million"); or, in articles not known to be of different
 * years, their own clauses share most words (fact-own-clause-terms.ts `ownClausesMeet`: one act told
 * with another detail beside it on each side); or one tells a state since a year and the other
 * the act that began it (fact-onset.ts: "has stood on Marsh Lane since 1937" / "opened in
 * 1937", which share few words). Articles of different years (both dates
 * known) are admitted by their words only beside the question: the candidate covers about as
 * much of it as the passage (`relatedCoverageShare`). News coverage of one story runs over days and
 * weeks; addresses of different years restate the same themes in the same words ("I recommend
 * that New Mexico and Arizona be admitted", 1905 and 1908), and without that check such
 * sentences were claimed one fact (`npm run eval` dev questions, sessions 19 and 20).
 */
function mayReportOneFact(
  context: SelectContext,
  candidate: RankedSentence,
  passage: RankedSentence,
  passageSentence = passage.sentence,
  candidateSentence = candidate.sentence,
): boolean {
  const wording = wordingAt(context, passageSentence, candidateSentence);
  if ((wording & SHARE_TERMS) !== 0) {
    if ((wording & YEARS_APART) === 0) return true;
    if (coverageOf(candidate) >= coverageOf(passage) * SEARCH_OPTIONS.select.relatedCoverageShare)
      return true;
  }
  return (wording & SHARE_FIGURE_OR_CLAUSES) !== 0;
}

/**
 * True when sentence `a` of a chosen passage (ranked `passage`) and sentence `b` of a candidate's
 * window (ranked `candidate`), of different articles, report one fact: {@link mayReportOneFact}
 * of the two sentences (with their passages' coverage of the question), then their relation.
 * A sentence other than a window's main one is compared only in articles not known to be of
 * different years: across years, sentences are admitted by how much of the question each
 * covers ({@link mayReportOneFact}), which is read of main sentences alone, and addresses of
 * different years restate one theme in words alike ("I recommend … a Territorial government
 * over Arizona" / "I recommend that … Arizona be admitted as one State": `npm run eval`
 * development questions, session 37).
 */
function reportOneFact(
  context: SelectContext,
  passage: RankedSentence,
  a: number,
  candidate: RankedSentence,
  b: number,
): boolean {
  return (
    ((a === passage.sentence && b === candidate.sentence) ||
      !yearsApart(context.publishedOf(a), context.publishedOf(b))) &&
    mayReportOneFact(context, candidate, passage, a, b) &&
    relate(context, a, b).kind === 'same-fact'
  );
}

/**
 * The chosen passage of another article, with room for it, whose fact a sentence of `window`
 * other than its main one (already compared) tells, after adding the window to its "also
 * reported by"; null when there is none (join-window.ts).
 */
function joinedByContext(
  chosen: readonly Selected[],
  window: Window,
  candidate: RankedSentence,
  context: SelectContext,
): Selected | null {
  const { sentences } = context;
  const article = sentences[window.sentence]?.article;
  const others = comparedSentences(window, sentences).filter((t) => t !== window.sentence);
  if (others.length === 0) return null;
  for (const hit of chosen) {
    if (
      sentences[hit.window.sentence]?.article === article ||
      hit.also.length >= SEARCH_OPTIONS.select.maxAlso ||
      alsoFromArticle(hit, sentences, article)
    )
      continue;
    const passage = comparedSentences(hit.window, sentences);
    for (const t of others)
      if (
        sentenceTelling(passage, t, (a, b) =>
          reportOneFact(context, hit.ranked, a, candidate, b),
        ) !== null
      ) {
        hit.also.push({ sentence: t, first: window.first, last: window.last });
        return hit;
      }
  }
  return null;
}

/**
 * {@link wordingAt}: the two share most of the smaller one's index terms, or (not years apart) of
 * its content terms as the comparison reads them (`sameEventOverlap`).
 */
const SHARE_TERMS = 1;
/** {@link wordingAt}: both publication dates are known and of different years. */
const YEARS_APART = 2;
/**
 * {@link wordingAt}: they write one figure, or (not years apart) their own clauses meet, or one
 * tells a state since the year the other's act began it.
 */
const SHARE_FIGURE_OR_CLAUSES = 4;

/**
 * What {@link mayReportOneFact} reads of passage `a` and candidate `b` whatever the question, as
 * bits ({@link SHARE_TERMS}, {@link YEARS_APART}, {@link SHARE_FIGURE_OR_CLAUSES}), kept across
 * questions per corpus like their relations: every candidate ranked is tested against every
 * chosen passage of another article, mostly pairs an earlier question on the topic tested. Read
 * again when the publication dates no longer give what was kept ({@link YEARS_APART}).
 */
const wordings = new WeakMap<readonly Sentence[], PairMemo<number>>();

function wordingAt(context: SelectContext, a: number, b: number): number {
  let cache = wordings.get(context.sentences);
  if (!cache) wordings.set(context.sentences, (cache = new PairMemo(MAX_RELATED_PAIRS)));
  let known = cache.get(a, b);
  const apart = yearsApart(context.publishedOf(a), context.publishedOf(b));
  if (known === undefined || ((known & YEARS_APART) !== 0) !== apart) {
    known =
      (context.termOverlap(a, b) >= SEARCH_OPTIONS.facts.sameEventOverlap ||
      (!apart &&
        overlapCoefficient(contentTermsOf(context, a), contentTermsOf(context, b)) >=
          SEARCH_OPTIONS.facts.sameEventOverlap)
        ? SHARE_TERMS
        : 0) |
      (apart ? YEARS_APART : 0) |
      (shareFigure(figuresOf(context, a), figuresOf(context, b)) ||
      (!apart && ownClausesMeet(ownClausesOf(context, a), ownClausesOf(context, b))) ||
      onsetsMeet(onsetsOf(context, a), onsetsOf(context, b))
        ? SHARE_FIGURE_OR_CLAUSES
        : 0);
    cache.set(a, b, known);
  }
  return known;
}

/** True when two publication dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) are both known and of different years. */
function yearsApart(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  // `a.slice(0, 4) !== b.slice(0, 4)`, without making the two strings: read for every pair tested.
  const length = Math.min(4, a.length);
  if (length !== Math.min(4, b.length)) return true;
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return true;
  return false;
}

/** True when a passage's "also reported by" already holds a sentence of `article`. */
function alsoFromArticle(
  hit: Selected,
  sentences: readonly Sentence[],
  article: number | undefined,
): boolean {
  for (const w of hit.also) if (sentences[w.sentence]?.article === article) return true;
  return false;
}

/** True when `sentences` holds one of the window's, first to last. */
function holdsAnyOf(sentences: ReadonlySet<number>, window: Window): boolean {
  for (let t = window.first; t <= window.last; t++) if (sentences.has(t)) return true;
  return false;
}

/**
 * Where the best candidates of different articles give different values for what the question
 * asks. A question with an answer type ("where", "how many") is answered on that aspect only, by
 * passages that hold that kind of answer: "where was the ribbon cut?" is not answered by a
 * difference in the hour. A question with none ("what was the final cost?") asks for the fact
 * its best passages state; a disagreement is about what it asks when the differing values stand
 * right after the question's own words in both ("the final cost was €15.6 million" / "put the
 * final cost at €16.1 million"), not merely somewhere in passages that answer it.
 *
 * Two sides are looked for among the best candidates first. Failing that, a passage shown
 * (`shown`, the ranked sentences of the passages the reply quotes, best first, with their
 * features) may have its counterpart further down the candidates, or covering less of the
 * question's words ("212 jobs at risk" under a passage that also names the company): the relation
 * (fact-relation.ts) says whether they disagree, by the same rules, so the claim is as sure; and
 * the shown passage is one side, so what differs is what the reply already quotes. Only the best
 * `SEARCH_OPTIONS.select.differCounterparts` candidates already scored are read, those holding a
 * value of the asked kind each against every shown passage that can disagree with it at all
 * (fact-may-disagree.ts `mayDisagree`).
 */
export function findDisagreements(
  ranked: readonly RankedSentence[],
  context: SelectContext,
  shown: readonly RankedSentence[] = [],
): Disagreement[] {
  const o = SEARCH_OPTIONS.select;
  const asked = aspectOf(context.answerType);
  const best = ranked[0];
  if (best === undefined || (asked === null && context.answerType !== null)) return [];
  // "What is the phone number of …" asks a label, no quantity (differ-label-number.ts).
  if (asked === 'number' && context.question !== undefined && asksLabelNumber(context.question))
    return [];
  const floor = coverageOf(best) * o.differCoverageShare;
  // A side that tells of another referent of the asked kind ("the Dunlow array" for "the
  // Harrick array") differs on something the question does not ask (differ-referent.ts).
  const otherReferent =
    context.spelling === undefined || context.question === undefined
      ? null
      : otherReferentTest(context.question, context.spelling);
  const asksOf = (c: RankedSentence) =>
    otherReferent === null ||
    !otherReferent(context.textOf(c.sentence), context.wordsOf?.(c.sentence));
  // The coverage first: holdsAskedValue may read a candidate's analysis.
  const pool = ranked
    .slice(0, o.differCandidates)
    .filter(
      (c) => coverageOf(c) >= floor && holdsAskedValue(context, c, asked, 'full') && asksOf(c),
    );
  const questionTerms =
    asked === null ? new Set(contentTerms(context.question ?? '').keys()) : new Set<string>();
  const countsAsked =
    asked === 'number'
      ? askedNounCountTest(context.question, context.answerType, context.synonymsOf)
      : null;
  const countsAskedAt = (s: number) => countsAsked!(context.textOf(s), context.wordsOf?.(s));
  /** The disagreement two sentences of different articles make on what the question asks. */
  const differ = (a: number, b: number): Disagreement | null => {
    if (
      context.sentences[a]?.article === context.sentences[b]?.article ||
      // Of no answer type, only a disagreement anchored on the question's words makes a note:
      // most pairs share too few of them for any anchor (differ-anchor.ts).
      (asked === null && !mayAnchorIn(factOf(context, a), factOf(context, b), questionTerms)) ||
      // Asking a number, only numbers of one kind are compared (differ-count.ts).
      (asked === 'number' && !mayDisagreeOnNumber(factOf(context, a), factOf(context, b))) ||
      // "How many X": a note on counts of another thing is not about the answer.
      (countsAsked !== null && !countsAskedAt(a) && !countsAskedAt(b)) ||
      !mayDisagreeAt(context, a, b)
    )
      return null;
    const relation = relate(context, a, b, true);
    return relation.kind === 'disagree' &&
      (asked === null
        ? relation.anchor !== undefined && relation.anchor.every((t) => questionTerms.has(t))
        : relation.aspect === asked) &&
      // An article that states the other's figures itself tells two things, not a dispute.
      !(
        relation.aspect === 'number' &&
        figuresToldInOwnArticle(
          { sentences: context.sentences, valuesOf: (s) => factOf(context, s).values },
          a,
          b,
        )
      )
      ? { aspect: relation.aspect, sentences: [a, b] }
      : null;
  };
  if (new Set(pool.map((c) => context.sentences[c.sentence]?.article)).size >= 2)
    for (let i = 0; i < pool.length; i++)
      for (let j = i + 1; j < pool.length; j++) {
        const found = differ(
          (pool[i] as RankedSentence).sentence,
          (pool[j] as RankedSentence).sentence,
        );
        if (found !== null) return [found];
      }
  // Both sides must hold some value of the kind asked, as the best candidates' pairs must hold
  // one fully (Grice 1975, the maxim of relation: a reply's note must bear on its answer): a
  // passage shown beside the answer ("The 41-year-old dredger …" first, "fixing the dredger will
  // cost £260,000" third, for "how old is the dredger?") may differ from another article on a
  // quantity the question does not ask, and a note of that says nothing about this answer.
  const holdsAsked = (c: RankedSentence) =>
    holdsAskedValue(context, c, asked, 'any') &&
    holdsValueOf(factOf(context, c.sentence).values, asked) &&
    asksOf(c);
  const sides = shown.filter(holdsAsked).map((c) => c.sentence);
  if (sides.length === 0) return [];
  // A counterpart is read (holdsAsked: its analysis) only once a side of another article meets
  // it: `differ` finds nothing in one article, and the best candidates of a question are often
  // of the shown passages' own articles.
  const counterparts = ranked.slice(0, o.differCounterparts);
  const held: Array<boolean | undefined> = [];
  for (const side of sides) {
    const article = context.sentences[side]?.article;
    for (let k = 0; k < counterparts.length; k++) {
      const other = (counterparts[k] as RankedSentence).sentence;
      if (other === side || context.sentences[other]?.article === article) continue;
      if (!(held[k] ??= holdsAsked(counterparts[k] as RankedSentence))) continue;
      const found = differ(side, other);
      if (found !== null) return [found];
    }
  }
  return [];
}

/**
 * True when a body sentence holds a value of the kind the question asks (features.ts
 * `typeMatch`), so that a difference in its values may concern the answer. Among the best
 * candidates (`least` 'full') fully, or, for "who", any name (answer-type.ts gives a bare name
 * half, and the relation compares only the actors each names); against a passage shown (`least`
 * 'any') any evidence of the kind ("80 ewes and lambs" for "how many sheep"), the relation
 * itself then saying whether the two count one thing. For "how many", a count of nought in
 * words ("None was taken to hospital") too. For "how often", only a passage stating a
 * frequency (plan/frequency-in-text.ts): its other figures ("cost £95,000") are not what is
 * asked, and a difference in them says nothing of the answer (Grice 1975, the maxim of relation). Any body sentence for a question of no answer type
 * (`asked` null), whose disagreements are matched by their anchor instead.
 */
function holdsAskedValue(
  context: SelectContext,
  candidate: RankedSentence,
  asked: Aspect | null,
  least: 'full' | 'any',
): boolean {
  const { typeMatch } = candidate.features;
  return (
    context.sentences[candidate.sentence]?.kind === 'body' &&
    (context.answerType?.frequency !== true ||
      statesFrequency(context.textOf(candidate.sentence))) &&
    (asked === null ||
      typeMatch >= 1 ||
      (typeMatch > 0 && (least === 'any' || asked === 'actor')) ||
      (asked === 'number' && factOf(context, candidate.sentence).values.zeros.length > 0))
  );
}

/** True when a passage states a value of the aspect (any, for null) that it could differ on. */
function holdsValueOf(values: FactValues, aspect: Aspect | null): boolean {
  switch (aspect) {
    case 'number':
      return values.numbers.length > 0 || values.zeros.length > 0;
    case 'date':
      return values.dates.length > 0 || values.weekdays.length > 0;
    case 'place':
      return values.places.length > 0;
    case 'actor':
      return values.actors.length > 0;
    case null:
      return values.positioned.length > 0;
  }
}
