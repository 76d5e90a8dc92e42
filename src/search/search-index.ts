/**
 * The search layer. A question goes through six stages, one module each:
 *
 *   plan (plan/) → candidates (candidates.ts) → features (features.ts) → score (score.ts)
 *   → select (select/) → abstain (abstain.ts)
 *
 * and every constant they use is in options.ts. This class holds the index they read (lunr's
 * postings with their BM25 weights, each sentence's terms, the synonym tables) and runs the
 * stages. It is the seam where an existing search engine could replace lunr: the engine above
 * only calls {@link SearchIndex.search}.
 */
import { sentenceText } from '../corpus/sentence-text.js';
import type { Corpus, Sentence } from '../corpus/types.js';
import { decide, decideOutcome, questionProbability, type Outcome } from './abstain.js';
import { passageFeatures, widestCoverage, type AbstentionInput } from './abstain-features.js';
import { gateEvidence, someGateRefuses } from './abstain-gates.js';
import { oneWordForms } from './abstain-asked-thing.js';
import { buildAliasTable, type AliasTable } from './aliases.js';
import { buildBlocks, type Block } from './blocks.js';
import { candidateBlocks } from './candidates.js';
import { askedSubjectOf, type AskedSubject } from './antecedent-agreement.js';
import { contextSentence, featuresOf, scoredAcrossBreak, type FeatureContext } from './features.js';
import { quotationSpeaker } from './running-quotation.js';
import { firstMention } from './first-mention.js';
import {
  packDocuments,
  unpackLunr,
  type PackedLunr,
  type PostingScorer,
  type TermSet,
} from './lunr-layout.js';
import {
  MatchSlots,
  QuestionMatcher,
  TermMarks,
  type ScoredConcept,
  heaviestConcept,
  prepareConcepts,
  unknownShare,
} from './match.js';
import {
  monthTerms,
  monthWordsOf,
  NO_MONTH_WORDS,
  touchesMonths,
  type MonthWords,
} from './month-words.js';
import { SEARCH_OPTIONS } from './options.js';
import { OUTCOME_POOL_FACTOR, outcomesFirst, type Realisation } from './outcomes-first.js';
import { isMetadataHeading } from '../corpus/metadata-heading.js';
import {
  IntLists,
  packInts,
  packLists,
  unpackInts,
  type PackedArray,
  type PackedLists,
} from './packed.js';
import { NO_PAGE_ANSWER, pagePassages, PageTerms, type PageAnswer } from './page-passages.js';
import {
  answerTypeKey,
  answerTypeScore,
  namesHolderOfAny,
  isNumberToken,
  askedBesidesKind,
  type AnswerType,
} from './plan/answer-type.js';
import { passageWordsOf, withoutAskedWords, type PassageWords } from './plan/asked-words.js';
import { pageQuestionOf } from './plan/page-question.js';
import { abbreviationCandidates, SHARED_START } from './plan/abbreviation.js';
import {
  planQuery,
  questionWithoutSourceNames,
  type QueryPlan,
  type Vocabulary,
} from './plan/query-plan.js';
import {
  outletWordPhrases,
  outletWordUse,
  sourceWordNames,
  titleNames,
} from './plan/outlet-word-use.js';
import { authorNaming } from '../corpus/credit-fields.js';
import { buildSourceCatalog, metadataTerms } from './plan/source-match.js';
import { heldByPublicationYear } from './publication-year.js';
import { type SentenceTermIds, verbOnlyCountedNoun } from './counted-noun-verb-use.js';
import { bestFirst, scoreOf } from './score.js';
import { latestFirst } from './latest-first.js';
import { askedOrdinal, tellsOfOtherOrdinal } from './other-ordinal.js';
import { givenFirst } from './given-first.js';
import { namesOwnTime, opensOnYear, toldAsBackground } from './background-event.js';
import {
  asksOfMainEvent,
  kindStems,
  namesOtherEvent,
  otherInstanceWords,
  type OtherInstanceWords,
} from './other-instance.js';
import { holdersFirst } from './holders-first.js';
import { askedRole } from './holder-roles.js';
import { askedEnumeration, enumerates } from './enumerations-first.js';
import { askedNouns, kindsOfTest } from './kind-series.js';
import {
  askedDescriptions,
  CutText,
  mayTellOfOtherCut,
  tellsOfAnyOtherCut,
  type AskedDescription,
} from './other-referent.js';
import { asksPresentState } from './plan/present-state.js';
import {
  factTextAt,
  findDisagreements,
  selectPassages,
  type Disagreement,
  type RankedSentence,
  type SelectContext,
} from './select/select.js';
import { buildInflectionTable } from './inflections.js';
import { corpusInitialismTable, type InitialismSentence } from './corpus-initialism-table.js';
import { withIrregularForms } from './irregular-derived.js';
import { holdsOwnWord, ownWordIds } from './select/own-words.js';
import { opensWithPronoun, widen, type Window } from './select/widen.js';
import { packSentenceEvents, SentenceEvents } from './sentence-events.js';
import { blankedSpans, irrealisValueSpans } from './irrealis-values.js';
import { packRealisBlanks, RealisBlanks } from './realis-blanks.js';
import { packSentenceDates, SentenceDates, type PackedSentenceDates } from './sentence-dates.js';
import { savedFactDates } from './select/fact-analysis.js';
import type { SavedMention } from './select/fact-resolved-time.js';
import { askedMonth } from './plan/time-adjunct.js';
import { datedInOtherMonth } from './other-month.js';
import { claimEventWords } from './select/fact-predicates.js';
import { objectImplicitSentences } from './implicit-object.js';
import { readOpenings } from './described-subject.js';
import { packOpenings, unpackOpenings, type PackedOpenings } from './opening-description.js';
import { namesIn, referentsOf, type SentenceNames } from './later-references.js';
import { baseForms, dictionaryWords, initialismLemmas } from './dictionary-words.js';
import { FrontCodedWords } from './front-coding.js';
import { MAY_HOLD_TITLED_SURNAME, secondReferences } from './second-references.js';
import { shortNames } from './short-names.js';
import { buildDerivedTable, shortenedForm } from './synonyms.js';
import { buildVerbFormSynonymTable } from './verb-form-synonyms.js';
import { corpusSynonymTable } from './corpus-synonyms.js';
import { termsInMostArticles } from './article-spread.js';
import { buildCompoundTable, partTermSets, writesApart } from './compound-words.js';
import { sortedIntersection, sortedUnion } from './sorted-lists.js';
import { wordnetRelations } from './wordnet-cache.js';
import { packTermTable, TermTable, type PackedTermTable } from './term-table.js';
import { isStopWord, stem, stemsTo, termsOf, tokenize } from '../text/terms.js';
import { oneEditCorrections, oneEditWords } from './plan/typo-edits.js';
import { quotedWithNext } from '../text/correction.js';
import {
  speakerConcepts,
  speakerWordsReader,
  speechSitesOf,
  type SpeechSites,
} from './plan/speaker-words.js';
import { IndexedMemo, keptIn } from '../text/bounded-memo.js';
import { KeptStatedPeriods } from './kept-stated-periods.js';

/** The search index as saved to disk (inside the engine's index file). */
export interface SerializedSearchIndex {
  vocabulary: string[];
  /** Per sentence, its terms in order, as indexes into `vocabulary`. */
  sentenceTerms: PackedLists;
  /** Per vocabulary term, how many sentences hold it (see {@link countTerms}). */
  documentFrequency: PackedArray;
  /** Per sentence, how many distinct terms it holds. */
  distinctTerms: PackedArray;
  aliases: string[][];
  /** Question-side key → corpus terms or phrases with the same meaning (from WordNet). */
  synonyms: PackedTermTable;
  /** Question-side stem → corpus terms derived from it (WordNet's derivational links). */
  derived: PackedTermTable;
  /**
   * A verb's irregular past or participle form as written ("found") → corpus terms or phrases
   * of its verb synonyms (verb-form-synonyms.ts).
   */
  formSynonyms: PackedTermTable;
  /**
   * Irregular inflections (WordNet's exception lists): a question word as written ("met") or
   * a lemma's stem ("meet") → corpus terms of the same word (inflections.ts).
   */
  inflections: PackedTermTable;
  /**
   * Initialisms the corpus spells out as names or hyphen compounds ("ncsc" → "nation cyber
   * secur center"; corpus-initialisms.ts): initialism → phrases of index terms.
   */
  initialisms: PackedTermTable;
  /**
   * The corpus's hyphen compounds by their closed form ("ceasefir" → "ceas fire" of
   * "cease-fire"; compound-words.ts): closed form's index term → phrases of index terms.
   */
  compounds: PackedTermTable;
  /** Stems of everyday English words (from WordNet's SemCor counts). */
  commonWords: string[];
  /**
   * WordNet's one-word lemmas whose stem the corpus never uses, of the lengths that get typo
   * tolerance, sorted and front-coded (dictionary-words.ts, front-coding.ts): a question word
   * among them, or a regular inflection of one, is a word, not a misspelling.
   */
  dictionaryWords: string;
  /** WordNet's initialisms ("cio", "vc"), as index terms, sorted and front-coded (dictionary-words.ts). */
  initialismLemmas: string;
  /**
   * WordNet's fixed adverbial phrases ("in the end", "at last"), sorted: a question's are one
   * unit, whose synonyms the synonym table keys by the phrase as written (plan/adverbials.ts).
   */
  adverbials: string[];
  /** The event words of any sentence (fact-predicates.ts `claimEventWords`), the most used first. */
  eventWords: string[];
  /** Per sentence, its claim's event words, as indexes into `eventWords` (sentence-events.ts). */
  sentenceEvents: string;
  /**
   * The sentences (ascending) that leave their verb's object implicit ("More than 200 people
   * attended.": implicit-object.ts `objectImplicitSentences`), read at build so that answering
   * never reads WordNet's verb frames.
   */
  objectImplicit: PackedArray;
  /**
   * Per sentence, the values it tells only as irrealis (irrealis-values.ts
   * `irrealisValueSpans`), as (sentence, start, end) triples (realis-blanks.ts), read at build
   * so that a question of a realised act never reads a value's clause.
   */
  realisBlanks: PackedArray;
  /**
   * The sentences (ascending) whose subject is a description standing for what the sentence
   * before names ("The 31-year-old was arrested": described-subject.ts), read at build so that
   * answering never reads WordNet's nouns or the lexicon.
   */
  describedSubject: PackedArray;
  /**
   * Each sentence's opening definite description, for the sentences opening with one: where
   * its head may stand and what it names (opening-description.ts), read at build with
   * `describedSubject` so that later references (later-references.ts) are read without
   * WordNet's nouns or the lexicon.
   */
  openingDescriptions: PackedOpenings;
  /**
   * Each sentence's dates as the fact comparison reads them (sentence-dates.ts), for the
   * sentences whose reading holds any, read at build so that relating reports never runs the
   * timeline's date rules on them.
   */
  sentenceDates: PackedSentenceDates;
  lunr: PackedLunr;
}

/** A passage found for a question. */
export interface SearchHit {
  window: Window;
  score: number;
  coverage: number;
  /** Term ids that matched the question, for highlighting. */
  matchedIds: ReadonlySet<number>;
  /** The same fact in other articles. */
  also: Window[];
}

/** The result of {@link SearchIndex.search}. */
export interface SearchResult {
  plan: QueryPlan;
  /** What the reply may claim: an answer, the closest passages, or nothing about it. */
  outcome: Outcome;
  answered: boolean;
  hits: SearchHit[];
  /** When not answered: the nearest passages (empty when nothing is about the question). */
  closest: SearchHit[];
  /** Articles giving different values for what the question asks (sentences, one per article). */
  differ: Disagreement[];
  /** The ranking the passages were chosen from: the question's nearest passages are read off it. */
  ranking: Ranking;
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  limit: number;
  /** Only these articles (indexes into the corpus's articles): one chosen, or an outlet's. */
  articles?: ReadonlySet<number>;
  /**
   * For a question asking what happened: what each passage says of the events it dates, so that
   * reports of an event come before plans for it that answer no better (outcomes-first.ts).
   */
  realisation?: (window: Window) => Realisation;
  /**
   * False: the question is read as naming no source, its metadata words as content (what it
   * would be answered with had it not named one). Default true.
   */
  readSources?: boolean;
}

/** One question's ranked candidates and what produced them (stages 1–4). */
export interface Ranking {
  plan: QueryPlan;
  ranked: RankedSentence[];
  select: SelectContext;
  /** Share of the question's weight carried by words the coverage never uses. */
  unknownShare: number;
  /** The question's concepts with their rarity weights (as `plan.concepts`, in order). */
  concepts: readonly ScoredConcept[];
}

const UNKNOWN_CONTEXT = -2;
/** Blocks read for a term's written forms (see SearchIndex.writtenForms). */
const WRITTEN_FORM_BLOCKS = 3;
/**
 * A word written starting in lower case. A module constant: a literal in a function is a new
 * `RegExp` each time it is evaluated (ECMA-262 §13.2.7.3), and these run for every written form.
 */
