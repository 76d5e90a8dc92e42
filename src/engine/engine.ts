/**
 * The engine: answers questions, lists sources and serves the timeline from a loaded index.
 * Plain TypeScript with no I/O: every front end (CLI, console, Discord, tests) calls it the
 * same way.
 */
import { authorNaming } from '../corpus/credit-fields.js';
import type { Corpus } from '../corpus/types.js';
import type { Ranking, SearchHit, SearchIndex } from '../search/search-index.js';
import { lightVerbTerms } from '../search/abstain-features.js';
import { everyInflectionTerm } from '../search/inflections.js';
import { framedAsSpeaker } from '../search/plan/source-framing.js';
import { isSpellingVariant } from '../search/plan/spelling-variant.js';
import { holdsOwnWord, isOwnKind, ownWordIds } from '../search/select/own-words.js';
import type { Window } from '../search/select/widen.js';
import { sourceOf } from '../timeline/events.js';
import { queryTimeline } from '../timeline/query.js';
import { SEARCH_OPTIONS } from '../search/options.js';
import {
  asksOnlyOfSource,
  idNaming,
  idsWrittenWhole,
  idTermsOf,
  namingIds,
  leadSentences,
  withoutFalseNothing,
} from './about-fallback.js';
import type { FallbackQuote, IdTerms, QuoteEvents, QuoteReading } from './about-fallback.js';
import { dateAnswer } from './date-question.js';
import { leadWindows } from './lead-windows.js';
import { withAttributedSpeech } from './attributed-speech.js';
import {
  contentBeyondNaming,
  ownWordsHeld,
  titleHoldsAsked,
  withNamedSource,
} from './named-source.js';
import { withPageAnswer } from './page-answer.js';
import { asksPastOccurrence, realisationOf } from './past-occurrence.js';
import {
  articleNamesOf,
  articlesNamedAlone,
  statedKinds,
  type ArticleNames,
} from './article-naming.js';
import { checkQuestion, searchableQuestion } from './question.js';
import { readTimeline, type SavedTimelineEvent } from './saved-timeline.js';
import { withApproximateYear } from './year-question.js';
import { oneSafeLine } from '../text/controls.js';
import { termsOf, tokenize } from '../text/terms.js';
import { negatedWords } from '../search/plan/negated-forms.js';
import type {
  Answer,
  AnswerPassage,
  AskOptions,
  Engine,
  IndexInfo,
  Quote,
  SourceRef,
  SourceSummary,
  SourcesDiffer,
  TimelineEvent,
  TimelineFilters,
  TimelinePage,
} from './types.js';

/** Passages returned when the caller does not say, and the most it may ask for. */
export const DEFAULT_RESULTS = 3;
export const MAX_RESULTS = 5;

function clampResults(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_RESULTS;
  return Math.min(MAX_RESULTS, Math.max(1, Math.trunc(limit)));
}

/** The engine over one corpus, its search index and its timeline. */
export class CorpusEngine implements Engine {
  private readonly sourceRefs: SourceRef[];
  /** The timeline, its quotes citing {@link sourceRefs}. */
  private readonly events: TimelineEvent[];
  private readonly articleById: Map<string, number>;
  private readonly sentenceCounts: number[];
  /** Words of the article ids, which name articles too (about-fallback.ts). */
  private readonly idTerms: IdTerms;
  /** Words of the article ids and titles, and the kinds they say (article-naming.ts). */
  private readonly names: ArticleNames;
  /** What the timeline says of a passage's dated events (past-occurrence.ts), made on first use. */
  private realised?: ReturnType<typeof realisationOf>;
  /** Per article, its first sentence's index (sentences are in corpus order, article by article). */
  private readonly firstSentence: Int32Array;
  /**
   * The event words the index saved for a timeline quote's sentences, so that grouping a date's
   * quotes by fact (about-fallback.ts) never tags them at question time: the union of its
   * sentences' (a timeline quote is whole sentences of one article, timeline/events.ts);
   * undefined when its offsets are not those of whole sentences.
   */
  private readonly quoteEvents: QuoteEvents = (quote) => {
    const article = this.articleById.get(quote.source.id);
    if (article === undefined) return undefined;
    const { sentences } = this.corpus;
    let s = this.firstSentence[article] ?? -1;
    while (s >= 0 && sentences[s]?.article === article && sentences[s]!.start < quote.start) s++;
    if (s < 0 || sentences[s]?.article !== article || sentences[s]!.start !== quote.start)
      return undefined;
    const words = this.index.eventWordsOf(s);
    if (sentences[s]!.end === quote.end) return words;
    const union = new Set(words);
    for (s++; sentences[s]?.article === article && sentences[s]!.end <= quote.end; s++) {
      for (const word of this.index.eventWordsOf(s)) union.add(word);
      if (sentences[s]!.end === quote.end) return union;
    }
    return undefined;
  };

