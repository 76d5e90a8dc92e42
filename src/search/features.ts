/**
 * Stage 3, features: what is known about one candidate sentence for one question, as numbers
 * the ranking model combines (score.ts). Each feature is 0–1.
 */
import type { Sentence } from '../corpus/types.js';
import type { QuestionMatcher } from './match.js';
import { SEARCH_OPTIONS } from './options.js';
import type { QueryPlan } from './plan/query-plan.js';
import { restatesError } from '../text/correction.js';
import { leavesObjectImplicit } from './implicit-object.js';
import { describedSubject, namesAntecedent } from './described-subject.js';
import { pointsToError, refersBack, subjectNamedBefore } from './select/widen.js';
import { givesWords, givesWordsOf, type SpeechSites } from './plan/speaker-words.js';
import { agreesWithAsked, type AskedSubject } from './antecedent-agreement.js';
import { firstMention } from './first-mention.js';
import { quotationSpeaker } from './running-quotation.js';

/** The features, in the order the model's weights are stored. */
export const FEATURE_NAMES = [
  /** Rarity-weighted share of the question's concepts the sentence holds. */
  'coverage',
  /** The same, with the sentence before it when this one's subject is a pronoun or a description. */
  'contextCoverage',
  /** The same, with its neighbours in the same paragraph (a paragraph break ends a unit). */
  'neighbourCoverage',
  /**
   * The same, with the sentences either side in the article even across a paragraph break:
   * evidence that the passage is on the question's topic. Quotes and context never cross a
   * break; this only says what the surroundings are about.
   */
  'surroundingCoverage',
  /** Share of the question's weight the article's title holds: an article titled with it is about it. */
  'titleCoverage',
  /** lunr's BM25 score of the sentence's block, divided by the best block's. */
  'bm25',
  /** 1 when the matched words stand together, less as they spread. */
  'proximity',
  /** Share of the question's neighbouring word pairs that stand together here too. */
  'phrases',
  /** How well it holds the answer type asked for (0 when the question asks for none). */
  'typeMatch',
  /** 1 when the question asks for an answer type and the sentence (with its context) holds none. */
  'typeMiss',
  /**
   * typeMatch counting only what the question does not already say: its own names, numbers
   * and years blanked (see newAnswerTypeScore). A sentence that only repeats the question's
   * entities answers nothing.
   */
  'typeNew',
  /** 1 when the question names a source and this is one of the sources it names. */
  'sourceMatch',
  /** 1 when the question's words point to this article's metadata more loosely (see SourceMatch.mentioned). */
  'metadataMatch',
  /** 1 for a heading rather than article text. */
  'heading',
  /** 1 when the sentence (with its context) holds the question's rarest known word. */
  'heaviestMatched',
  /** The sentence's length in index terms, over 40 (at most 1): long sentences match more by chance. */
  'length',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** What the features read about the corpus and the question. */
export interface FeatureContext {
  plan: QueryPlan;
  matcher: QuestionMatcher;
  sentences: readonly Sentence[];
  textOf: (sentence: number) => string;
  /** How well a sentence holds the plan's answer type (cached by the index). */
  answerTypeOf: (sentence: number) => number;
  /** The same, beyond the question's own words (see newAnswerTypeScore). */
  newAnswerTypeOf: (sentence: number) => number;
  /** The index of the question's heaviest concept (see match.ts), or -1. */
  heaviest: number;
  /** How many index terms a sentence has. */
  termCount: (sentence: number) => number;
  /** The coverage of the question by an article's title (0–1). */
  titleCoverage: (article: number) => number;
  /** {@link contextSentence} of a sentence, when the index keeps it; computed here otherwise. */
  contextOf?: (sentence: number) => number | null;
  /** {@link scoredAcrossBreak} of a sentence, when the index keeps it; computed here otherwise. */
  acrossBreakOf?: (sentence: number) => boolean;
  /** first-mention.ts `firstMention` of a sentence, when the index keeps it; computed here otherwise. */
  firstMentionOf?: (sentence: number) => number | null;
  /** running-quotation.ts `quotationSpeaker` of a sentence, when the index keeps it; computed here otherwise. */
  quotationSpeakerOf?: (sentence: number) => number | null;
  /**
   * For a question of no answer type asking for someone's words ("what did Aster say":
   * plan/speaker.ts `wordsAskedOf`), how well a sentence gives them (plan/speaker-words.ts
   * `speakerWordsScore`): those words are the answer it asks for, read as its answer type.
   */
  speakerWordsOf?: (sentence: number) => number;
  /**
   * With {@link speakerWordsOf}, the indices of the plan's concepts naming the speaker
   * (plan/speaker-words.ts `speakerConcepts`): in a passage holding none of the speaker's
   * words and giving no one's (`givesWords`) they count for nothing ({@link featuresOf}).
   */
  speakerConcepts?: ReadonlySet<number>;
  /**
   * A sentence's plan/speaker-words.ts `SpeechSites`, when the index keeps them; read from the
   * text otherwise.
   */
  speechSitesOf?: (sentence: number) => SpeechSites;
  /**
   * The question's subject (antecedent-agreement.ts `askedSubjectOf`), null when it names none,
   * read on first call (it may load the lexicon); absent, no sentence reads the one before as
   * its own.
   */
  askedSubject?: () => AskedSubject | null;
}

/**
 * The sentence a sentence leans on: the one before it in its article, when this one opens with
 * a pronoun or a description ("He", "The 65-year-old", "The agency") or leaves its verb's object
 * to it ("More than 200 people attended.": implicit-object.ts), and that one is article text of
 * the same paragraph. Null when it stands alone or opens its paragraph: a paragraph
 * break is where the writer ended a unit, and quoting across it would join two paragraphs.
 * A sentence pointing back to an error ("We are happy to correct the error.") leans on the one
 * that states the error (text/correction.ts `restatesError`: "Correction: In our report of 11
 * September we said …") when that stands a sentence or two before in its paragraph, within the
 * longest quote: the error, its correction, and the apology are read and quoted as one.
 * A description whose head names a person or a body leans on the sentence before when that
 * names one of its kind, whatever the verb ("The driver fled.": described-subject.ts).
 * `objectImplicitAt` gives implicit-object.ts `leavesObjectImplicit` of a sentence as the index
 * saved it, and `describedAt` described-subject.ts's reading; absent, they are read from the
 * text (which reads WordNet).
 */
export function contextSentence(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  sentence: number,
  objectImplicitAt?: (sentence: number) => boolean,
  describedAt?: (sentence: number) => boolean,
): number | null {
  const own = sentences[sentence];
  const before = sentences[sentence - 1];
  if (own === undefined || before === undefined || own.kind !== 'body') return null;
  if (before.article !== own.article || before.kind !== 'body') return null;
  if (own.paragraph !== before.paragraph) return null;
  const text = textOf(sentence);
  const implicit = objectImplicitAt ? objectImplicitAt(sentence) : leavesObjectImplicit(text);
  if (!refersBack(text) && !implicit && !(describedAt ?? describedHere)(sentence)) return null;
  if (pointsToError(text)) {
    const reach = SEARCH_OPTIONS.select.maxWindowSentences - 1;
    for (let s = sentence - 1; s >= sentence - reach; s--) {
      if (!inParagraphOf(sentences, s, own)) break;
      if (restatesError(textOf(s))) return s;
    }
  }
  return sentence - 1;

  /** described-subject.ts's reading of `s`, from the texts. */
  function describedHere(s: number): boolean {
    const kind = describedSubject(textOf(s));
    return kind !== null && namesAntecedent(textOf(s - 1), kind);
  }
}

/**
 * The features of one candidate sentence in a block with BM25 score `bm25` (0–1, relative to
 * the best), or null when neither it nor the sentence it leans on matches any of the question
 * (most of a block's sentences: nothing is allocated for them).
 */
export function featuresOf(
  context: FeatureContext,
  sentence: number,
  bm25: number,
): Features | null {
  const { plan, matcher, sentences } = context;
  const own = sentences[sentence] as Sentence;
  const previous = context.contextOf
    ? context.contextOf(sentence)
    : contextSentence(sentences, context.textOf, sentence);
  // The sentence leant on is the one before (see contextSentence): with it, a span. A
  // paragraph opening on someone named only before it leans on that sentence for
  // its words alone (scoredAcrossBreak); the answer type is then read in it alone, as quoted.
  // A quotation paragraph with no attribution of its own gives the words of the speaker
  // attributed before it (running-quotation.ts): its "I" and "we" are that speaker, named in
  // the attribution or in the sentence that one leans on. Its words count with those, as a
  // paragraph opening on "He" counts with the one before; the answer is read in it alone.
  const attribution = context.quotationSpeakerOf
    ? context.quotationSpeakerOf(sentence)
    : quotationSpeaker(sentences, context.textOf, sentence);
  const speakerNamed = attribution === null ? undefined : speakerNamedBefore(context, attribution);
  const across =
    attribution === null &&
    previous === null &&
    (context.acrossBreakOf
      ? context.acrossBreakOf(sentence)
      : scoredAcrossBreak(sentences, context.textOf, sentence));
  const first = attribution ?? previous ?? (across ? sentence - 1 : sentence);
  const contextCoverage = matcher.spanCoverage(first, sentence, undefined, speakerNamed);
  if (contextCoverage === 0) return null;
  const speaking = attribution !== null;
  const typeFrom = across || speaking ? sentence : first;
  const match = matcher.sentence(sentence);
  // Neighbours stop at a paragraph break, as quotes and context do, but for the sentence a
  // paragraph's opening leans on; the surroundings read across it as topic evidence only.
  // A definite description continuing a mention earlier in its paragraph ("This agreement …"
  // after "… signed a cooperation agreement") is told of with that mention's words too
  // (first-mention.ts): topic evidence, as the neighbours are.
  const mention = context.firstMentionOf
    ? context.firstMentionOf(sentence)
    : firstMention(sentences, context.textOf, sentence);
  const before =
    across || attribution === sentence - 1 || inParagraphOf(sentences, sentence - 1, own)
      ? sentence - 1
      : sentence;
  const after = inParagraphOf(sentences, sentence + 1, own) ? sentence + 1 : sentence;
  const around = isBodyOf(sentences, sentence - 1, own.article) ? sentence - 1 : sentence;
  // Only the mention itself: the sentences between tell of other things too.
  const alsoMention = mention !== null && mention < around ? mention : undefined;
  const beyond = isBodyOf(sentences, sentence + 1, own.article) ? sentence + 1 : sentence;
  let typeMatch = 0;
  let typeMiss = 0;
  let typeNew = 0;
  if (plan.answerType !== null) {
    let type = -Infinity;
    for (let s = typeFrom; s <= sentence; s++) {
      const own = context.answerTypeOf(s);
      type = Math.max(type, own);
      // Blanking words only removes evidence: where there is none, there is none new.
      if (own > typeNew) typeNew = Math.max(typeNew, context.newAnswerTypeOf(s));
    }
    typeMatch = type;
    typeMiss = type === 0 ? 1 : 0;
  } else if (context.speakerWordsOf !== undefined) {
    // The speaker's words are new whatever they repeat of the question: what was said is asked.
    for (let s = typeFrom; s <= sentence; s++)
      typeMatch = Math.max(typeMatch, context.speakerWordsOf(s));
    // The quotation is the words of whom its attribution names (running-quotation.ts).
    if (attribution !== null) {
      typeMatch = Math.max(typeMatch, context.speakerWordsOf(attribution));
      if (speakerNamed !== undefined)
        typeMatch = Math.max(typeMatch, context.speakerWordsOf(speakerNamed));
    }
    typeNew = typeMatch;
    typeMiss = typeMatch === 0 ? 1 : 0;
  }
  // Evidence counted once: the speaker a question asks the words of is part of the answer
  // asked for (speakerWordsOf reads the speaker beside a verb of saying). A passage that names
  // the speaker and gives no one's words only names the subject ("Wells resigned as director",
  // plan/speaker-words.ts `givesWords`), so the speaker's words count for nothing in its
  // coverage; else one more topic word beside the speaker's name outranks the speaker's own
  // words.
  let unspoken: ReadonlySet<number> | undefined;
  if (
    context.speakerWordsOf !== undefined &&
    typeMatch === 0 &&
    !speaking &&
    context.speakerConcepts?.size
  ) {
    unspoken = context.speakerConcepts;
    for (let s = typeFrom; s <= sentence; s++)
      if (
        context.speechSitesOf
          ? givesWordsOf(context.speechSitesOf(s))
          : givesWords(context.textOf(s))
      )
        unspoken = undefined;
  }
  let heaviestMatched = 0;
  if (context.heaviest >= 0)
    for (let s = first; s <= sentence; s++)
      if ((matcher.sentence(s).matched[context.heaviest] ?? 0) > 0) heaviestMatched = 1;
  if (
    context.heaviest >= 0 &&
    speakerNamed !== undefined &&
    (matcher.sentence(speakerNamed).matched[context.heaviest] ?? 0) > 0
  )
    heaviestMatched = 1;
  // Resolved, a subject standing for what the sentence before names holds that sentence's
  // words: "The 47-year-old historian said …" is "the museum's curator, 47, said …". Read so
  // only when this sentence gives the asked type itself (its antecedent's type is no answer
  // of its own) and its subject agrees with the question's (antecedent-agreement.ts).
  const antecedent =
    previous === sentence - 1 &&
    unspoken === undefined &&
    plan.answerType !== null &&
    context.answerTypeOf(sentence) > 0 &&
    agreesWith(context, sentence)
      ? matcher.sentence(previous)
      : null;
  return {
    coverage: unspoken
      ? matcher.spanCoverage(sentence, sentence, unspoken)
      : antecedent
        ? contextCoverage
        : match.coverage,
    contextCoverage: unspoken ? matcher.spanCoverage(first, sentence, unspoken) : contextCoverage,
    neighbourCoverage: matcher.spanCoverage(before, after, unspoken, alsoMention),
    surroundingCoverage: matcher.spanCoverage(around, beyond, unspoken, alsoMention),
    titleCoverage: context.titleCoverage(own.article),
    bm25,
    proximity: Math.max(match.proximity, antecedent?.proximity ?? 0),
    phrases: Math.max(match.phrases, antecedent?.phrases ?? 0),
    typeMatch,
    typeMiss,
    typeNew,
    sourceMatch: plan.sources.articles.has(own.article) ? 1 : 0,
    metadataMatch: plan.sources.mentioned.has(own.article) ? 1 : 0,
    heading: own.kind === 'heading' ? 1 : 0,
    heaviestMatched,
    length: Math.min(1, context.termCount(sentence) / SEARCH_OPTIONS.features.longSentenceTerms),
  };
}

/**
 * The sentence that names whom the attribution `sentence` of a quotation calls "he" or "the
 * Russian president": the one it leans on ({@link contextSentence}), or the article text before
 * it when it opens its paragraph on a pronoun or a description of a person (widen.ts
 * `subjectNamedBefore`, a proper adjective allowed: it names no one). Undefined when it names
 * the speaker itself.
 */
function speakerNamedBefore(context: FeatureContext, sentence: number): number | undefined {
  const { sentences, textOf } = context;
  const previous = context.contextOf
    ? context.contextOf(sentence)
    : contextSentence(sentences, textOf, sentence);
  if (previous !== null) return previous;
  const own = sentences[sentence] as Sentence;
  if (!isBodyOf(sentences, sentence - 1, own.article)) return undefined;
  return subjectNamedBefore(textOf(sentence), true) ? sentence - 1 : undefined;
}

/** True when the subject of `sentence` agrees with the question's (antecedent-agreement.ts). */
function agreesWith(context: FeatureContext, sentence: number): boolean {
  const asked = context.askedSubject?.();
  return asked != null && agreesWithAsked(context.textOf(sentence), asked);
}

/**
 * True when sentence `sentence` opens its paragraph with a personal pronoun or a description as
 * its subject ("The 65-year-old has led Belarus for the past 26 years …", widen.ts
 * `subjectNamedBefore`) and the sentence before it is article text of the same article: news
 * style sets a sentence or two to a paragraph, so a break there does not end whom the writer
 * is telling of, and whom the subject means is named only before it (the AP Stylebook's second
 * reference). For scoring only: the quote and its context still stop at the break
 * ({@link contextSentence}: a quote never joins two paragraphs), so the answer must be in the
 * sentence itself.
 */
export function scoredAcrossBreak(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  sentence: number,
): boolean {
  const own = sentences[sentence];
  if (own === undefined || own.kind !== 'body') return false;
  if (!isBodyOf(sentences, sentence - 1, own.article)) return false;
  if (sentences[sentence - 1]!.paragraph === own.paragraph) return false;
  return subjectNamedBefore(textOf(sentence));
}

/** True when sentence `n` exists, is article text, and belongs to `article`. */
function isBodyOf(sentences: readonly Sentence[], n: number, article: number): boolean {
  const other = sentences[n];
  return other?.article === article && other.kind === 'body';
}

/**
 * True when sentence `n` is body text of `own`'s paragraph. A function of the module, not a
 * closure made per candidate: tsx (esbuild's keepNames) names each closure as it is made,
 * which cost a few per cent of a question.
 */
function inParagraphOf(sentences: readonly Sentence[], n: number, own: Sentence): boolean {
  return isBodyOf(sentences, n, own.article) && sentences[n]!.paragraph === own.paragraph;
}