const LOWER_CASE_START = /^\p{Ll}/u;
/** Sentences whose words {@link SearchIndex.windowHighlights} keeps at most. */
const MAX_KEPT_SENTENCE_WORDS = 20_000;
/**
 * Sentences whose {@link PassageWords} the index keeps at most: about 0.7 KB each for a
 * sentence of 30 words, so at most some 15 MB.
 */
const MAX_KEPT_PASSAGE_WORDS = 20_000;
/** An article telling another event of the coverage's kind (other-instance.ts). */
interface OtherInstance extends OtherInstanceWords {
  article: number;
  /** Index term ids of its distinguishing names (`names`), those the index holds. */
  nameIds: number[];
}

/**
 * Sentences whose other-referent.ts `CutText` the index keeps at most: a few hundred bytes each
 * once cut (most are only tested for an other-marker and never cut), so at most some 10 MB.
 */
const MAX_KEPT_CUT_TEXTS = 20_000;
/**
 * Sentences whose stated periods (kept-stated-periods.ts) the index keeps at most: an
 * empty array for most, a few intervals for a dated one, so at most about 1 MB.
 */
const MAX_KEPT_STATED_PERIODS = 20_000;
/**
 * Sentences whose plan/speaker-words.ts `SpeechSites` the index keeps at most: a few hundred
 * bytes each.
 */
const MAX_KEPT_SPEECH_SITES = 20_000;
/**
 * Sentences whose later-references.ts `SentenceNames` the index keeps at most: a few dozen bytes
 * each.
 */
const MAX_KEPT_SENTENCE_NAMES = 20_000;
/**
 * Sentences whose second-reference terms (SearchIndex.matchTermsOf) the index keeps at most:
 * nearly all keep null (their own terms), the rest a few dozen term ids. Enough for every
 * sentence of the full State of the Union corpus (62,915): every candidate of every question is
 * read, and with 20,000 the memo was emptied 9 times in bench/first-sight.ts's 1,027 questions,
 * which read 56,426 sentences 191,434 times (session 49).
 */
const MAX_KEPT_SECOND_REFERENCES = 100_000;
/**
 * Sentences {@link SearchIndex.titleWordUse} reads the words of at most, for a title word the
 * coverage may write in lower case: some 20 µs each, once per word a question names.
 */
const MAX_TITLE_WORD_SENTENCES = 300;
/** Sentences whose {@link MonthWords} the index keeps at most (a few hundred bytes each). */
const MAX_KEPT_MONTH_WORDS = 20_000;
/** One answer type's kept scores: per sentence (-1: not yet), and per blanked sentence text. */
interface TypeScores {
  type: AnswerType;
  /** QueryPlan.realised: values told only as irrealis are not read (irrealis-values.ts). */
  realised: boolean;
  /** Each sentence's score, where {@link TypeScores.scored} marks it read. */
  own: Float32Array;
  /**
   * 1 where `own` holds a sentence's score. A flag apart, not a sentinel filled into `own`: an
   * array made fresh is already zeros, and filling one per new type with a sentinel touched
   * 63,000 slots at full State of the Union scale (~0.1 ms of a first-sight question's CPU).
   */
  scored: Uint8Array;
  blanked: Map<string, number>;
}

/** A question's plans {@link SearchIndex} keeps: one with its sources read, one without. */
const KEPT_PLANS = 2;

/** Question words whose readings (SearchIndex.editCorrections, abbreviations, lowerCaseUse) the index keeps at most. */
const MAX_KEPT_WORD_READINGS = 20_000;

/**
 * Answer types whose scores the index keeps at most (SearchIndex.typeScoresOf): one float and
 * one flag per sentence each, 315 KB each at State of the Union scale.
 */
const MAX_KEPT_ANSWER_TYPES = 65;
/**
 * Blanked sentence texts whose answer-type score the index keeps at most, over all answer
 * types (SearchIndex.blankedAnswerTypeOf): a few hundred bytes each.
 */
const MAX_KEPT_BLANKED_TEXTS = 20_000;
/**
 * Sentences {@link SearchIndex.sentencesWritingApart} reads the text of at most, each holding
 * every piece of the word: some 20 µs each, so a few milliseconds.
 */
export const MAX_APART_CHECKS = 200;
/** Whitespace between two sentences: no word runs across it. */
const BLANK_GAP = /^\s+$/;

/**
 * Per term (ids below `vocabularySize`), how many of the sentences hold it, and per sentence,
 * how many distinct terms it holds.
 */
export function countTerms(
  sentenceTerms: ReadonlyArray<ArrayLike<number>>,
  vocabularySize: number,
): { documentFrequency: Int32Array; distinctTerms: Int32Array } {
  const documentFrequency = new Int32Array(vocabularySize);
  const distinctTerms = new Int32Array(sentenceTerms.length);
  const seen = new Int32Array(vocabularySize).fill(-1);
  sentenceTerms.forEach((terms, s) => {
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k] as number;
      if (seen[id] === s) continue;
      seen[id] = s;
      documentFrequency[id]! += 1;
      distinctTerms[s]! += 1;
    }
  });
  return { documentFrequency, distinctTerms };
}

/** Options of {@link SearchIndex.build}. */
export interface BuildOptions {
  /** Called as blocks are indexed. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Each sentence's index terms ({@link termsOf} of its text), in corpus order, when already
   * known (a rebuild reusing earlier analyses); computed here otherwise.
   */
  sentenceTerms?: ReadonlyArray<readonly string[]>;
  /**
   * Each sentence's event words ({@link claimEventWords} of its text), in corpus order, when
   * already known; read here otherwise (tagging each sentence with wink-nlp).
   */
  sentenceEvents?: ReadonlyArray<Iterable<string>>;
  /**
   * Whether each sentence leaves its verb's object implicit (implicit-object.ts
   * `leavesObjectImplicit` of its text), in corpus order, when already known (a rebuild reusing earlier analyses); read here
   * otherwise.
   */
  sentenceObjectImplicit?: readonly boolean[];
  /**
   * Each sentence's values told as irrealis (irrealis-values.ts `irrealisValueSpans` of its
   * text: flat start/end pairs), in corpus order, when already known (read by a build's second
   * thread, or taken from an earlier index); read here otherwise.
   */
  sentenceRealisBlanks?: ReadonlyArray<ArrayLike<number>>;
  /**
   * Each sentence's dates as the fact comparison reads them (article-fact-dates.ts, what
   * {@link savedFactDates} of its analysed text gives), in corpus order, when already known (read
   * beside the timeline's dates, or taken from an earlier index); read here otherwise.
   */
  sentenceFactDates?: ReadonlyArray<readonly SavedMention[]>;
  /**
   * {@link SearchIndex.serializeTexts} of the same corpus, when made already: a build makes it
   * while its second thread still reads dates, which the rest waits for (engine/index.ts).
   */
  textTables?: TextTables;
  /**
   * The corpus's initialism table (corpus-initialism-table.ts), when made elsewhere: a build's
   * second thread makes it while this one builds the timeline (engine/index.ts). Read only when
   * `textTables` were made without it.
   */
  initialisms?: ReadonlyArray<readonly [initialism: string, phrases: readonly string[]]>;
}

/**
 * The parts of a {@link SerializedSearchIndex} read from the corpus's texts and index terms
 * alone: all but what is read of each sentence's claim and dates.
 */
export type TextTables = Omit<
  SerializedSearchIndex,
  | 'eventWords'
  | 'sentenceEvents'
  | 'objectImplicit'
  | 'realisBlanks'
  | 'sentenceDates'
  | 'initialisms'
> & {
  /** Null when made without it ({@link SearchIndex.serializeTexts}' `initialismsElsewhere`). */
  initialisms: SerializedSearchIndex['initialisms'] | null;
};

/** The sentences of `corpus` as its initialism table reads them, with their terms (`termsAt`). */
function* initialismSentences(
  corpus: Corpus,
  termsAt: (s: number) => readonly string[],
): Generator<InitialismSentence> {
  for (let s = 0; s < corpus.sentences.length; s++) {
    const { kind } = corpus.sentences[s] as Sentence;
    yield { kind, text: sentenceText(corpus, s), terms: termsAt(s) };
  }
}

/** Search over a corpus's sentences. */
export class SearchIndex {
  private readonly termIds: Map<string, number>;
  private readonly documentFrequency: Int32Array;
  /** Per sentence, how many distinct index terms it holds. */
  private readonly distinctTerms: Int32Array;
  private readonly blocks: Block[];
  private readonly blockArticle: Int32Array;
  private readonly aliasTable: AliasTable;
  private readonly vocabularyView: Vocabulary;
  private readonly synonyms: TermTable;
  private readonly derived: TermTable;
  private readonly formSynonyms: TermTable;
  private readonly inflections: TermTable;
  private readonly initialisms: TermTable;
  private readonly compounds: TermTable;
  private readonly commonWords: Set<string>;
  /** {@link SerializedSearchIndex.dictionaryWords}, looked up where they are saved. */
  private readonly dictionaryWords: FrontCodedWords;
  /** {@link SerializedSearchIndex.initialismLemmas}, looked up where they are saved. */
  private readonly initialismLemmas: FrontCodedWords;
  private readonly adverbials: Set<string>;
  /** Each sentence's event words, saved at build (sentence-events.ts). */
  private readonly sentenceEvents: SentenceEvents;
  /** Each sentence's dates as the fact comparison reads them, saved at build (sentence-dates.ts). */
  private readonly sentenceDates: SentenceDates;
  /** 1 for a sentence leaving its verb's object implicit, as saved at build (implicit-object.ts). */
  private readonly objectImplicit: Uint8Array;
  /** Per sentence, the values it tells only as irrealis ({@link SerializedSearchIndex.realisBlanks}). */
  private readonly realisBlanks: RealisBlanks;
  /** 1 for a sentence whose subject is a description of what the sentence before names (described-subject.ts). */
  private readonly describedSubject: Uint8Array;
  /** Per sentence, its opening description's saved code, 0 for none (opening-description.ts). */
  private readonly openings: Uint8Array;