  /** Each timeline quote's saved event words and the index's synonyms, to relate a date's quotes. */
  private readonly quoteReading: QuoteReading = {
    eventsOf: this.quoteEvents,
    synonyms: (term) => this.index.synonymsOf(term),
  };

  constructor(
    private readonly corpus: Corpus,
    private readonly index: SearchIndex,
    /** The timeline as the index saves it (saved-timeline.ts). */
    timeline: readonly SavedTimelineEvent[],
    /** When the index was built, ISO 8601 in UTC. */
    private readonly builtAt: string,
    /** Alias groups of the corpus (`aliases.json`), for the timeline's keyword filter. */
    private readonly aliases: readonly (readonly string[])[] = [],
  ) {
    this.sourceRefs = corpus.articles.map((article) => {
      const {
        nullInArticlesJson: withheld,
        outletUnconfirmed,
        publishedUnconfirmed,
        publishedMonthDay,
        publishedUnread,
      } = article.meta;
      return {
        ...sourceOf(article),
        ...(withheld ? { nullInArticlesJson: [...withheld] } : {}),
        ...(outletUnconfirmed ? { outletUnconfirmed } : {}),
        ...(publishedUnconfirmed ? { publishedUnconfirmed } : {}),
        ...(publishedMonthDay ? { publishedMonthDay } : {}),
        ...(publishedUnread ? { publishedUnread } : {}),
      };
    });
    this.articleById = new Map(corpus.articles.map((article, i) => [article.meta.id, i]));
    // The timeline's quotes are saved with their sources' values only; they cite these, which
    // also say what articles.json withholds and which outlet is unknown rather than unstated.
    this.events = readTimeline(timeline, corpus.articles, (article) => this.sourceRefs[article]);
    this.idTerms = idTermsOf(
      namingIds(corpus.articles.map(({ meta }) => meta)),
      SEARCH_OPTIONS.plan.sourceTermMaxShare,
    );
    this.names = articleNamesOf(
      this.sourceRefs,
      SEARCH_OPTIONS.plan.sourceTermMaxShare,
      corpus.articles.map(statedKinds),
    );
    this.sentenceCounts = corpus.articles.map(() => 0);
    this.firstSentence = new Int32Array(corpus.articles.length).fill(-1);
    corpus.sentences.forEach((sentence, s) => {
      this.sentenceCounts[sentence.article]! += 1;
      if (this.firstSentence[sentence.article] === -1) this.firstSentence[sentence.article] = s;
    });
  }