  private readonly sentenceTerms: IntLists;
  private readonly scorer: PostingScorer;
  private readonly termSet: TermSet;
  private readonly marks: TermMarks;
  /** Every question's sentence matches, reused from one question to the next (match.ts). */
  private readonly matchSlots: MatchSlots;
  /** Per article, its metadata's index terms (source-match.ts `metadataTerms`), made on first use. */
  private readonly articleMetadataTerms: Array<ReadonlySet<string> | undefined>;
  /** Per article, the index terms of its title and headline, made on first use. */
  private readonly articleHeadlineTerms: Array<ReadonlySet<string> | undefined>;
  /** 1 for a heading that is its article's title or outlet: metadata, never quoted (corpus/metadata-heading.ts). */
  private readonly metadataHeading: Uint8Array;
  /** Per article, its lead's sentence index (-1: none), found on first use ({@link leadsWriting}). */
  private leads: Int32Array | undefined;
  /** Per sentence, the sentence it leans on (-1: none; {@link UNKNOWN_CONTEXT}: not yet known). */
  private readonly contexts: Int32Array;
  /**
   * Per sentence, whether it is quoted with the next for a correction (text/correction.ts
   * `quotedWithNext`): 0 not yet known, 1 no, 2 yes. Read for every quote window made.
   */
  private readonly quotedWithNext: Uint8Array;
  /**
   * Per sentence, features.ts `scoredAcrossBreak` of it (it depends on the corpus alone): 0 not
   * yet known, 1 no, 2 yes. Read for every candidate with no context, and every block's next.
   */
  private readonly acrossBreak: Uint8Array;
  /**
   * Per sentence, first-mention.ts `firstMention` of it (it depends on the corpus alone): the
   * sentence, -1 none, {@link UNKNOWN_CONTEXT} not yet known. Read for every candidate.
   */
  private readonly firstMentions: Int32Array;
  /**
   * Per sentence, running-quotation.ts `quotationSpeaker` of it (it depends on the corpus
   * alone): the sentence, -1 none, {@link UNKNOWN_CONTEXT} not yet known. Read for every
   * candidate and every block's next.
   */
  private readonly quotationSpeakers: Int32Array;
  /** Per article, its title's index terms (term ids). */
  private readonly titleTerms: Int32Array[];
  /** Words of sentences quoted so far (see {@link SearchIndex.windowHighlights}). */
  private readonly sentenceWords = new Map<number, Int32Array>();
  /** Words of candidate sentences, for blanking a question's own words (plan/asked-words.ts). */
  private readonly passageWords = new Map<number, PassageWords>();
  /** Candidate sentences' speech sites, read for "what did X say" (plan/speaker-words.ts). */
  private readonly speechSites = new Map<number, SpeechSites>();
  /**
   * Candidate sentences' names a later reference may stand for (later-references.ts): reading
   * them is a pattern match over the sentence, made for each of the best candidates of every
   * question, and the same candidates come back question after question.
   */
  private readonly sentenceNames = new Map<number, SentenceNames>();
  /**
   * A question word's one-edit corrections (plan/typo-edits.ts), by limit and word: they depend
   * on the index alone, and a misspelt word costs some hundreds of look-ups to correct.
   */
  private readonly editCorrections = new Map<string, readonly string[]>();
  /**
   * Per question word, the index terms it abbreviates (Vocabulary.abbreviated): they depend on
   * the index alone, and checking one reads the written forms of up to
   * `SEARCH_OPTIONS.plan.abbreviation.maxChecked` terms (some 0.5 ms a word, session 32).
   */
  private readonly abbreviations = new Map<string, readonly string[]>();
  /**
   * The plans of the question last asked, by whether its sources were read and its text. The
   * engine searches a question naming a source up to four times in one ask (its own answer, in
   * the articles named, in the others, and read as naming none: engine/engine.ts), and a plan
   * depends on the question and the index alone. At most {@link KEPT_PLANS} are kept, so the
   * next question empties it: plans are never kept from one question to another.
   */
  private readonly plans = new Map<string, QueryPlan>();
  /** Per question word, whether it is one edit from a dictionary word (Vocabulary.nearDictionaryWord). */
  private readonly dictionaryNeighbours = new Map<string, boolean>();
  /** Per index term, whether the corpus writes it as an initialism (Vocabulary.writtenAsInitialism). */
  private readonly initialismUse = new Map<string, boolean>();
  /** Per index term, whether the corpus writes it in lower case (Vocabulary.writtenInLowerCase). */
  private readonly lowerCaseUse = new Map<string, boolean>();
  /** Per answer type, each sentence's score for it and whether it is read yet, computed on first use. */
  private readonly answerTypes = new Map<string, Pick<TypeScores, 'own' | 'scored'>>();
  /**
   * Per answer type, the scores of sentences with a question's own words blanked, by the
   * blanked text ({@link SearchIndex.blankedAnswerTypeOf}).
   */
  private readonly blankedAnswerTypes = new Map<string, Map<string, number>>();
  /** Texts {@link blankedAnswerTypes} holds, over all answer types. */
  private blankedKept = 0;
  /** Terms of page lines and titles, for questions about the page. */
  private readonly pageTerms = new PageTerms();
  /** Ids of the month names' terms in this index (month-words.ts). */
  private readonly monthIds: Set<number>;
  /** Per sentence read, its terms with second references' given names (null: its own). */
  private readonly secondReferenceTerms = new IndexedMemo<Int32Array | null>(
    MAX_KEPT_SECOND_REFERENCES,
  );
  /** Per sentence read by {@link tellsOfOtherAt}, its words as other-referent.ts reads them. */
  private readonly cutTexts = new IndexedMemo<CutText>(MAX_KEPT_CUT_TEXTS);
  /** Per sentence read by {@link datedInOtherMonthAt}, the periods its own dates name. */
  private readonly statedPeriods = new KeptStatedPeriods(
    {
      textOf: (s) => this.textOf(s),
      datesOf: (s) => this.sentenceDates.of(s),
      publishedOf: (s) => this.read.publishedOf(s),
    },
    MAX_KEPT_STATED_PERIODS,
  );
  /** The latest publication year the coverage states (null: none), made on first use. */
  private latestStatedYear: number | null | undefined;
  /** Index term ids of the stems naming the coverage's kind of event (other-instance.ts `kindStems`). */
  private kindIds: number[] = [];
  /**
   * The articles whose headline or lead tells another event of the coverage's kind, each with
   * its distinguishing stems (other-instance.ts), found on first use.
   */
  private otherInstances: ReadonlyArray<OtherInstance> | undefined;
  /** Per sentence, how it uses month names, computed on first use. */
  private readonly monthWords = new Map<number, MonthWords>();
  /** The sentences' own index terms, as counted-noun-verb-use.ts reads them; made once. */
  private readonly sentenceTermIds: SentenceTermIds = {
    idOf: (term) => this.termIds.get(term),
    of: (s) => this.sentenceTerms.get(s),
  };
  /**
   * What each question's stages read of the index, as functions made once here rather than
   * closures made for every question: under tsx each closure made is also named (esbuild's
   * keepNames), which cost time and garbage per question (bench/ask-allocation.ts).
   */
  private readonly read = {
    textOf: (s: number) => this.textOf(s),
    contextOf: (s: number) => this.contextOf(s),
    termOverlap: (a: number, b: number) => this.termOverlap(a, b),
    matchTermsOf: (s: number) => this.matchTermsOf(s),
    monthWordsOf: (s: number) => this.monthWordsOf(s),
    termIdOf: (term: string) => this.termIds.get(term),
    documentFrequency: (id: number) => this.documentFrequency[id] ?? 0,
    termCount: (s: number) => this.sentenceTerms.sizeOf(s),
    publishedOf: (s: number) =>
      this.corpus.articles[this.corpus.sentences[s]?.article ?? -1]?.meta.published ?? null,
    eventWordsOf: (s: number) => this.sentenceEvents.of(s),
    datesOf: (s: number) => this.sentenceDates.of(s),
    wordsForBlanking: (s: number) => this.wordsForBlanking(s),
    metadataTermsOf: (article: number) => this.metadataTermsOf(article),
    quotedWithNextAt: (s: number) => this.quotedWithNextAt(s),
    acrossBreakAt: (s: number) => this.acrossBreakAt(s),
    firstMentionAt: (s: number) => this.firstMentionAt(s),
    quotationSpeakerAt: (s: number) => this.quotationSpeakerAt(s),
    objectImplicitAt: (s: number) => this.objectImplicit[s] === 1,
    describedAt: (s: number) => this.describedSubject[s] === 1,
    openingOf: (s: number) => this.openings[s] ?? 0,
    speechSitesOf: (s: number) =>
      keptIn(this.speechSites, s, MAX_KEPT_SPEECH_SITES, this.speechSitesOfSentence),
    namesOf: (s: number) =>
      keptIn(this.sentenceNames, s, MAX_KEPT_SENTENCE_NAMES, this.namesOfSentence),
  };

  /** What `read.namesOf` keeps. */
  private readonly namesOfSentence = (sentence: number): SentenceNames =>
    namesIn(this.textOf(sentence));

  /** What `read.speechSitesOf` keeps: made once, so a look-up that hits allocates nothing. */
  private readonly speechSitesOfSentence = (sentence: number): SpeechSites =>
    speechSitesOf(this.textOf(sentence));

  private constructor(
    private readonly corpus: Corpus,
    private readonly data: SerializedSearchIndex,
  ) {
    ({ scorer: this.scorer, termSet: this.termSet } = unpackLunr(data.lunr));
    this.sentenceTerms = IntLists.unpack(data.sentenceTerms);
    this.contexts = new Int32Array(corpus.sentences.length).fill(UNKNOWN_CONTEXT);
    this.quotedWithNext = new Uint8Array(corpus.sentences.length);
    this.acrossBreak = new Uint8Array(corpus.sentences.length);
    this.firstMentions = new Int32Array(corpus.sentences.length).fill(UNKNOWN_CONTEXT);
    this.quotationSpeakers = new Int32Array(corpus.sentences.length).fill(UNKNOWN_CONTEXT);
    if (this.sentenceTerms.length !== corpus.sentences.length) {
      throw new Error(
        `index: ${this.sentenceTerms.length} sentences indexed but the corpus has ${corpus.sentences.length}`,
      );
    }
    this.termIds = new Map(data.vocabulary.map((term, id) => [term, id]));
    this.marks = new TermMarks(data.vocabulary.length);
    this.matchSlots = new MatchSlots(corpus.sentences.length);
    this.articleMetadataTerms = new Array<ReadonlySet<string> | undefined>(
      corpus.articles.length,
    ).fill(undefined);
    this.articleHeadlineTerms = new Array<ReadonlySet<string> | undefined>(
      corpus.articles.length,
    ).fill(undefined);
    // Counted at build: counting them here held the event loop of a live engine swapping
    // indexes in (bench/swap-stall.ts) and was a good part of a large index's load.
    this.documentFrequency = unpackInts(data.documentFrequency);
    this.distinctTerms = unpackInts(data.distinctTerms);
    if (
      this.documentFrequency.length !== data.vocabulary.length ||
      this.distinctTerms.length !== this.sentenceTerms.length
    )
      throw new Error('index: the term counts do not match the vocabulary and sentences');
    this.blocks = buildBlocks(corpus.sentences);
    this.blockArticle = Int32Array.from(
      this.blocks,
      (block) => corpus.sentences[block.first]?.article ?? -1,
    );
    this.metadataHeading = Uint8Array.from(corpus.sentences, (sentence, s) =>
      sentence.kind === 'heading' &&
      isMetadataHeading(sentence, this.textOf(s), corpus.articles[sentence.article]!)
        ? 1
        : 0,
    );
    this.titleTerms = corpus.articles.map((article) =>
      Int32Array.from(
        termsOf(article.meta.title).flatMap((term) => {
          const id = this.termIds.get(term);
          return id === undefined ? [] : [id];
        }),
      ),
    );
    this.aliasTable = buildAliasTable(data.aliases);
    this.synonyms = TermTable.unpack(data.synonyms);
    this.derived = TermTable.unpack(data.derived);
    this.formSynonyms = TermTable.unpack(data.formSynonyms);
    this.inflections = TermTable.unpack(data.inflections);
    this.initialisms = TermTable.unpack(data.initialisms);
    this.compounds = TermTable.unpack(data.compounds);
    this.commonWords = new Set(data.commonWords);
    this.dictionaryWords = new FrontCodedWords(data.dictionaryWords);
    this.initialismLemmas = new FrontCodedWords(data.initialismLemmas);
    this.adverbials = new Set(data.adverbials);
    this.sentenceEvents = SentenceEvents.unpack(data, corpus.sentences.length);
    this.sentenceDates = SentenceDates.unpack(data.sentenceDates, corpus.sentences.length);
    this.objectImplicit = new Uint8Array(corpus.sentences.length);
    for (const s of unpackInts(data.objectImplicit)) {
      if (!(s >= 0 && s < corpus.sentences.length))
        throw new Error(`index: sentence ${s} of the implicit objects is not in the corpus`);
      this.objectImplicit[s] = 1;
    }
    this.realisBlanks = RealisBlanks.unpack(data.realisBlanks, corpus.sentences.length, (s) => {
      const sentence = corpus.sentences[s] as Sentence;
      return sentence.end - sentence.start;
    });
    this.describedSubject = new Uint8Array(corpus.sentences.length);
    for (const s of unpackInts(data.describedSubject)) {
      if (!(s >= 0 && s < corpus.sentences.length))
        throw new Error(`index: sentence ${s} of the described subjects is not in the corpus`);
      this.describedSubject[s] = 1;
    }
    this.openings = unpackOpenings(data.openingDescriptions, corpus.sentences.length);
    this.monthIds = new Set(
      [...monthTerms()].flatMap((term) => {
        const id = this.termIds.get(term);
        return id === undefined ? [] : [id];
      }),
    );
    const o = SEARCH_OPTIONS.plan;
    this.vocabularyView = {
      has: (term) => this.termIds.has(term),
      fuzzy: (term, distance, limit) => this.termSet.fuzzy(term, distance, limit, o.fuzzyMaxLength),
      completions: (prefix, limit) => this.termSet.completions(prefix, limit),
      synonyms: (key) => this.synonyms.get(key),
      formSynonyms: (word) => this.formSynonyms.get(word),
      derived: (key) => this.derived.get(key),
      // A regular past or third person the stemmer cuts below the lemma's term ("died",
      // "dies" → "di" of "die": synonyms.ts `shortenedForm`) is the word itself as much as
      // an irregular form is: "did any child die" asks of "No child died". Only where the
      // coverage writes that form: the term may be only a name's or a title's ("Di", "DI"),
      // another word that stems alike, not the verb's inflection.
      inflections: (word, term) => {
        const shortened = shortenedForm(
          term,
          (form, written) => this.termIds.has(form) && this.writesForm(form, written),
        );
        return [
          ...new Set([
            ...this.inflections.get(word),
            ...this.inflections.get(term),
            ...(shortened === null ? [] : [shortened]),
          ]),
        ];
      },
      abbreviated: (word) =>
        keptIn(this.abbreviations, word, MAX_KEPT_WORD_READINGS, () =>
          abbreviationCandidates(
            word,
            this.termsStartingWith(word.slice(0, SHARED_START)),
            (term) => this.documentFrequency[this.termIds.get(term) ?? -1] ?? 0,
            (term) => this.writtenForms(term),
            o.abbreviation,
            o.maxAbbreviationExpansions,
          ),
        ),
      spelledOut: (initialism) => this.initialisms.get(initialism),
      compounds: (term) => this.compounds.get(term),
      isCommon: (term) => this.commonWords.has(term),
      oneEditCorrections: (word, limit) =>
        keptIn(this.editCorrections, `${limit} ${word}`, MAX_KEPT_WORD_READINGS, () =>
          oneEditCorrections(word, (term) => this.termIds.has(term), stem, limit),
        ),
      writtenAsInitialism: (term) =>
        keptIn(this.initialismUse, term, MAX_KEPT_WORD_READINGS, () => {
          let capitals = false;
          for (const written of this.writtenForms(term, true)) {
            if (LOWER_CASE_START.test(written)) return false;
            if (written.length >= 2 && written === written.toUpperCase()) capitals = true;
          }
          return capitals;
        }),
      nearDictionaryWord: (word) =>
        keptIn(this.dictionaryNeighbours, word, MAX_KEPT_WORD_READINGS, () =>
          oneEditWords(word).some((variant) => this.vocabularyView.isDictionaryWord(variant)),
        ),
      writtenInLowerCase: (term) =>
        keptIn(this.lowerCaseUse, term, MAX_KEPT_WORD_READINGS, () => {
          for (const written of this.writtenForms(term, true))
            if (LOWER_CASE_START.test(written)) return true;
          return false;
        }),
      isAdverbial: (phrase) => this.adverbials.has(phrase),
      // The short words kept for initialisms count only as typed: "barier" is no inflection
      // of the city "Bari", and stays a typo of "barrier".
      isInitialismLemma: (term) => this.initialismLemmas.has(term),
      isDictionaryWord: (word) =>
        baseForms(word).some(
          (form) =>
            (form === word || form.length >= o.fuzzyMinLength) && this.dictionaryWords.has(form),
        ),
      inArticles: (term, articles) => {
        for (const block of this.scorer.documentsOf(term))
          if (articles.has(this.blockArticle[block] as number)) return true;
        return false;
      },
      sources: buildSourceCatalog(
        corpus.articles.map((article) => article.meta),
        { maxShare: o.sourceTermMaxShare, strongMaxShare: o.strongSourceTermMaxShare },
        (term) => this.commonWords.has(term),
        {
          usedOtherwise: outletWordUse(
            corpus.articles.flatMap((article) => article.meta.outlet ?? []),
            (term) => this.bodyTextsHolding(term),
            o.maxOutletWordSentences,
          ),
          writesInPhrase: outletWordPhrases(
            corpus.articles.flatMap((article) => article.meta.outlet ?? []),
            (term) => this.bodyTextsHolding(term),
            o.maxOutletWordSentences,
          ),
          writesInName: sourceWordNames(
            corpus.articles.flatMap((article) => article.meta.outlet ?? []),
            corpus.articles.flatMap((article) => [
              authorNaming(article.meta.author),
              ...titleNames(article.meta.title),
            ]),
            (term) => this.bodyTextsHolding(term),
            o.maxOutletWordSentences,
            (term) => !this.vocabularyView.writtenInLowerCase(term),
          ),
          titleWordUse: (term, word) => this.titleWordUse(term, word),
          leadsWriting: (term) => this.leadsWriting(term),
        },
      ),
    };
  }

  /** Builds the index of a corpus. */
  static build(corpus: Corpus, aliases: string[][], options: BuildOptions = {}): SearchIndex {
    return new SearchIndex(corpus, SearchIndex.serialize(corpus, aliases, options));
  }

  /**
   * The index of a corpus as {@link build} builds it, in the form saved: what an index build
   * writes, without the tables that answering reads made from it (the index file is loaded
   * before it answers).
   */
  static serialize(
    corpus: Corpus,
    aliases: string[][],
    options: BuildOptions = {},
  ): SerializedSearchIndex {
    if (
      options.sentenceObjectImplicit &&
      options.sentenceObjectImplicit.length !== corpus.sentences.length
    )
      throw new Error(
        `index: implicit objects given for ${options.sentenceObjectImplicit.length} sentences but the corpus has ${corpus.sentences.length}`,
      );
    if (options.sentenceFactDates && options.sentenceFactDates.length !== corpus.sentences.length)
      throw new Error(
        `index: fact dates given for ${options.sentenceFactDates.length} sentences but the corpus has ${corpus.sentences.length}`,
      );
    if (
      options.sentenceRealisBlanks &&
      options.sentenceRealisBlanks.length !== corpus.sentences.length
    )
      throw new Error(
        `index: irrealis spans given for ${options.sentenceRealisBlanks.length} sentences but the corpus has ${corpus.sentences.length}`,
      );
    if (options.sentenceEvents && options.sentenceEvents.length !== corpus.sentences.length)
      throw new Error(
        `index: event words given for ${options.sentenceEvents.length} sentences but the corpus has ${corpus.sentences.length}`,
      );
    const { describedSubject, openingDescriptions, lunr, ...leading } =
      options.textTables ?? SearchIndex.serializeTexts(corpus, aliases, options);
    const initialisms =
      leading.initialisms ?? SearchIndex.serializeInitialisms(corpus, options.initialisms, options);
    const events = packSentenceEvents(
      options.sentenceEvents ??
        corpus.sentences.map((_, s) => claimEventWords(sentenceText(corpus, s))),
    );
    const textAt = (s: number) => sentenceText(corpus, s);
    // In the order the index file has always written them.
    return {
      ...leading,
      // Where `leading` has it: a key written again keeps its place.
      initialisms,
      ...events,
      objectImplicit: packInts(
        options.sentenceObjectImplicit
          ? options.sentenceObjectImplicit.flatMap((implicit, s) => (implicit ? [s] : []))
          : objectImplicitSentences(corpus.sentences.map((_, s) => sentenceText(corpus, s))),
      ),
      realisBlanks: packRealisBlanks(
        options.sentenceRealisBlanks ??
          corpus.sentences.map((_, s) => irrealisValueSpans(sentenceText(corpus, s))),
      ),
      describedSubject,
      openingDescriptions,
      sentenceDates: packSentenceDates(
        corpus.sentences.length,
        (s) =>
          options.sentenceFactDates?.[s] ??
          savedFactDates(factTextAt({ sentences: corpus.sentences, textOf: textAt }, s)),
      ),
      lunr,
    };
  }

  /**
   * The initialism table of {@link serialize}'s index: `table` packed when made elsewhere (a
   * build's second thread makes it, engine/index.ts), else made here from the corpus's body
   * sentences and their index terms (`options.sentenceTerms`, read afresh when not given).
   */
  static serializeInitialisms(
    corpus: Corpus,
    table: BuildOptions['initialisms'] | undefined,
    options: Pick<BuildOptions, 'sentenceTerms'> = {},
  ): SerializedSearchIndex['initialisms'] {
    return packTermTable(
      table ??
        corpusInitialismTable(
          initialismSentences(
            corpus,
            (s) => options.sentenceTerms?.[s] ?? termsOf(sentenceText(corpus, s)),
          ),
        ),
    );
  }