  ask(question: string, options: AskOptions = {}): Answer {
    // The question comes back in the answer, which front ends echo: never its control codes.
    const shown = typeof question === 'string' ? oneSafeLine(question) : question;
    const unanswered: Answer = {
      question: shown,
      answered: false,
      passages: [],
      closest: [],
      sourcesDiffer: [],
    };
    if (typeof question !== 'string' || checkQuestion(question) !== null) return unanswered;
    const searched = searchableQuestion(question);
    if (searched.length === 0) return unanswered;
    let articles: Set<number> | undefined;
    const ids = [
      ...(options.source === undefined ? [] : [options.source]),
      ...(options.sources ?? []),
    ];
    if (options.source !== undefined || options.sources !== undefined) {
      articles = new Set();
      for (const id of ids) {
        const article = this.articleById.get(id);
        if (article === undefined) return unanswered;
        articles.add(article);
      }
      if (articles.size === 0) return unanswered;
    }
    const limit = clampResults(options.limit);
    // "When did the viaduct reopen?" asks what happened: its reports before plans for it.
    const realisation = asksPastOccurrence(searched)
      ? (window: Window) => {
          const { source, start, end } = this.quoteOf(window);
          this.realised ??= realisationOf(this.events);
          return this.realised(source.id, start, end);
        }
      : undefined;
    const result = this.index.search(searched, {
      limit,
      articles,
      ...(realisation ? { realisation } : {}),
    });
    const answer: Answer = {
      question: shown,
      answered: result.answered,
      passages: result.hits.map((hit) => this.passageOf(hit, hit.matchedIds)),
      closest: result.closest.map((hit) => this.passageOf(hit, hit.matchedIds)),
      sourcesDiffer: result.differ.map((differ): SourcesDiffer => ({
        aspect: differ.aspect,
        quotes: differ.sentences.map((s) => this.quoteOf({ sentence: s, first: s, last: s })),
      })),
    };
    // A question about the page (a photo, an author, a date) is answered from its page lines.
    let page = this.index.pageAnswer(result.plan, { limit, articles });
    // Read at most once per question, by whichever of the uses below needs it first.
    let ofIdWords: ReturnType<typeof idNaming> | undefined;
    // An id written whole names its article before any id word does (idsWrittenWhole).
    const namedById = () => {
      if (ofIdWords) return ofIdWords;
      const whole = idsWrittenWhole(
        searched,
        this.sourceRefs.map((source) => source.id),
      );
      return (ofIdWords = whole.articles.length > 0 ? whole : idNaming(searched, this.idTerms));
    };
    // "When was the letter published?": an article named by a word of its id (an untitled one
    // has no other name) is the one whose page is asked about, as if chosen, when the question
    // asks nothing else of it; its id word is then no content for the story's passages to match.
    if (page.question && page.hits.length + page.notStated.length === 0 && !articles) {
      const byId = namedById();
      if (byId.articles.length > 0) {
        const ofId = this.index.pageAnswer(
          result.plan,
          { limit, articles: new Set(byId.articles) },
          byId.terms,
        );
        if (ofId.onlyOfPage) page = ofId;
      }
    }
    const chosen = articles === undefined ? [] : [...articles];
    const restricted = articles && new Set(chosen.map((a) => this.sourceRefs[a]!.id));
    const fromQuote = ({ quote, also }: FallbackQuote): AnswerPassage => ({
      ...quote,
      score: 0,
      highlights: [],
      alsoReportedBy: also,
    });
    const leads = (named: readonly number[], count?: number) =>
      leadWindows(this.corpus, leadSentences(this.corpus, named, count)).map((window) =>
        this.passageOf({ window, score: 0, also: [] }),
      );
    // A question only about a date (and a source named) is the timeline's to answer.
    const paged = withPageAnswer(
      answer,
      page,
      this.sourceRefs,
      limit,
      result.plan.sources.articles,
    );
    const dated = dateAnswer(paged, {
      question: searched,
      plan: result.plan,
      events: this.events,
      limit,
      closestShown: SEARCH_OPTIONS.select.closestShown,
      sources: this.sourceRefs,
      restricted,
      fromQuote,
      quoteReading: this.quoteReading,
      leads,
    });
    // "What did the letter say?": an article named by its id or its kind, and nothing else asked.
    const namedAlone =
      dated === null
        ? articlesNamedAlone(result.plan, namedById(), this.sourceRefs, this.names)
        : [];
    const replied = withoutFalseNothing(dated ?? paged, {
      question: searched,
      events: this.events,
      limit,
      closestShown: SEARCH_OPTIONS.select.closestShown,
      restricted,
      named: [
        ...new Set([...namedAlone, ...result.plan.sources.articles, ...namedById().articles]),
      ].filter((a) => !articles || articles.has(a)),
      chosen,
      fromQuote,
      quoteReading: this.quoteReading,
      leads,
      // A date named besides the source ("…report on 8 June?") was the timeline's to answer:
      // its words may be the source's publication date, naming it, but they still ask when.
      onlyOfSource:
        dated === null && (asksOnlyOfSource(result.plan, this.sourceRefs) || namedAlone.length > 0),
      publishedOf: (article) => this.sourceRefs[article]?.published ?? null,
      // The same question in the same articles: its ranking is the search's.
      nearest: (ignored) => this.nearestOf(result.ranking, ignored),
      negated: (ignored) => {
        const { concepts, sources } = result.plan;
        const words = concepts
          .filter((concept) => !concept.month)
          .filter((concept) =>
            (concept.alternatives[0]?.terms ?? []).some(
              (term) => !ignored.has(term) && !sources.terms.has(term),
            ),
          )
          .map((concept) => concept.label);
        const negated = negatedWords(words.join(' '), (term) => this.index.hasTerm(term));
        return negated.length === 0 ? [] : this.nearest(negated.join(' '), articles, new Set());
      },
      asksNoWord: result.plan.concepts.length === 0,
      lightVerbs: lightVerbTerms(result.plan),
      holdingOwn: (ignored) => {
        const concepts = result.plan.concepts.filter((concept) =>
          (concept.alternatives[0]?.terms ?? []).some((term) => !ignored.has(term)),
        );
        const own = concepts.flatMap((concept) => [
          ...concept.alternatives.filter((a) => isOwnKind(a.kind)).flatMap((a) => a.terms),
          // Another spelling of the word ("analysed" for "analyzed") is the word itself.
          ...concept.alternatives
            .filter((a) => a.kind === 'synonym' && a.terms.length === 1)
            .flatMap((a) => a.terms)
            .filter((synonym) =>
              (concept.alternatives[0]?.terms ?? []).some((term) =>
                isSpellingVariant(term, synonym),
              ),
            ),
          // A misspelt word no dictionary knows is read by the search as the corpus word one
          // edit from it (query-plan.ts `typoCorrection`: Damerau 1964), so "no passage holds
          // the word" must hold of the word meant: "recomendations" is "recommendations".
          ...concept.alternatives.filter((a) => a.typoCorrection === true).flatMap((a) => a.terms),
          // Every irregular form, even one the search does not link ("left" of "leave"):
          // the claim that none is held must hold of them all.
          ...(concept.alternatives[0]?.terms ?? []).flatMap((term) =>
            everyInflectionTerm(concept.label.toLowerCase(), term),
          ),
        ]);
        const shown = SEARCH_OPTIONS.select.closestShown;
        let sentences = this.index.sentencesHolding(own, shown, articles);
        // A one-word compound written apart ("cease-fire", "cease fire" for "ceasefire") is
        // the word itself, found by its pieces and confirmed in the text (compound-words.ts);
        // past the index's bound on texts read, passages holding every piece are shown
        // unconfirmed, so the reply says only that none clearly answers.
        for (const concept of concepts) {
          if (sentences.length > 0) break;
          const [word, ...more] = tokenize(concept.label);
          if (word === undefined || more.length > 0) continue;
          sentences = this.index.sentencesWritingApart(word.word, shown, articles);
        }
        return sentences.map((s) =>
          this.passageOf({ window: { sentence: s, first: s, last: s }, score: 0, also: [] }),
        );
      },
      holdingAll: (text) => {
        const wanted = termsOf(text);
        return this.nearest(text, articles, new Set()).filter((passage) => {
          const held = new Set(termsOf(passage.quote));
          return wanted.every((term) => held.has(term));
        });
      },
    });
    // No source named in the question's words (or one chosen, which bounds it already): the
    // reply stands as it is (withNamedSource would return it), and nothing below is made.
    if (articles !== undefined || result.plan.sources.articles.size === 0)
      return withApproximateYear(replied, searched, this.events);
    // A source named in the question's words, not one the asker chose, which bounds it already.
    // A date question's passages are the events the timeline dates there (or the source's
    // leads): they answer for their date, not by its words.
    const who = new Set(
      [...result.plan.sources.articles].flatMap((a) =>
        termsOf(
          `${this.sourceRefs[a]?.outlet ?? ''} ${authorNaming(this.sourceRefs[a]?.author ?? null)}`,
        ),
      ),
    );
    const beyondNaming = dated === null ? contentBeyondNaming(result.plan, 'any', who) : () => true;
    const ownBeyondNaming = dated === null ? contentBeyondNaming(result.plan, 'own') : () => true;
    const namedBeyondNaming =
      dated === null ? contentBeyondNaming(result.plan, 'corroborated', who) : () => true;
    const ofNamed = withNamedSource(replied, {
      named: articles === undefined ? [...result.plan.sources.articles] : [],
      sources: this.sourceRefs,
      namedBy: result.plan.sources.terms,
      limit,
      // MAX_RESULTS, not `limit`: a passage holding only the naming words is dropped, and the
      // next answering one takes its place ("About the Kestrel Water Board …" ranked above "The
      // board thanks the Fenwick Rangers" for "who did the Kestrel Water Board thank").
      searchIn: (named) => {
        const own = this.index.search(searched, { limit: MAX_RESULTS, articles: named });
        return own.answered ? own.hits.map((hit) => this.passageOf(hit, hit.matchedIds)) : [];
      },
      holdsContent: (passage) => passage.page !== undefined || beyondNaming(passage.quote),
      holdsOwnContent: (passage) => passage.page !== undefined || ownBeyondNaming(passage.quote),
      holdsNamedContent: (passage) =>
        passage.page !== undefined || namedBeyondNaming(passage.quote),
      unnamedAnswers: () => {
        const unnamed = this.index.search(searched, {
          limit: MAX_RESULTS,
          readSources: false,
          ...(realisation ? { realisation } : {}),
        });
        return unnamed.answered
          ? unnamed.hits.map((hit) => this.passageOf(hit, hit.matchedIds))
          : [];
      },
      titledLeads: () => {
        const told = titleHoldsAsked(result.plan, who);
        return leads(
          [...result.plan.sources.articles].filter((a) => told(this.sourceRefs[a]?.title ?? null)),
        );
      },
      nearestElsewhere: () => {
        const named = result.plan.sources.articles;
        const others = new Set(this.sourceRefs.flatMap((_, a) => (named.has(a) ? [] : [a])));
        return others.size === 0 ? [] : this.nearest(searched, others, result.plan.sources.terms);
      },
    });
    // "What did Northline say about the delay?": a paper's quote of Northline is its speech too.
    const framedSpeaker =
      dated === null
        ? [...framedAsSpeaker(searched, tokenize(searched))].filter(
            (term) => who.has(term) && result.plan.sources.terms.has(term),
          )
        : [];
    const heldOwn = ownWordsHeld(result.plan);
    const spoken = withAttributedSpeech(ofNamed, {
      named: new Set([...result.plan.sources.articles].map((a) => this.sourceRefs[a]!.id)),
      speaker: new Set(framedSpeaker),
      limit,
      held: (passage) => heldOwn(passage.quote),
      others: () => {
        const named = result.plan.sources.articles;
        const rest = new Set(this.sourceRefs.flatMap((_, a) => (named.has(a) ? [] : [a])));
        if (rest.size === 0) return [];
        const found = this.index.search(searched, { limit: MAX_RESULTS, articles: rest });
        return (found.answered ? found.hits : found.closest).map((hit) =>
          this.passageOf(hit, hit.matchedIds),
        );
      },
    });
    return withApproximateYear(spoken, searched, this.events);
  }

  /**
   * Passages holding one of the question's own words (or an alias or initials reading of one:
   * not a misspelling's guess, a synonym or a derived form; search/select/own-words.ts), best
   * first by the ranking, with no abstention.
   */
  private nearest(
    question: string,
    articles: ReadonlySet<number> | undefined,
    ignored: ReadonlySet<string>,
  ): AnswerPassage[] {
    return this.nearestOf(this.index.rank(question, articles), ignored);
  }

  /** {@link nearest} read off a question's ranking. */
  private nearestOf(ranking: Ranking, ignored: ReadonlySet<string>): AnswerPassage[] {
    const own = ownWordIds(ranking.plan, ranking.concepts, ignored);
    const seen = new Set<number>();
    const passages: AnswerPassage[] = [];
    for (const { sentence, score } of ranking.ranked) {
      if (passages.length >= SEARCH_OPTIONS.select.closestShown) break;
      const window = this.index.windowOf(ranking, sentence);
      if (seen.has(window.first)) continue;
      seen.add(window.first);
      const matched = ranking.select.matcher.spanMatchedIds(window.first, window.last);
      if (!holdsOwnWord(matched, own)) continue;
      passages.push(this.passageOf({ window, score, also: [] }, matched));
    }
    return passages;
  }

  sources(): SourceSummary[] {
    return this.sourceRefs.map((source, i) => ({
      ...source,
      passages: this.sentenceCounts[i] ?? 0,
      file: this.corpus.articles[i]?.meta.file ?? '',
    }));
  }