  /**
   * The parts of {@link serialize}'s index read from the corpus's texts and index terms alone
   * ({@link TextTables}), with `options`' terms and progress: the part of a build that needs
   * neither the sentences' tagging nor their dates.
   */
  static serializeTexts(
    corpus: Corpus,
    aliases: string[][],
    options: Pick<BuildOptions, 'onProgress' | 'sentenceTerms'> & {
      /** Leave the initialism table out (null): it is made elsewhere ({@link BuildOptions.initialisms}). */
      initialismsElsewhere?: boolean;
    } = {},
  ): TextTables {
    const { onProgress } = options;
    if (options.sentenceTerms && options.sentenceTerms.length !== corpus.sentences.length)
      throw new Error(
        `index: terms given for ${options.sentenceTerms.length} sentences but the corpus has ${corpus.sentences.length}`,
      );
    const termIds = new Map<string, number>();
    const vocabulary: string[] = [];
    const textAt = (s: number) => sentenceText(corpus, s);
    const termsBySentence = corpus.sentences.map(
      (_, s) => options.sentenceTerms?.[s] ?? termsOf(textAt(s)),
    );
    const sentenceTerms = termsBySentence.map((terms) =>
      terms.map((term) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          vocabulary.push(term);
          termIds.set(term, id);
        }
        return id;
      }),
    );
    const blocks = buildBlocks(corpus.sentences);
    const blockTerms = blocks.map((block, index) => {
      const terms: number[] = [];
      for (let s = block.first; s <= block.last; s++) terms.push(...(sentenceTerms[s] ?? []));
      if (onProgress && (index % 500 === 0 || index === blocks.length - 1))
        onProgress(index + 1, blocks.length);
      return terms;
    });
    const known = new Set(vocabulary);
    const inflections = buildInflectionTable(known, wordnetRelations().inflections);
    const irregularOf = new Map(inflections);
    const counts = countTerms(sentenceTerms, vocabulary.length);
    // One reading of each sentence's opening description (described-subject.ts) gives both
    // what the sentences leaning on the one before are and what later references read.
    const openings = readOpenings(corpus.sentences, textAt);
    return {
      vocabulary,
      sentenceTerms: packLists(sentenceTerms),
      documentFrequency: packInts(counts.documentFrequency),
      distinctTerms: packInts(counts.distinctTerms),
      aliases,
      synonyms: packTermTable(
        corpusSynonymTable(
          known,
          inflections,
          new Set(corpus.articles.flatMap((article) => [...metadataTerms(article.meta).terms])),
          termsInMostArticles(sentenceTerms, vocabulary, (s) => corpus.sentences[s]?.article ?? -1),
        ),
      ),
      derived: packTermTable(
        withIrregularForms(
          buildDerivedTable(known),
          wordnetRelations().inflections,
          wordnetRelations().homographInflections,
          known,
        ),
      ),
      inflections: packTermTable(inflections),
      formSynonyms: packTermTable(
        // Only the forms whose stem is another word's in use: the others reach their lemma's
        // synonyms by their stem (irregular-derived.ts).
        buildVerbFormSynonymTable(
          known,
          wordnetRelations().homographInflections,
          (term) => irregularOf.get(term) ?? [],
        ),
      ),
      initialisms: options.initialismsElsewhere
        ? null
        : packTermTable(
            corpusInitialismTable(
              initialismSentences(corpus, (s) => termsBySentence[s] as readonly string[]),
            ),
          ),
      compounds: packTermTable(
        buildCompoundTable(corpus.sentences.map((_, s) => sentenceText(corpus, s))),
      ),
      commonWords: wordnetRelations().commonStems,
      dictionaryWords: dictionaryWords(known),
      initialismLemmas: initialismLemmas(),
      adverbials: wordnetRelations().adverbials,
      describedSubject: packInts(openings.described),
      openingDescriptions: packOpenings(openings.codes),
      lunr: packDocuments(blockTerms, vocabulary),
    };
  }

  /** Index terms by their first {@link SHARED_START} letters, grouped on first use. */
  private termsByStart: Map<string, string[]> | undefined;

  private termsStartingWith(start: string): readonly string[] {
    if (!this.termsByStart) {
      this.termsByStart = new Map();
      for (const term of this.data.vocabulary) {
        const key = term.slice(0, SHARED_START);
        const list = this.termsByStart.get(key);
        if (list) list.push(term);
        else this.termsByStart.set(key, [term]);
      }
    }
    return this.termsByStart.get(start) ?? [];
  }

  /**
   * Folded words of the corpus whose stem is `term`, read from the first `maxBlocks` blocks
   * holding it (by default {@link WRITTEN_FORM_BLOCKS}): what an abbreviation is checked
   * against. With `asWritten`, the words as the text writes them (their case kept).
   */
  private *writtenForms(
    term: string,
    asWritten = false,
    maxBlocks = WRITTEN_FORM_BLOCKS,
  ): Generator<string> {
    const blocks = this.scorer.documentsOf(term);
    for (let b = 0; b < Math.min(blocks.length, maxBlocks); b++) {
      const block = this.blocks[blocks[b] as number];
      if (!block) continue;
      for (let s = block.first; s <= block.last; s++) {
        const text = this.textOf(s);
        for (const token of tokenize(text))
          if (stemsTo(token.word, term))
            yield asWritten ? text.slice(token.start, token.end) : token.word;
      }
    }
  }

  /**
   * True when the corpus writes the folded word `written` anywhere with the stem `term`
   * ("died" for "di", not only "DI"): every block holding the term is read, up to the first
   * such word, so the answer does not hang on which articles come first; kept per index, as the
   * corpus does not change under it.
   */
  private writesForm(term: string, written: string): boolean {
    const key = `${term}\u0000${written}`;
    let writes = this.formsWritten.get(key);
    if (writes === undefined) {
      writes = false;
      for (const word of this.writtenForms(term, false, Infinity))
        if (word === written) {
          writes = true;
          break;
        }
      this.formsWritten.set(key, writes);
    }
    return writes;
  }

  /** {@link writesForm}'s answers, by term and word. */
  private readonly formsWritten = new Map<string, boolean>();

  /** The texts of the body sentences (no heading) holding an index term, in corpus order. */
  private *bodyTextsHolding(term: string): Generator<string> {
    const id = this.termIds.get(term);
    if (id === undefined) return;
    for (const b of this.scorer.documentsOf(term)) {
      const block = this.blocks[b];
      if (!block) continue;
      for (let s = block.first; s <= block.last; s++)
        if (this.corpus.sentences[s]?.kind === 'body' && this.sentenceTerms.get(s).includes(id))
          yield this.textOf(s);
    }
  }

  /**
   * The articles whose lead, their first body sentence, writes an index term capitalised, as a
   * name (source-match.ts `leadsWriting`). The leads are found once, on the first call.
   */
  private leadsWriting(term: string): Set<number> {
    const leads = this.leadSentences();
    const articles = new Set<number>();
    for (const b of this.scorer.documentsOf(term)) {
      const article = this.blockArticle[b] as number;
      const lead = leads[article] ?? -1;
      const block = this.blocks[b];
      if (!block || articles.has(article) || lead < block.first || lead > block.last) continue;
      const text = this.textOf(lead);
      if (
        tokenize(text).some(
          (token) => stemsTo(token.word, term) && /^\p{Lu}/u.test(text.slice(token.start)),
        )
      )
        articles.add(article);
    }
    return articles;
  }

  /** Per article, its lead's sentence index: its first body sentence (-1: none); found once. */
  private leadSentences(): Int32Array {
    if (this.leads === undefined) {
      const leads = Int32Array.from(this.corpus.articles, () => -1);
      this.corpus.sentences.forEach((sentence, s) => {
        if (sentence.kind === 'body' && leads[sentence.article] === -1) leads[sentence.article] = s;
      });
      this.leads = leads;
    }
    return this.leads;
  }

  /**
   * The articles whose headline or lead tells another event of the coverage's kind than the
   * main one, with the stems that distinguish it (other-instance.ts); found on first use.
   */
  private otherInstanceArticles(): ReadonlyArray<OtherInstance> {
    if (this.otherInstances === undefined) {
      const leadSentences = this.leadSentences();
      const leads = this.corpus.articles.map((article, a) => {
        const lead = leadSentences[a] ?? -1;
        return {
          headline: article.meta.title || (article.headline ?? ''),
          lead: lead < 0 ? '' : this.textOf(lead),
        };
      });
      const kind = kindStems(leads);
      this.kindIds = [...kind]
        .map((term) => this.termIds.get(term))
        .filter((id): id is number => id !== undefined);
      const articlesUsing = (term: string) => {
        const using = new Set<number>();
        for (const b of this.scorer.documentsOf(term)) using.add(this.blockArticle[b] as number);
        return using.size;
      };
      const found: OtherInstance[] = [];
      leads.forEach((lead, article) => {
        const words = otherInstanceWords(lead, kind, articlesUsing, leads.length);
        if (words === null) return;
        const nameIds = [...words.names]
          .map((name) => this.termIds.get(name))
          .filter((id): id is number => id !== undefined);
        found.push({ article, ...words, nameIds });
      });
      this.otherInstances = found;
    }
    return this.otherInstances;
  }

  /**
   * How the coverage's text uses a title word (source-match.ts `titleWordUse`): the articles
   * whose own text (not a heading that is their title) holds the term, and whether the text
   * writes `word` (folded) in lower case, read in at most {@link MAX_TITLE_WORD_SENTENCES} of
   * the sentences holding the term.
   */
  private titleWordUse(
    term: string,
    word: string,
  ): { articles: Set<number>; inLowerCase: boolean } {
    const articles = new Set<number>();
    let inLowerCase = false;
    const id = this.termIds.get(term);
    if (id === undefined) return { articles, inLowerCase };
    const ids = new Set([id]);
    let read = 0;
    for (const b of this.scorer.documentsOf(term)) {
      const block = this.blocks[b];
      if (!block) continue;
      for (let s = block.first; s <= block.last; s++) {
        if (this.metadataHeading[s] === 1 || !this.holdsAny(s, ids)) continue;
        articles.add(this.blockArticle[b] as number);
        if (inLowerCase || read >= MAX_TITLE_WORD_SENTENCES) continue;
        read += 1;
        const text = this.textOf(s);
        inLowerCase = tokenize(text).some(
          (token) => token.word === word && /^\p{Ll}/u.test(text.slice(token.start, token.end)),
        );
      }
    }
    return { articles, inLowerCase };
  }

  /** Loads a saved index over the corpus it was built from. */
  static load(corpus: Corpus, data: SerializedSearchIndex): SearchIndex {
    if (
      !Array.isArray(data.vocabulary) ||
      !Array.isArray(data.commonWords) ||
      typeof data.dictionaryWords !== 'string' ||
      typeof data.initialismLemmas !== 'string' ||
      !Array.isArray(data.adverbials) ||
      !Array.isArray(data.eventWords) ||
      typeof data.sentenceEvents !== 'string' ||
      typeof data.sentenceDates !== 'object' ||
      typeof data.objectImplicit !== 'object' ||
      typeof data.realisBlanks !== 'object' ||
      typeof data.describedSubject !== 'object' ||
      typeof data.openingDescriptions?.sentences !== 'object' ||
      typeof data.openingDescriptions?.codes !== 'object' ||
      typeof data.synonyms?.lines !== 'string' ||
      typeof data.documentFrequency !== 'object' ||
      typeof data.distinctTerms !== 'object' ||
      typeof data.derived?.lines !== 'string' ||
      typeof data.formSynonyms?.lines !== 'string' ||
      typeof data.inflections?.lines !== 'string' ||
      typeof data.initialisms?.lines !== 'string' ||
      typeof data.compounds?.lines !== 'string' ||
      typeof data.lunr !== 'object'
    ) {
      throw new Error('index: the search section is malformed');
    }
    return new SearchIndex(corpus, data);
  }

  /** What to save. */
  toJSON(): SerializedSearchIndex {
    return this.data;
  }

  /**
   * The kept answer-type scores of `type` (null for none), looked up once per question: its
   * key names a whole string of the type's fields. At most {@link MAX_KEPT_ANSWER_TYPES} types
   * are kept; a new one past that drops the least recently asked (LRU: the maps' insertion
   * order, a type moved to the end when asked), not all of them: counts of a unit are nearly
   * one type per question ("how many soldiers"), and emptying the whole cache for them threw
   * away the scores of the few types most questions ask ("number", "place", "date"), which
   * every later question of those types then read again from the candidates' texts (three
   * times in the 1,027 questions of bench/first-sight.ts, session 47).
   */
  private typeScoresOf(type: AnswerType | null, realised = false): TypeScores | null {
    if (type === null) return null;
    const key = `${answerTypeKey(type)}${realised ? ':realised' : ''}`;
    let kept = this.answerTypes.get(key);
    let blanked = this.blankedAnswerTypes.get(key);
    if (kept) {
      this.answerTypes.delete(key);
    } else {
      if (this.answerTypes.size >= MAX_KEPT_ANSWER_TYPES) {
        const [oldest] = this.answerTypes.keys();
        this.answerTypes.delete(oldest as string);
        this.blankedKept -= this.blankedAnswerTypes.get(oldest as string)?.size ?? 0;
        this.blankedAnswerTypes.delete(oldest as string);
      }
      const sentences = this.corpus.sentences.length;
      kept = { own: new Float32Array(sentences), scored: new Uint8Array(sentences) };
    }
    this.answerTypes.set(key, kept);
    if (!blanked) this.blankedAnswerTypes.set(key, (blanked = new Map()));
    return { type, realised, own: kept.own, scored: kept.scored, blanked };
  }

  /** {@link answerTypeScore} of a sentence for the question's type (0 for none), kept. */
  private answerTypeOf(sentence: number, scores: TypeScores | null): number {
    if (scores === null) return 0;
    // For a question asking a realised act's value, read on the text without the values it
    // gives only as irrealis (irrealis-values.ts).
    if (scores.scored[sentence] === 0) {
      scores.own[sentence] = answerTypeScore(
        scores.realised ? this.realisTextOf(sentence) : this.textOf(sentence),
        scores.type,
      );
      scores.scored[sentence] = 1;
    }
    return scores.own[sentence] as number;
  }

  /**
   * {@link answerTypeScore} of a sentence with a question's own words blanked (asked-words.ts
   * `withoutAskedWords`), kept by the blanked text: the score depends on the text and the
   * answer type's key alone (answer-type.ts `answerTypeKey`), and questions on one topic blank
   * the same words out of the same candidates ("agreement", a name), so each question need not
   * run every answer-type rule over them again (the largest share of scoring its candidates).
   * For a realised act's question, `blanked` is already without its irrealis values.
   */
  private blankedAnswerTypeOf(blanked: string, scores: TypeScores): number {
    let score = scores.blanked.get(blanked);
    if (score === undefined) {
      if (this.blankedKept >= MAX_KEPT_BLANKED_TEXTS) {
        for (const texts of this.blankedAnswerTypes.values()) texts.clear();
        this.blankedKept = 0;
      }
      score = answerTypeScore(blanked, scores.type);
      scores.blanked.set(blanked, score);
      this.blankedKept += 1;
    }
    return score;
  }

  /** {@link passageWordsOf} a sentence, kept: the same sentences are candidates again and again. */
  private wordsForBlanking(sentence: number): PassageWords {
    return keptIn(this.passageWords, sentence, MAX_KEPT_PASSAGE_WORDS, this.passageWordsOfSentence);
  }

  /** What {@link wordsForBlanking} keeps: made once, so a look-up that hits allocates nothing. */
  private readonly passageWordsOfSentence = (sentence: number): PassageWords =>
    passageWordsOf(this.textOf(sentence), {
      ids: this.sentenceTerms.get(sentence),
      vocabulary: this.data.vocabulary,
    });

  /** The index terms of an article's metadata (source-match.ts `metadataTerms`), kept. */
  private metadataTermsOf(article: number): ReadonlySet<string> {
    let known = this.articleMetadataTerms[article];
    if (known === undefined) {
      const meta = this.corpus.articles[article]?.meta;
      if (meta === undefined) return new Set<string>();
      this.articleMetadataTerms[article] = known = metadataTerms(meta).terms;
    }
    return known;
  }

  /**
   * The index terms of an article's title and headline (abstain-features.ts `headlineTermsOf`),
   * kept: the counted-act gate asks them per candidate, and they depend on the article alone.
   */
  private headlineTermsOf(article: number): ReadonlySet<string> {
    let known = this.articleHeadlineTerms[article];
    if (known === undefined) {
      const found = this.corpus.articles[article];
      if (found === undefined) return new Set<string>();
      this.articleHeadlineTerms[article] = known = new Set(
        termsOf(`${found.meta.title ?? ''} ${found.headline ?? ''}`),
      );
    }
    return known;
  }

  /**
   * A sentence's terms as a question is matched against them: its own, with the given names of
   * a person it calls by title and surname ("Mr Tulley") put before the surname, when its
   * article named that person in full before (second-references.ts). Depends on the corpus
   * alone, so it is kept; most sentences call no one so and keep their own terms.
   */
  private matchTermsOf(sentence: number): Int32Array {
    const own = this.sentenceTerms.get(sentence);
    const known = this.secondReferenceTerms.get(sentence);
    if (known !== undefined) return known ?? own;
    const terms = this.secondReferenceTermsOf(sentence, own);
    this.secondReferenceTerms.set(sentence, terms);
    return terms ?? own;
  }

  /**
   * {@link matchTermsOf} worked out: the terms with second references' given names, or null when
   * they are its `own`. A method of its own because its arrow makes V8 allocate a context at
   * every call of the function that holds it, and {@link matchTermsOf} is called for every
   * candidate sentence of every question, nearly always to find it kept.
   */
  private secondReferenceTermsOf(sentence: number, own: Int32Array): Int32Array | null {
    const text = this.textOf(sentence);
    let terms: Int32Array | null = null;
    if (MAY_HOLD_TITLED_SURNAME.test(text)) {
      const s = this.corpus.sentences[sentence] as Sentence;
      const before = (this.corpus.articles[s.article]?.text ?? '').slice(0, s.start);
      const ids = [...own];
      for (const { surname, given } of secondReferences(text, before)) {
        const surnameId = this.termIds.get(termsOf(surname)[0] ?? '');
        const at = surnameId === undefined ? -1 : ids.indexOf(surnameId);
        const givenIds = termsOf(given.join(' ')).flatMap((t) => this.termIds.get(t) ?? []);
        if (at >= 0 && givenIds.length > 0) ids.splice(at, 0, ...givenIds);
      }
      if (ids.length > own.length) terms = Int32Array.from(ids);
    }
    // A short form of a name the article gave in full before ("Bellhaven" after "Bellhaven
    // Marine Works"): the rest of the name's terms follow it (short-names.ts).
    const s = this.corpus.sentences[sentence] as Sentence;
    const article = this.corpus.articles[s.article];
    const short = article ? shortNames(text, s.start, article.text, article.paragraphs) : [];
    if (short.length > 0) {
      const ids = [...(terms ?? own)];
      for (const { word, rest } of short) {
        const at = ids.indexOf(this.termIds.get(termsOf(word)[0] ?? '') ?? -1);
        const restIds = termsOf(rest).flatMap((t) => this.termIds.get(t) ?? []);
        if (at >= 0 && restIds.length > 0) ids.splice(at + 1, 0, ...restIds);
      }
      if (ids.length > (terms ?? own).length) terms = Int32Array.from(ids);
    }
    return terms;
  }

  /**
   * {@link contextSentence} of a sentence: it depends on the corpus alone, so it is kept. It
   * passes the reader made once ({@link read}), never an arrow made here: an arrow using `this`
   * makes V8 allocate a context at every call of the function that holds it, the look-ups that
   * hit included (16.7 KiB per State of the Union question; bench/ask-allocation.ts).
   */
  private contextOf(sentence: number): number | null {
    let known = this.contexts[sentence];
    if (known === undefined) return null;
    if (known === UNKNOWN_CONTEXT) {
      known =
        contextSentence(
          this.corpus.sentences,
          this.read.textOf,
          sentence,
          this.read.objectImplicitAt,
          this.read.describedAt,
        ) ?? -1;
      this.contexts[sentence] = known;
    }
    return known < 0 ? null : known;
  }

  /** See {@link SelectContext.termOverlap}. */
  private termOverlap(a: number, b: number): number {
    const sizeA = this.distinctTerms[a] ?? 0;
    const sizeB = this.distinctTerms[b] ?? 0;
    if (sizeA === 0 || sizeB === 0) return 0;
    const shared = this.marks.sharedCount(this.sentenceTerms.get(a), this.sentenceTerms.get(b));
    return shared / Math.min(sizeA, sizeB);
  }

  /** How sentence `s` uses month names (month-words.ts), kept for later questions. */
  private monthWordsOf(s: number): MonthWords {
    let known = this.monthWords.get(s);
    if (known === undefined) {
      const terms = this.sentenceTerms.get(s);
      let holds = false;
      for (let k = 0; k < terms.length && !holds; k++)
        holds = this.monthIds.has(terms[k] as number);
      known = holds
        ? monthWordsOf(this.textOf(s), this.read.termIdOf, this.monthIds)
        : NO_MONTH_WORDS;
      if (this.monthWords.size >= MAX_KEPT_MONTH_WORDS) this.monthWords.clear();
      this.monthWords.set(s, known);
    }
    return known;
  }

  /** text/correction.ts `quotedWithNext` of a sentence and the next, kept ({@link quotedWithNext}). */
  private quotedWithNextAt(sentence: number): boolean {
    let known = this.quotedWithNext[sentence];
    if (known === 0) {
      const next = sentence + 1 < this.corpus.sentences.length ? this.textOf(sentence + 1) : '';
      known = quotedWithNext(this.textOf(sentence), next) ? 2 : 1;
      this.quotedWithNext[sentence] = known;
    }
    return known === 2;
  }

  /** first-mention.ts `firstMention` of a sentence, kept ({@link firstMentions}). */
  private firstMentionAt(sentence: number): number | null {
    let known = this.firstMentions[sentence];
    if (known === undefined) return null;
    if (known === UNKNOWN_CONTEXT) {
      known =
        firstMention(this.corpus.sentences, this.read.textOf, sentence, (s, term) => {
          const id = this.termIds.get(term);
          return id !== undefined && this.sentenceTerms.get(s).includes(id);
        }) ?? -1;
      this.firstMentions[sentence] = known;
    }
    return known < 0 ? null : known;
  }

  /** running-quotation.ts `quotationSpeaker` of a sentence, kept ({@link quotationSpeakers}). */
  private quotationSpeakerAt(sentence: number): number | null {
    let known = this.quotationSpeakers[sentence];
    if (known === undefined) return null;
    if (known === UNKNOWN_CONTEXT) {
      known = quotationSpeaker(this.corpus.sentences, this.read.textOf, sentence) ?? -1;
      this.quotationSpeakers[sentence] = known;
    }
    return known < 0 ? null : known;
  }

  /** features.ts `scoredAcrossBreak` of a sentence, kept ({@link acrossBreak}). */
  private acrossBreakAt(sentence: number): boolean {
    let known = this.acrossBreak[sentence];
    if (known === undefined) return false;
    if (known === 0) {
      known = scoredAcrossBreak(this.corpus.sentences, this.read.textOf, sentence) ? 2 : 1;
      this.acrossBreak[sentence] = known;
    }
    return known === 2;
  }

  /**
   * irrealis-values.ts `withoutIrrealisValues` of a sentence's text, from the spans the build
   * read ({@link realisBlanks}): a question of a realised act reads it for each candidate, and
   * reading the values' clauses at question time was 4.7% of first-sight CPU at full State of
   * the Union scale even kept per sentence (bench/first-sight-profile.ts, session 53).
   */
  private realisTextOf(sentence: number): string {
    return blankedSpans(this.textOf(sentence), this.realisBlanks.of(sentence));
  }

  private textOf(sentence: number): string {
    const s = this.corpus.sentences[sentence] as Sentence;
    return (this.corpus.articles[s.article]?.text ?? '').slice(s.start, s.end);
  }

  /**
   * Stages 1–4: plans the question, retrieves candidate blocks and ranks their sentences by
   * the fitted model, best first. Never throws on user text: the question is tokenised by this
   * index's own analysis, never parsed as lunr query syntax. `readSources`: see
   * {@link SearchOptions.readSources}.
   */
  rank(question: string, articles?: ReadonlySet<number>, readSources = true): Ranking {
    const plan = keptIn(this.plans, `${readSources ? 1 : 0}${question}`, KEPT_PLANS, () =>
      planQuery(question, this.vocabularyView, this.aliasTable, readSources),
    );
    const { read } = this;
    const concepts = prepareConcepts(
      plan,
      read.termIdOf,
      read.documentFrequency,
      this.corpus.sentences.length,
    );
    const matcher = new QuestionMatcher(
      concepts,
      this.marks,
      read.matchTermsOf,
      touchesMonths(concepts, this.monthIds) ? read.monthWordsOf : undefined,
      this.matchSlots,
      heldByPublicationYear(plan, (s) => {
        const article = this.corpus.sentences[s]?.article;
        return article === undefined ? undefined : this.vocabularyView.sources.years[article];
      }),
      verbOnlyCountedNoun(plan, read.textOf, this.sentenceTermIds),
    );
    const { textOf, contextOf } = read;
    const typeScores = this.typeScoresOf(plan.answerType, plan.realised === true);
    const select: SelectContext = {
      sentences: this.corpus.sentences,
      textOf,
      termOverlap: read.termOverlap,
      contextOf,
      contextHelps: (s, before) =>
        matcher.coverage([before, s]) > matcher.coverage([s]) + SEARCH_OPTIONS.select.widenGain ||
        (typeScores !== null &&
          this.answerTypeOf(before, typeScores) > this.answerTypeOf(s, typeScores)),
      matcher,
      answerType: plan.answerType,
      question: plan.question,
      publishedOf: read.publishedOf,
      eventWordsOf: read.eventWordsOf,
      datesOf: read.datesOf,
      synonymsOf: this.vocabularyView.synonyms,
      quotedWithNextAt: read.quotedWithNextAt,
      objectImplicitAt: read.objectImplicitAt,
      spelling: {
        writtenInLowerCase: (term) => this.vocabularyView.writtenInLowerCase(term),
        hasTerm: (term) => this.termIds.has(term),
        formsOf: (term) => oneWordForms(plan, term),
      },
      wordsOf: read.wordsForBlanking,
    };
    const unknown = {
      unknownShare: unknownShare(concepts),
      concepts,
    };
    if (concepts.length === 0) return { plan, ranked: [], select, ...unknown };
    const source = {
      scorer: this.scorer,
      blocks: this.blocks,
      vocabulary: this.data.vocabulary,
      documentFrequency: read.documentFrequency,
      sentences: this.corpus.sentences.length,
    };
    const blocks = candidateBlocks(
      concepts,
      source,
      articles === undefined
        ? undefined
        : (block) => articles.has(this.blockArticle[block] as number),
    );
    // A question that names its sources ("in his 1917 address") is also looked up in them
    // alone: in a large corpus their passages may rank below the top blocks of the whole. So is
    // one that only points to articles (by a publication date: "in 1808"), as their evidence.
    const named = plan.sources.articles.size > 0 ? plan.sources.articles : plan.sources.mentioned;
    if (articles === undefined && named.size > 0) {
      const taken = new Set(blocks.map((candidate) => candidate.block));
      for (const extra of candidateBlocks(concepts, source, (block) =>
        named.has(this.blockArticle[block] as number),
      ))
        if (!taken.has(extra.block)) blocks.push(extra);
    }
    const bestBlock = blocks[0]?.score || 1;
    const titleCoverage = new Map<number, number>();
    // Per question: what counts as new depends on the question's words.
    const newAnswerType = new Map<number, number>();
    const asked =
      plan.answerType === null
        ? plan.askedTerms
        : askedBesidesKind(plan.answerType, plan.askedTerms);
    let askedSubject: AskedSubject | null | undefined;
    const features: FeatureContext = {
      plan,
      matcher,
      sentences: this.corpus.sentences,
      textOf,
      answerTypeOf: (s) => this.answerTypeOf(s, typeScores),
      newAnswerTypeOf: (s) => {
        let known = newAnswerType.get(s);
        if (known === undefined && typeScores !== null) {
          // newAnswerTypeScore (`asked` is already without the asked kind): a sentence holding
          // none of the question's words scores as the index keeps it, without a second read.
          // Irrealis is read on the whole sentence, before the asked words are blanked: the
          // asked verb ("has cancelled 46 flights … and will move") tells a value's tense.
          const text = typeScores.realised ? this.realisTextOf(s) : this.textOf(s);
          const blanked = withoutAskedWords(
            text,
            asked,
            this.wordsForBlanking(s),
            plan.askedDescribing,
          );
          known =
            blanked === text
              ? this.answerTypeOf(s, typeScores)
              : this.blankedAnswerTypeOf(blanked, typeScores);
          newAnswerType.set(s, known);
        }
        return known ?? 0;
      },
      heaviest: heaviestConcept(concepts),
      termCount: read.termCount,
      contextOf,
      acrossBreakOf: read.acrossBreakAt,
      firstMentionOf: read.firstMentionAt,
      quotationSpeakerOf: read.quotationSpeakerAt,
      speakerWordsOf: speakerWordsReader(plan, read.speechSitesOf),
      speechSitesOf: read.speechSitesOf,
      speakerConcepts: speakerConcepts(plan),
      askedSubject: () =>
        askedSubject === undefined ? (askedSubject = askedSubjectOf(plan.question)) : askedSubject,
      titleCoverage: (article) => {
        let known = titleCoverage.get(article);
        if (known === undefined) {
          const title = this.titleTerms[article] ?? new Int32Array();
          known = matcher.coverageOfTerms(title);
          titleCoverage.set(article, known);
        }
        return known;
      },
    };
    const ranked: RankedSentence[] = [];
    // A paragraph opens a block (blocks.ts): a sentence opening a candidate block is scored
    // with that block, not again after the block before it.
    const opening = new Set(blocks.map((candidate) => candidate.block.first));
    for (const { block, score: blockScore } of blocks) {
      for (let s = block.first; s <= block.last; s++) {
        if (this.metadataHeading[s] === 1) continue;
        // A sentence that matches nothing may still answer with the sentence it leans on.
        const f = featuresOf(features, s, blockScore / bestBlock);
        if (f === null) continue;
        ranked.push({ sentence: s, score: scoreOf(f), features: f });
      }
      // …and so may the paragraph after it, when it opens on someone this block names
      // (features.ts scoredAcrossBreak), though it lies in a block of its own that holds
      // none of the question's words.
      const next = block.last + 1;
      if (opening.has(next) || this.metadataHeading[next] === 1) continue;
      // So may a paragraph of quotation whose speaker this block's last sentence attributes
      // (running-quotation.ts).
      if (!read.acrossBreakAt(next) && read.quotationSpeakerAt(next) !== block.last) continue;
      const f = featuresOf(features, next, blockScore / bestBlock);
      if (f !== null) ranked.push({ sentence: next, score: scoreOf(f), features: f });
    }
    const best = bestFirst(ranked);
    const added = this.addLaterReferences(best, plan.question, features, select);
    return { plan, ranked: added ? bestFirst(best) : best, select, ...unknown };
  }

  /**
   * Makes the later references to what the best of `ranked` name (later-references.ts)
   * candidates, scored with the sentence naming it (that sentence's BM25), and quoted
   * from it: `features` and `select` read that sentence as the one each leans on. A later
   * reference already ranked keeps the better of its two scores. `ranked` is best first; true
   * when it changed.
   */
  private addLaterReferences(
    ranked: RankedSentence[],
    question: string,
    features: FeatureContext,
    select: SelectContext,
  ): boolean {
    const { read } = this;
    const referents = referentsOf(
      ranked,
      SEARCH_OPTIONS.select.referentCandidates,
      question,
      this.corpus.sentences,
      read,
    );
    if (referents.size === 0) return false;
    const contextOf = (s: number): number | null => referents.get(s) ?? read.contextOf(s);
    features.contextOf = contextOf;
    select.contextOf = contextOf;
    select.referentOf = (s) => referents.get(s) ?? null;
    const at = new Map<number, number>();
    ranked.forEach((candidate, k) => at.set(candidate.sentence, k));
    for (const [s, named] of referents) {
      // A paragraph opening right after the naming sentence is scored with it already
      // (features.ts scoredAcrossBreak) and quoted alone: its reading stays.
      if (this.metadataHeading[s] === 1 || (s === named + 1 && read.acrossBreakAt(s))) {
        referents.delete(s);
        continue;
      }
      const bm25 = ranked[at.get(named) ?? -1]?.features.bm25 ?? 0;
      const f = featuresOf(features, s, bm25);
      if (f === null) continue;
      const scored = { sentence: s, score: scoreOf(f), features: f };
      const k = at.get(s);
      if (k === undefined) ranked.push(scored);
      else if ((ranked[k] as RankedSentence).score < scored.score) ranked[k] = scored;
    }
    return referents.size > 0;
  }

  /** What abstention reads of a ranking (abstain-features.ts). */
  abstentionInput(ranking: Ranking): AbstentionInput {
    return {
      plan: ranking.plan,
      ranked: ranking.ranked,
      concepts: ranking.concepts,
      matcher: ranking.select.matcher,
      sentences: this.corpus.sentences,
      unknownShare: ranking.unknownShare,
      textOf: this.read.textOf,
      wordsOf: this.read.wordsForBlanking,
      // The ranking's: a later reference leans on the sentence naming what it refers to.
      contextOf: ranking.select.contextOf,
      objectImplicitAt: this.read.objectImplicitAt,
      metadataTermsOf: this.read.metadataTermsOf,
      headlineTermsOf: (article) => this.headlineTermsOf(article),
      isCommon: (term) => this.commonWords.has(term),
      derivedOf: (term) => this.vocabularyView.derived(term),
      writtenInLowerCase: (term) => this.vocabularyView.writtenInLowerCase(term),
      hasTerm: (term) => this.termIds.has(term),
      isDictionaryWord: (word) => this.vocabularyView.isDictionaryWord(word),
    };
  }

  /** A sentence's claim event words, as saved at build (sentence-events.ts); never tags. */
  eventWordsOf(sentence: number): ReadonlySet<string> {
    return this.sentenceEvents.of(sentence);
  }

  /** The WordNet synonyms the index saved for a term (a stem: synonyms.ts); empty when none. */
  synonymsOf(term: string): readonly string[] {
    return this.vocabularyView.synonyms(term);
  }

  /**
   * Builds what this index builds on a question's first need of it and keeps: lunr's fuzzy
   * automaton of its terms (lunr-layout.ts `TermSet`), which typo correction and abbreviation
   * expansion intersect. True the time it builds it.
   */
  warmUp(): boolean {
    return this.termSet.warm();
  }

  /** True when an index term (a stem: text/terms.ts) occurs in the corpus. */
  hasTerm(term: string): boolean {
    return this.termIds.has(term);
  }

  /**
   * The first `limit` sentences (corpus order, quotable: no title or outlet heading) holding
   * one of `terms` (index terms), only of `articles` when given. Read from the terms' postings
   * (the blocks holding each, then those blocks' sentences), with no ranking and no candidate
   * budget: for proving that no passage holds a word, which retrieval's top blocks cannot. Costs
   * what the terms' postings cost, not what the corpus does.
   */
  sentencesHolding(
    terms: readonly string[],
    limit: number,
    articles?: ReadonlySet<number>,
  ): number[] {
    const ids = new Set(terms.flatMap((term) => this.termIds.get(term) ?? []));
    const found: number[] = [];
    if (ids.size === 0 || limit <= 0) return found;
    const blocks = sortedUnion(terms.map((term) => this.scorer.documentsOf(term)));
    for (let k = 0; k < blocks.length && found.length < limit; k++) {
      const b = blocks[k] as number;
      if (articles && !articles.has(this.blockArticle[b] as number)) continue;
      const block = this.blocks[b] as Block;
      for (let s = block.first; s <= block.last && found.length < limit; s++)
        if (this.metadataHeading[s] !== 1 && this.holdsAny(s, ids)) found.push(s);
    }
    return found;
  }

  /**
   * The first `limit` sentences (corpus order, quotable, only of `articles` when given) that
   * write `word` (folded, one word) apart ("cease fire" for "ceasefire": compound-words.ts
   * `writesApart`). Only the sentences holding every term of one of the word's cuttings
   * (`partTermSets`) are read, found by intersecting those terms' postings, the shortest first;
   * at most `maxChecks` of them are read. When that bound leaves some unread before `limit`
   * are found, the first unread ones fill the list unconfirmed: each holds every piece of the
   * word and may write it apart, so a caller proving that none does must not claim it of them.
   */
  sentencesWritingApart(
    word: string,
    limit: number,
    articles?: ReadonlySet<number>,
    maxChecks = MAX_APART_CHECKS,
  ): number[] {
    const found: number[] = [];
    if (limit <= 0) return found;
    const candidates = new Set<number>();
    for (const terms of partTermSets(word, (term) => this.termIds.has(term))) {
      const ids = terms.map((term) => new Set([this.termIds.get(term) as number]));
      // A block holds every term when one of its sentences does; its sentences are then read.
      for (const b of sortedIntersection(terms.map((term) => this.scorer.documentsOf(term)))) {
        if (articles && !articles.has(this.blockArticle[b] as number)) continue;
        const block = this.blocks[b] as Block;
        for (let s = block.first; s <= block.last; s++)
          if (this.metadataHeading[s] !== 1 && ids.every((id) => this.holdsAny(s, id)))
            candidates.add(s);
      }
    }
    const ordered = [...candidates].sort((a, b) => a - b);
    let checked = 0;
    for (; checked < ordered.length && checked < maxChecks && found.length < limit; checked++)
      if (writesApart(this.textOf(ordered[checked] as number), word))
        found.push(ordered[checked] as number);
    return [...found, ...ordered.slice(checked, checked + limit - found.length)];
  }

  /**
   * True when a quotable sentence writes `noun` (folded, singular; its plural too, as written,
   * so "report" is not "reported") with one of `verbs` and every one of `modifiers` (index
   * terms): what the coverage tells of a thing (plan/page-question.ts `ToldOf`). Reads the
   * sentences of the blocks holding the noun and a verb, at most `maxChecks` of them whole.
   */
  tellsOf(
    noun: string,
    verbs: readonly string[],
    modifiers: readonly string[] = [],
    maxChecks = MAX_APART_CHECKS,
  ): boolean {
    const nounId = this.termIds.get(stem(noun));
    const verbIds = new Set(verbs.flatMap((verb) => this.termIds.get(verb) ?? []));
    if (nounId === undefined || verbIds.size === 0) return false;
    const modifierIds = modifiers.map((term) => new Set([this.termIds.get(term) ?? -1]));
    const written = new RegExp(`\\b${noun}(?:e?s)?\\b`, 'i');
    const nounIds = new Set([nounId]);
    const blocks = sortedIntersection([
      this.scorer.documentsOf(stem(noun)),
      sortedUnion(verbs.map((verb) => this.scorer.documentsOf(verb))),
    ]);
    let checked = 0;
    for (const b of blocks) {
      const block = this.blocks[b] as Block;
      for (let s = block.first; s <= block.last; s++) {
        if (this.metadataHeading[s] === 1 || !this.holdsAny(s, nounIds)) continue;
        if (!this.holdsAny(s, verbIds) || !modifierIds.every((ids) => this.holdsAny(s, ids)))
          continue;
        if (written.test(this.textOf(s))) return true;
        if (++checked >= maxChecks) return false;
      }
    }
    return false;
  }

  /** True when sentence `s` holds one of the term ids `ids`. */
  private holdsAny(s: number, ids: ReadonlySet<number>): boolean {
    // Read in place: a view of every sentence's list would be kept (packed.ts IntLists).
    const end = this.sentenceTerms.start(s + 1);
    for (let k = this.sentenceTerms.start(s); k < end; k++)
      if (ids.has(this.sentenceTerms.allValues[k] as number)) return true;
    return false;
  }

  /** The quote window a ranked sentence would be shown with. */
  windowOf(ranking: Ranking, sentence: number): Window {
    const { matcher } = ranking.select;
    return widen(sentence, {
      ...ranking.select,
      addsCoverage: (current, next) =>
        matcher.spanCoverage(current.first, next) >
        matcher.spanCoverage(current.first, current.last) + SEARCH_OPTIONS.select.widenGain,
    });
  }

  /**
   * `ranked` (ranking's passages, perhaps reordered) with the passages naming the holder of the
   * role the question asks for moved ahead of those above them naming no person
   * (holders-first.ts); as given when the question asks for no role's holder. The role is the
   * answer type's focus ("who is the leader of …", "which judge …"), or the act of a "who"
   * verb ("who chairs the committee", "who leads the trust": holder-roles.ts). A holder is named
   * beside the role's word or one of its synonyms in the plan ("Justice" for "judge"; "chair",
   * "leader" for the verbs), in a passage holding another of the question's concepts.
   */
  private holdersFirst(ranking: Ranking, ranked: RankedSentence[]): RankedSentence[] {
    const { answerType, concepts } = ranking.plan;
    const asked = askedRole(answerType, concepts);
    if (asked === null) return ranked;
    const { concept: role, stems: roleStems } = asked;
    const { matcher } = ranking.select;
    return holdersFirst(ranked, ({ sentence, features }) => {
      const matched = matcher.sentence(sentence).matched;
      const holder =
        matched.some((factor, k) => k !== role && factor > 0) &&
        namesHolderOfAny(this.textOf(sentence), roleStems);
      return { holder, typeMatch: features.typeMatch };
    });
  }

  /**
   * `ranked` (ranking's passages, perhaps reordered) with the passages enumerating what a list
   * question asks for ("which five pools will reopen": as many names as it counts) moved ahead
   * of those above them enumerating none (enumerations-first.ts); as given for any other
   * question. A passage enumerating must hold a concept of the question besides its count, and
   * its series stand beside a word of the question (enumerations-first.ts `besideAsked`).
   */
  private enumerationsFirst(ranking: Ranking, ranked: RankedSentence[]): RankedSentence[] {
    const { question, concepts } = ranking.plan;
    const asked = askedEnumeration(question);
    if (asked === null) return ranked;
    const count = concepts.findIndex((concept) => isNumberToken(concept.label.toLowerCase()));
    // The asked class noun, its synonyms and the question's other words (a year too: "the act
    // of 1891, with Belgium, France, …"), each one index term.
    const askedTerms = new Set([asked.head]);
    for (const concept of concepts)
      for (const { terms } of concept.alternatives)
        if (terms.length === 1) askedTerms.add(terms[0]!);
    const isAsked = (term: string) => askedTerms.has(term);
    // Kinds of an asked noun named by common nouns ("puffins, guillemots and razorbills" for
    // "which birds"): kind-series.ts.
    const isKind = kindsOfTest(askedNouns(question)) ?? undefined;
    const { matcher } = ranking.select;
    return holdersFirst(
      ranked,
      ({ sentence }) => {
        const text = this.textOf(sentence);
        if (!enumerates(text, asked, isAsked, isKind)) return { holder: false, typeMatch: 0 };
        // "They are Ashcombe, Brockhurst …" names what the sentence before told of, which may
        // hold what the question asks about, in the same paragraph or in the one before: news
        // writing's paragraphs are often one sentence long.
        const { first, last } = this.windowOf(ranking, sentence);
        const before = this.corpus.sentences[first - 1];
        const leans =
          first === sentence &&
          opensWithPronoun(text) &&
          before?.kind === 'body' &&
          before.article === this.corpus.sentences[sentence]?.article;
        let holds = false;
        for (let at = leans ? first - 1 : first; at <= last && !holds; at++)
          holds = matcher.sentence(at).matched.some((factor, k) => k !== count && factor > 0);
        return { holder: holds, typeMatch: 1 };
      },
      SEARCH_OPTIONS.select.enumerationsFirstPool,
    );
  }

  /**
   * `ranking.ranked` with passages telling of another thing than a definite description of the
   * question asks about, or of another member of the series its ordinal picks out ("a second
   * case" for "where was it first confirmed"), moved below comparable ones (given-first.ts,
   * other-referent.ts, other-ordinal.ts), or dated in another month than its time adjunct names
   * (other-month.ts); as ranked when the question holds no definite description, no ordinal and
   * no such adjunct. Each of the few passages read
   * looks back at most over the sentences a quote may take before it, in its paragraph.
   */
  private givenReferentsFirst(ranking: Ranking): RankedSentence[] {
    const asked = askedDescriptions(ranking.plan.question);
    // …or another member of the series the question's ordinal picks out (other-ordinal.ts).
    const ordinal = askedOrdinal(ranking.plan.question);
    // …or dated in another month than the question's time adjunct names (other-month.ts).
    const month = askedMonth(ranking.plan.question);
    // …or an earlier event told as background, when the question names no time (background-event.ts).
    const mainEvent = month === null && !namesOwnTime(ranking.plan.question);
    // …or of an article that reports another event of the coverage's kind (other-instance.ts),
    // as the question's words tell, not those of a source it names ("the Dale Herald").
    const question = questionWithoutSourceNames(ranking.plan);
    const instances = this.otherInstanceArticles();
    const otherEvents = instances.filter(({ words }) => asksOfMainEvent(question, words));
    // …or, for a question naming such an event ("who owns the brennock house"), of another
    // event than that one: its place restricts the event asked about.
    const namedEvents = instances.filter(
      ({ words, nameIds }) => nameIds.length > 0 && namesOtherEvent(question, words),
    );
    if (
      asked.length === 0 &&
      ordinal === null &&
      month === null &&
      !mainEvent &&
      otherEvents.length === 0 &&
      namedEvents.length === 0
    )
      return ranking.ranked;
    // A passage marks another referent only at its own mention of the head asked: one without
    // the head's index term is ruled out before its text is read.
    const heads = asked.map((description) => this.termIds.get(description.head));
    return givenFirst(ranking.ranked, ({ sentence, features }) => {
      const terms = this.sentenceTerms.get(sentence);
      const held = asked.filter((_, i) => heads[i] !== undefined && terms.includes(heads[i]!));
      return {
        other:
          (held.length > 0 && this.tellsOfOtherAt(sentence, held)) ||
          (ordinal !== null && tellsOfOtherOrdinal(this.textOf(sentence), ordinal)) ||
          (month !== null && this.datedInOtherMonthAt(sentence, month)) ||
          (mainEvent && this.toldAsBackgroundAt(sentence)) ||
          this.tellsOfOtherInstanceAt(sentence, terms, otherEvents, namedEvents),
        typeMatch: features.typeMatch,
        coverage: Math.max(features.coverage, features.contextCoverage),
      };
    });
  }

  /**
   * True when the sentence at `sentence` (whose term ids are `terms`) tells of another event
   * than the question asks of (other-instance.ts): it belongs to one of `otherEvents`' articles
   * or tells an event of the coverage's kind at one of their places ("the explosion in
   * Brennock"), or it does neither for one of `namedEvents` (the events the question names).
   */
  private tellsOfOtherInstanceAt(
    sentence: number,
    terms: ArrayLike<number> & { includes(id: number): boolean },
    otherEvents: readonly OtherInstance[],
    namedEvents: readonly OtherInstance[],
  ): boolean {
    const article = this.corpus.sentences[sentence]?.article ?? -1;
    const ofKind = () => this.kindIds.some((id) => terms.includes(id));
    const tells = (event: OtherInstance) =>
      event.article === article || (event.nameIds.some((id) => terms.includes(id)) && ofKind());
    return otherEvents.some(tells) || namedEvents.some((event) => !tells(event));
  }

  /**
   * True when the sentence at `sentence` dates its event, by its own dates read from its
   * article's, in another month than `month` (1–12; other-month.ts).
   */
  private datedInOtherMonthAt(sentence: number, month: number): boolean {
    return datedInOtherMonth(this.statedPeriods.at(sentence), month);
  }

  /**
   * True when the sentence at `sentence` tells an earlier event as background
   * (background-event.ts): it opens on an adjunct of time holding a year, and each of its own
   * dates ends more than a decade before its article's publication year, or, when its article
   * states none, the latest the coverage states.
   */
  private toldAsBackgroundAt(sentence: number): boolean {
    const { years } = this.vocabularyView.sources;
    const article = this.corpus.sentences[sentence]?.article;
    const own = article === undefined ? undefined : years[article];
    if (!opensOnYear(this.textOf(sentence))) return false;
    return toldAsBackground(this.statedPeriods.at(sentence), own ?? this.latestYear());
  }

  /** The latest publication year any article of the coverage states, or null; made once. */
  private latestYear(): number | null {
    if (this.latestStatedYear === undefined) {
      const stated = this.vocabularyView.sources.years.filter((y): y is number => y !== undefined);
      this.latestStatedYear = stated.length > 0 ? Math.max(...stated) : null;
    }
    return this.latestStatedYear;
  }

  /**
   * True when the sentence at `sentence`, read with the sentences before it in its paragraph a
   * quote may take, tells of another thing than one of `asked` (other-referent.ts).
   */
  private tellsOfOtherAt(sentence: number, asked: readonly AskedDescription[]): boolean {
    const { sentences } = this.corpus;
    const own = sentences[sentence] as Sentence;
    const before: CutText[] = [];
    for (
      let s = Math.max(0, sentence - SEARCH_OPTIONS.select.maxWindowSentences);
      s < sentence;
      s++
    ) {
      const earlier = sentences[s] as Sentence;
      if (earlier.article === own.article && earlier.paragraph === own.paragraph)
        before.push(this.cutTextOf(s));
    }
    const cut = this.cutTextOf(sentence);
    return mayTellOfOtherCut([cut, ...before]) && tellsOfAnyOtherCut(cut, before, asked);
  }

  /**
   * The sentence at `sentence` as other-referent.ts reads it (its words, stems and other-marker
   * test, each made on first use), kept: the same passages are read for question after question.
   */
  private cutTextOf(sentence: number): CutText {
    let cut = this.cutTexts.get(sentence);
    if (cut === undefined) this.cutTexts.set(sentence, (cut = new CutText(this.textOf(sentence))));
    return cut;
  }

  /** Answers a question with the best passages, or says it cannot (stages 1–6). */
  search(question: string, options: SearchOptions): SearchResult {
    const ranking = this.rank(question, options.articles, options.readSources);
    const { plan, ranked, select } = ranking;
    const input = ranked.length > 0 ? this.abstentionInput(ranking) : null;
    if (process.env.DEBUG_GATES && input) {
      const features = passageFeatures(input);
      console.error(
        JSON.stringify({
          gates: gateEvidence(input),
          f: features[0],
          p: questionProbability(features),
          w: widestCoverage(ranking),
        }),
      );
    }
    const outcome =
      input === null
        ? decide(undefined)
        : decideOutcome(passageFeatures(input), widestCoverage(ranking), () =>
            someGateRefuses(input),
          );
    if (outcome === 'nothing')
      return { plan, outcome, answered: false, hits: [], closest: [], differ: [], ranking };
    const o = SEARCH_OPTIONS.select;
    const limit = outcome === 'answer' ? options.limit : o.closestShown;
    const { realisation } = options;
    // A question about the present state with a slot asked: the latest report of it first.
    const present = outcome === 'answer' && plan.answerType !== null && asksPresentState(question);
    const pool =
      outcome === 'answer' && (realisation || present) ? limit * OUTCOME_POOL_FACTOR : limit;
    const chosen = selectPassages(
      this.enumerationsFirst(
        ranking,
        this.holdersFirst(ranking, this.givenReferentsFirst(ranking)),
      ),
      pool,
      select,
    );
    // Each hit's ranked sentence: its answer-type match orders the latest report first, and
    // "sources differ" reads it of the passages shown.
    const rankedOf = new Map<SearchHit, RankedSentence>();
    const selected: SearchHit[] = chosen.map((one) => {
      const hit = {
        window: one.window,
        score: one.ranked.score,
        coverage: Math.max(one.ranked.features.coverage, one.ranked.features.contextCoverage),
        matchedIds: select.matcher.spanMatchedIds(one.window.first, one.window.last),
        also: one.also,
      };
      rankedOf.set(hit, one.ranked);
      return hit;
    });
    let ordered =
      outcome === 'answer' && realisation
        ? outcomesFirst(selected, (hit) => realisation(hit.window))
        : selected;
    if (present)
      ordered = latestFirst(ordered, (hit) => ({
        typeMatch: rankedOf.get(hit)?.features.typeMatch ?? 0,
        coverage: hit.coverage,
        published: select.publishedOf(hit.window.sentence),
      }));
    const hits = ordered.slice(0, limit);
    if (outcome !== 'answer') {
      // Close means sharing one of the question's own words, not only a synonym of one.
      const own = ownWordIds(plan, ranking.concepts);
      const closest = hits.filter((hit) => holdsOwnWord(hit.matchedIds, own));
      return { plan, outcome, answered: false, hits: [], closest, differ: [], ranking };
    }
    // Passages after the first need not answer alone, but must still be about the question.
    const floor = (hits[0]?.coverage ?? 0) * o.secondaryCoverageShare;
    const shown = hits.filter((hit) => hit.coverage >= floor);
    return {
      plan,
      outcome,
      answered: true,
      hits: shown,
      closest: [],
      differ: findDisagreements(
        ranked,
        select,
        shown.flatMap((hit) => rankedOf.get(hit) ?? []),
      ),
      ranking,
    };
  }

  /**
   * For a question about the page (a photo, an author, a publication date: plan/page-question.ts),
   * the page lines that answer it and the named articles that state none (page-passages.ts);
   * nothing for any other question. `plan` is the one {@link SearchIndex.search} returned;
   * `naming`, the question's terms that name `options.articles` besides their metadata
   * (page-passages.ts `PageInput.naming`).
   */
  pageAnswer(plan: QueryPlan, options: SearchOptions, naming?: ReadonlySet<string>): PageAnswer {
    const question = pageQuestionOf(plan.question, plan.sources.terms, (noun, verbs, modifiers) =>
      this.tellsOf(noun, verbs, modifiers),
    );
    if (question === null) return NO_PAGE_ANSWER;
    const concepts = prepareConcepts(
      plan,
      this.read.termIdOf,
      this.read.documentFrequency,
      this.corpus.sentences.length,
    );
    return pagePassages(
      {
        question,
        plan,
        weights: concepts.map((concept) => concept.weight),
        articles: this.corpus.articles,
        only: options.articles,
        ...(naming === undefined ? {} : { naming }),
        limit: options.limit,
      },
      this.pageTerms,
    );
  }

  /** Spans (offsets into `text`) of the words whose terms are in `matchedIds`. */
  highlights(text: string, matchedIds: ReadonlySet<number>): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    const words = this.wordsOf(text);
    for (let i = 0; i < words.length; i += 3) {
      if (matchedIds.has(words[i + 2] as number))
        spans.push([words[i] as number, words[i + 1] as number]);
    }
    return spans;
  }

  /**
   * {@link highlights} of the quote of `window` (its sentences' text, first to last), with
   * offsets into that quote. Each sentence's words are read once and kept.
   */
  windowHighlights(window: Window, matchedIds: ReadonlySet<number>): Array<[number, number]> {
    const { sentences, articles } = this.corpus;
    const first = sentences[window.first] as Sentence;
    const text = articles[first.article]?.text ?? '';
    const spans: Array<[number, number]> = [];
    for (let s = window.first; s <= window.last; s++) {
      const sentence = sentences[s] as Sentence;
      // A word could run on across a gap that is not blank; then read the quote whole.
      const next = sentences[s + 1];
      if (
        s < window.last &&
        (next === undefined || !BLANK_GAP.test(text.slice(sentence.end, next.start)))
      )
        return this.highlights(
          text.slice(first.start, (sentences[window.last] as Sentence).end),
          matchedIds,
        );
      const words = keptIn(this.sentenceWords, s, MAX_KEPT_SENTENCE_WORDS, () =>
        this.wordsOf(text.slice(sentence.start, sentence.end)),
      );
      const offset = sentence.start - first.start;
      for (let i = 0; i < words.length; i += 3) {
        if (matchedIds.has(words[i + 2] as number))
          spans.push([(words[i] as number) + offset, (words[i + 1] as number) + offset]);
      }
    }
    return spans;
  }

  /** The words of `text` that are index terms: start, end and term id of each, flattened. */
  private wordsOf(text: string): Int32Array {
    const words: number[] = [];
    for (const token of tokenize(text)) {
      if (isStopWord(token)) continue;
      const id = this.termIds.get(stem(token.word));
      if (id !== undefined) words.push(token.start, token.end, id);
    }
    return Int32Array.from(words);
  }
}