  timeline(filters: TimelineFilters = {}): TimelinePage {
    return queryTimeline(this.events, filters, this.aliases);
  }

  info(): IndexInfo {
    return {
      builtAt: this.builtAt,
      articles: this.corpus.articles.length,
      sentences: this.corpus.sentences.length,
    };
  }

  warmUp(): boolean {
    return this.index.warmUp();
  }

  private quoteOf(window: Window): Quote {
    const first = this.corpus.sentences[window.first];
    const last = this.corpus.sentences[window.last];
    if (first === undefined || last === undefined)
      throw new Error(`engine: no sentence ${window.first}–${window.last}`);
    const article = this.corpus.articles[first.article];
    const source = this.sourceRefs[first.article];
    if (article === undefined || source === undefined)
      throw new Error(`engine: no article ${first.article}`);
    return {
      quote: article.text.slice(first.start, last.end),
      source,
      start: first.start,
      end: last.end,
    };
  }

  private passageOf(
    hit: Pick<SearchHit, 'window' | 'score' | 'also'>,
    matchedIds: ReadonlySet<number> = new Set(),
  ): AnswerPassage {
    const quote = this.quoteOf(hit.window);
    return {
      ...quote,
      score: Math.round(hit.score * 1000) / 1000,
      highlights: this.index.windowHighlights(hit.window, matchedIds),
      alsoReportedBy: hit.also.map((window) => this.quoteOf(window)),
    };
  }
}
