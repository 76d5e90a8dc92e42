/**
 * When the search shows nothing, what the question is still about. The rule, kept here alone:
 * a reply shows no passage (and says that no passage uses the question's words) only when
 * none of the question's content words (its own, an alias or an inflection of one: the forms
 * search/select/own-words.ts accepts, any irregular form WordNet lists, another spelling of
 * one: search/plan/spelling-variant.ts, the corpus word a misspelling one edit away stands for:
 * search/plan/query-plan.ts `typoCorrection`, or one written apart as a compound, "cease fire" for
 * "ceasefire": search/compound-words.ts), no word formed from one by a negating prefix ("unhurt"
 * for "hurt"), no source it names and no day or month it names (as the timeline dates it, or
 * written whole in a passage) is found in a passage of the coverage (a title or page furniture
 * holding one is not what the coverage reports; a light verb beside other words, "make" in "how
 * do I make sourdough bread?", names nothing asked about: text/light-verbs.ts). Otherwise the reply is at most "no
 * passage clearly answers this", with the passages it is about as the closest: those the
 * timeline dates to the day or month named; else the leading passages of the sources named;
 * else those holding the most of its words; else those holding a negated form of one; else
 * those holding the date named whole; else any holding one of its words beyond the ranking's
 * candidates (in a large coverage); else the leading passages of the sources the asker chose
 * (`source:`), which it is asked of. (A question that only asks what happened on a day or in a
 * month is answered by the timeline before this: date-question.ts.) A question with no word to
 * look for ("Is it?") is said to have none, not to have words no passage uses.
 */
import { authorNaming } from '../corpus/credit-fields.js';
import type { Corpus } from '../corpus/types.js';
import { idFromFile, idWords, MAX_ID_LENGTH } from '../corpus/ids.js';
import { pieceKindTerms } from '../search/plan/piece-kinds.js';
import type { AnswerTypeName } from '../search/plan/answer-type.js';
import type { QueryPlan } from '../search/plan/query-plan.js';
import { analyseFact, type AnalysedFact } from '../search/select/fact-analysis.js';
import { relateFacts } from '../search/select/fact-relation.js';
import { SEARCH_OPTIONS } from '../search/options.js';
import { opensAsNoteOnArticle } from '../text/correction.js';
import { WEEKDAY_RE } from '../text/months.js';
import { termsOf } from '../text/terms.js';
import { questionMentions } from './question-mentions.js';
import type { Answer, AnswerPassage, Quote, SourceRef, TimelineEvent } from './types.js';

/** A day or month a question names; `year` absent when it states none ("March 13"). */
export interface NamedDate {
  year?: number;
  month: number;
  day?: number;
  /** Offsets of the date in the question. */
  start: number;
  end: number;
}

/** A weekday name, any case, and an optional comma, right before a day of the month. */
const RESTATING_WEEKDAY = new RegExp(`(?<![\\p{L}])${WEEKDAY_RE},?\\s+$`, 'iu');

/**
 * The first calendar day or month the question names as written ("8 March 2026", "March 13",
 * "in March 2026"), with a weekday restating its day ("Tuesday 3 March 2026"). A year alone, a season, a range or a date counted from another ("last
 * March") is not one: it names no single day or month to look up.
 */
export function namedDate(question: string): NamedDate | null {
  for (const mention of questionMentions(question)) {
    if (mention.kind !== 'calendar' || mention.month === undefined) continue;
    if (mention.season !== undefined || mention.until !== undefined) continue;
    if (mention.shift !== null || mention.yearOffset !== undefined || mention.since) continue;
    // "Tuesday 3 March 2026": a weekday before the day only restates it (the timeline reads it
    // so: mention-filters.ts dropRedundantWeekdays), so it is part of the date named.
    const weekday =
      mention.day === undefined ? null : RESTATING_WEEKDAY.exec(question.slice(0, mention.start));
    return {
      ...(mention.year === undefined ? {} : { year: mention.year }),
      month: mention.month,
      ...(mention.day === undefined ? {} : { day: mention.day }),
      start: weekday?.index ?? mention.start,
      end: mention.end,
    };
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * True when the timeline dates `event` to `date`: on that day (a day-precise entry) or in that
 * month (an entry of that month at day or month precision); a range counts when the date lies
 * in it. A date with no year matches the month and day of any year; a date with a year never
 * matches an entry whose year the articles do not state (the year would be guessed).
 */
export function datedTo(event: TimelineEvent, date: NamedDate): boolean {
  if (event.precision === 'season' || event.precision === 'year') return false;
  if (date.day !== undefined && event.precision !== 'day') return false;
  const width = date.day === undefined ? 2 : 5; // "MM" or "MM-DD" after the year
  const key = `${pad(date.month)}${date.day === undefined ? '' : `-${pad(date.day)}`}`;
  const partOf = (iso: string) => {
    const yearless = iso.startsWith('--');
    const rest = yearless ? iso.slice(2) : iso.slice(5);
    return { year: yearless ? undefined : iso.slice(0, 4), rest: rest.slice(0, width) };
  };
  const first = partOf(event.date);
  const last = partOf(event.end ?? event.date);
  if (date.year === undefined) return first.rest <= key && key <= last.rest;
  if (first.year === undefined || last.year === undefined) return false;
  const wanted = `${date.year}-${key}`;
  return `${first.year}-${first.rest}` <= wanted && wanted <= `${last.year}-${last.rest}`;
}

/** One passage the fallback offers, with the other articles' quotes of the same event. */
export interface FallbackQuote {
  quote: Quote;
  also: Quote[];
}

/**
 * The quotes of one timeline entry as passages with what else reports the same, at most `room`
 * passages: a quote is "also reported by" under an earlier one only when it is the same fact as
 * each quote there (the first `SEARCH_OPTIONS.select.maxAlso` + 1 of them, which bounds the
 * work), as the ask's own selection finds it (fact-relation.ts `relateFacts`, with the articles'
 * publication dates). The timeline joins quotes by date and some shared wording, which two
 * reports of one arrest with opposite outcomes ("the man arrested in May remained under
 * investigation" / "… would face no further action") or "about 12,000 tonnes" and "around
 * 15,000 tonnes" of one landslide share. A quote that is not the same fact as a group so far
 * opens its own passage, which claims nothing, while there is room for one.
 */
function sameFactGroups(
  quotes: readonly Quote[],
  room: number,
  reading: QuoteReading | undefined,
): Quote[][] {
  const compared = SEARCH_OPTIONS.select.maxAlso + 1;
  const groups: Array<Array<{ quote: Quote; fact: AnalysedFact }>> = [];
  for (const quote of quotes) {
    const fact = analyseFact(quote.quote, reading?.eventsOf(quote));
    const same = (member: { quote: Quote; fact: AnalysedFact }) =>
      member.quote.source.id !== quote.source.id &&
      relateFacts(member.fact, fact, {
        published: [member.quote.source.published, quote.source.published],
        ...(reading === undefined ? {} : { synonyms: reading.synonyms }),
      }).kind === 'same-fact';
    const group = groups.find((g) => g.slice(0, compared).every(same));
    if (group) group.push({ quote, fact });
    else if (groups.length < room) groups.push([{ quote, fact }]);
  }
  return groups.map((g) => g.map((member) => member.quote));
}

/**
 * The event words of a quote's claims (fact-predicates.ts `claimEventWords`) as an index saved
 * them for its sentences (a timeline quote is whole sentences of its article): undefined when
 * they are not known, and are then read from the quote by tagging.
 */
export type QuoteEvents = (quote: Quote) => ReadonlySet<string> | undefined;

/**
 * What the index read of the coverage, so that a date's quotes are related as the ask's
 * selection relates passages (select.ts): each quote's saved event words, and the WordNet
 * synonyms by which two reports tell one act in other words (fact-acts.ts).
 */
export interface QuoteReading {
  eventsOf: QuoteEvents;
  /** The synonyms the index saved for a term (a stem); empty when none. */
  synonyms: (term: string) => readonly string[];
}

/**
 * The timeline's quotes dated to `date`, one passage per event (or more, where its quotes give
 * conflicting values: {@link sameFactGroups}), in timeline order, only from `articles`' ids
 * when given; at most `limit`. `reading`: what the index saved of each quote ({@link QuoteReading}).
 */
export function datedQuotes(
  events: readonly TimelineEvent[],
  date: NamedDate,
  limit: number,
  articles?: ReadonlySet<string>,
  reading?: QuoteReading,
): FallbackQuote[] {
  const found: FallbackQuote[] = [];
  const plain = (q: Quote): Quote => ({
    quote: q.quote,
    source: q.source,
    start: q.start,
    end: q.end,
  });
  for (const event of events) {
    if (found.length >= limit) break;
    if (!datedTo(event, date)) continue;
    const quotes = event.quotes.filter((q) => !articles || articles.has(q.source.id));
    for (const [first, ...also] of sameFactGroups(quotes, limit - found.length, reading)) {
      if (found.length >= limit) break;
      if (first !== undefined) found.push({ quote: plain(first), also: also.map(plain) });
    }
  }
  return found;
}

/**
 * The sentence indices of the articles' leads: each one's first body sentences (headings are
 * titles or page furniture, not what it reports), `count` in all (by default one each), taken
 * a sentence of each article in turn and given article by article, each in reading order.
 * A news article's lead sentences say what it reports, most important first (the inverted
 * pyramid). A paragraph opening with a correction's or an editor's note's label
 * ("Correction: An earlier version of this report said …"), or as such a note without one
 * ("This article was amended on 5 June to correct …": text/correction.ts
 * `opensAsNoteOnArticle`) is the outlet's note on its story, set above it or below, not
 * the story's lead: it is left out, unless the article has no other body text. `articles` in
 * the order given; articles with no body sentence are left out.
 */
export function leadSentences(
  corpus: Corpus,
  articles: readonly number[],
  count = articles.length,
): number[] {
  const order = [...new Set(articles)];
  // No article, no lead: the scan below reads every sentence of the corpus.
  if (order.length === 0 || count <= 0) return [];
  const wanted = new Set(order);
  const body = new Map<number, number[]>();
  const notes = new Map<number, number[]>();
  const isNote = (article: number, paragraph: number) => {
    const clean = corpus.articles[article];
    const at = clean?.paragraphs[paragraph];
    return at !== undefined && opensAsNoteOnArticle(clean!.text.slice(at.start, at.end));
  };
  corpus.sentences.forEach((sentence, s) => {
    if (sentence.kind !== 'body' || !wanted.has(sentence.article)) return;
    const into = isNote(sentence.article, sentence.paragraph) ? notes : body;
    const list = into.get(sentence.article) ?? [];
    if (list.length < count) list.push(s);
    into.set(sentence.article, list);
  });
  for (const [article, list] of notes) if (!body.has(article)) body.set(article, list);
  const taken = new Map<number, number>();
  let left = count;
  for (let depth = 0; left > 0; depth++) {
    const before = left;
    for (const article of order) {
      if (left === 0) break;
      if ((body.get(article)?.length ?? 0) <= depth || (taken.get(article) ?? 0) > depth) continue;
      taken.set(article, depth + 1);
      left -= 1;
    }
    if (left === before) break;
  }
  return order.flatMap((article) => body.get(article)?.slice(0, taken.get(article) ?? 0) ?? []);
}

/**
 * `articles` newest first by the publication date each states (`published`: ISO 8601, compared
 * as text, so a date stated to its month only comes after that month's days), those stating
 * none last; articles of one date keep their given order.
 */
export function newestFirst(
  articles: readonly number[],
  published: (article: number) => string | null,
): number[] {
  return articles
    .map((article, i) => ({ article, i, date: published(article) }))
    .sort(
      (x, y) =>
        (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) ||
        (y.date ?? '').localeCompare(x.date ?? '') ||
        x.i - y.i,
    )
    .map(({ article }) => article);
}

/** The answer types that are measures of a thing ({@link asksOnlyOfSource}). */
const MEASURE_TYPES: ReadonlySet<string> = new Set<AnswerTypeName>(['age', 'duration', 'number']);

/**
 * True when the question asks nothing beyond the sources it names ("What did Gull Radio
 * report?"): every word it searches for is one that names them (words for a source itself,
 * "report", "article", are no content once a source is named: plan/query-plan.ts), or one of
 * `besides` (a date's words, for date-question.ts). A word of a named article's title that is
 * not its outlet's or author's says what it is about as well as which it is: "What did Radio
 * Wenn say about the hospital cases?" asks about hospital cases, though its title has them.
 * `sources` are the articles in corpus order.
 *
 * Not a question whose wh-phrase asks a measure ("how old is Jenna Marsh", "how much", "how
 * long": plan/answer-type.ts `answerTypeOf` an age, a number or a duration), though all its
 * searched words name the source: the wh-phrase asks a value of that class (Li & Roth 2002's
 * coarse answer classes), which what the source reported need not hold, where "what did Gull
 * Radio report" asks no class of value.
 */
export function asksOnlyOfSource(
  plan: QueryPlan,
  sources: readonly SourceRef[],
  besides: ReadonlySet<string> = new Set(),
): boolean {
  if (plan.sources.articles.size === 0 || plan.concepts.length === 0) return false;
  if (MEASURE_TYPES.has(plan.answerType?.name ?? '')) return false;
  const subject = new Set<string>();
  for (const article of plan.sources.articles) {
    const source = sources[article];
    if (!source) continue;
    const byline = new Set(termsOf(`${source.outlet ?? ''} ${authorNaming(source.author)}`));
    for (const term of termsOf(source.title)) if (!byline.has(term)) subject.add(term);
  }
  return plan.concepts.every((concept) =>
    (concept.alternatives[0]?.terms ?? []).every(
      (term) => besides.has(term) || (plan.sources.terms.has(term) && !subject.has(term)),
    ),
  );
}

/** The hash a generated id carries when two files' names would give one id (corpus/ids.ts). */
const ID_HASH = /-[0-9a-f]{8}$/;
/** Characters of {@link ID_HASH}: a dash and eight hex digits. */
const ID_HASH_LENGTH = 9;

/**
 * Per article (corpus order), the words of its id that name it ({@link idTermsOf}), as an id
 * (words split at `_ . - /`; empty for none). An untitled article's id names it by all its words
 * (the id is the only name it has: "what did the letter say?" of `misc/letter`), and so does an
 * id the administrator gave in `articles.json` (one other than its file's path gives,
 * corpus/ids.ts `idFromFile`). A titled article's generated id is its file's name, which the
 * article does not state (metadata is what the article states: title, outlet, author, date):
 * its words name no source a question asks of ("what did the Valley Courier report" is not
 * asked of `preliminary-report.html`, titled "Inspectors find cracks in weir"), except the word
 * for the kind of piece it is (the head noun of a kind in search/plan/piece-kinds.ts: "release"
 * of `council-release`, "explainer"), which the administrator's name for the file states as its
 * heading line would (engine/article-naming.ts).
 */
export function namingIds(
  metas: ReadonlyArray<{ id: string; file: string; title: string }>,
): string[] {
  return metas.map(({ id, file, title }) => {
    if (title.trim() === '') return id;
    const generated = idFromFile(file);
    const hashed =
      ID_HASH.test(id) && id.startsWith(generated.slice(0, MAX_ID_LENGTH - ID_HASH_LENGTH));
    if (id !== generated && !hashed) return id;
    return idWords(id)
      .split(' ')
      .filter((word) => termsOf(word).some((term) => KIND_HEADS.has(term)))
      .join(' ');
  });
}

/** The head nouns of the kinds of piece ("release" of "press release"), as index terms. */
const KIND_HEADS: ReadonlySet<string> = new Set(
  pieceKindTerms().map((kind) => kind.split(' ').at(-1)!),
);

/** Article id words: term → the articles whose id carries it. */
export type IdTerms = ReadonlyMap<string, readonly number[]>;

/**
 * The words of the articles' ids (`ids` in corpus order; an id is how commands name an article,
 * by default its file's path: "misc/letter" gives "letter"), as terms. Only words of four
 * letters or more (hash-like parts such as "8ad4ca15" have digits), and only those at most
 * `maxShare` of the articles carry (at least one article may always be named): "article" in
 * "article-1" … "article-90" names none.
 */
export function idTermsOf(ids: readonly string[], maxShare: number): IdTerms {
  const all = new Map<string, number[]>();
  ids.forEach((id, article) => {
    for (const term of new Set(termsOf(idWords(id)))) {
      if (!/^\p{L}{4,}$/u.test(term)) continue;
      const list = all.get(term) ?? [];
      list.push(article);
      all.set(term, list);
    }
  });
  const limit = Math.max(1, Math.floor(ids.length * maxShare));
  return new Map([...all].filter(([, articles]) => articles.length <= limit));
}

/**
 * The articles whose id carries the most of the question's words (none: empty), and those of
 * its words (terms) that are words of their ids: the words that name them.
 */
export function idNaming(
  question: string,
  idTerms: IdTerms,
): { articles: number[]; terms: Set<string> } {
  const counts = new Map<number, number>();
  const questionTerms = new Set(termsOf(question));
  for (const term of questionTerms)
    for (const article of idTerms.get(term) ?? [])
      counts.set(article, (counts.get(article) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const articles = [...counts].filter(([, n]) => n === most && n > 0).map(([article]) => article);
  const named = new Set(articles);
  const terms = new Set(
    [...questionTerms].filter((term) => (idTerms.get(term) ?? []).some((a) => named.has(a))),
  );
  return { articles, terms };
}

/** An id as a question may write it: one with a separator (`_ . - /`) between its words. */
const SEPARATED_ID = /[_.\-/]/;

/**
 * The articles whose id the question writes whole, separators and all ("fishermen-feature" of
 * `fishermen-feature`, any case), with its words as terms: the words that name them. An id is
 * the name every reply gives an article ("[fishermen-feature]") and every command takes
 * (`--source`), so written whole it names that article, even where its words alone do not (a
 * titled article's file name: {@link namingIds}). Only an id with a separator: written whole it
 * is no word of English, as a proper name is no common noun (Quirk et al. 1985, §5.60), where
 * an id of one word ("letter") is also the word. Bounded on each side by a character no id
 * word holds, so "fishermen-feature" is not read in "old-fishermen-feature".
 */
export function idsWrittenWhole(
  question: string,
  ids: readonly string[],
): { articles: number[]; terms: Set<string> } {
  const folded = question.toLowerCase();
  const articles: number[] = [];
  const terms = new Set<string>();
  ids.forEach((id, article) => {
    if (!SEPARATED_ID.test(id)) return;
    const wanted = id.toLowerCase();
    for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
      const before = folded.slice(0, at);
      const after = folded.slice(at + wanted.length);
      if (/[\p{L}\p{N}_\-/]$/u.test(before) || /^([\p{L}\p{N}_\-/]|\.[\p{L}\p{N}])/u.test(after))
        continue;
      articles.push(article);
      for (const term of termsOf(idWords(id))) terms.add(term);
      break;
    }
  });
  return { articles, terms };
}

/** The articles whose id carries the most of the question's words (none: empty; {@link idNaming}). */
export function idNamed(question: string, idTerms: IdTerms): number[] {
  return idNaming(question, idTerms).articles;
}

/** What {@link withoutFalseNothing} needs of the engine; the passage makers are called lazily. */
export interface FallbackContext {
  /** The question as searched. */
  question: string;
  events: readonly TimelineEvent[];
  /** Passages asked for (an answer), and how many closest passages a reply shows. */
  limit: number;
  closestShown: number;
  /** Article ids the asker restricted the question to (`source:`), if any. */
  restricted?: ReadonlySet<string>;
  /**
   * The articles the question names, as indices: by their metadata (the search's
   * plan/source-match.ts) or by their id ({@link idNamed}).
   */
  named: readonly number[];
  /** The articles the asker restricted it to, as indices; empty when not restricted. */
  chosen: readonly number[];
  /** The quote of a timeline entry as a passage. */
  fromQuote: (quote: FallbackQuote) => AnswerPassage;
  /** What the index saved of a timeline quote ({@link QuoteReading}). */
  quoteReading?: QuoteReading;
  /** The articles' leading passages, `count` in all, by default one each (see {@link leadSentences}). */
  leads: (articles: readonly number[], count?: number) => AnswerPassage[];
  /** True when the question asks nothing beyond the sources it names ({@link asksOnlyOfSource}). */
  onlyOfSource: boolean;
  /** The publication date an article states (ISO 8601, perhaps coarser), or null. */
  publishedOf: (article: number) => string | null;
  /**
   * The passages holding the most of the question's words, best first, leaving out `ignored`
   * (terms); empty when none does.
   */
  nearest: (ignored: ReadonlySet<string>) => AnswerPassage[];
  /**
   * The passages holding a word formed from one of the question's by a negating prefix
   * ("unhurt" for "hurt": search/plan/negated-forms.ts), leaving out `ignored` (terms) and the
   * words naming a source; best first, empty when none does.
   */
  negated: (ignored: ReadonlySet<string>) => AnswerPassage[];
  /** The passages holding every word of `text` (a date the question names), best first. */
  holdingAll: (text: string) => AnswerPassage[];
  /**
   * The first passages in corpus order holding one of the question's own words (or an alias,
   * inflection or other spelling of one, or the word a misspelling stands for), leaving out `ignored` (terms), found from every passage holding one
   * (the index's postings): the ranking reads only its top candidates, so the rule's "none
   * holds one" is proved here.
   */
  holdingOwn: (ignored: ReadonlySet<string>) => AnswerPassage[];
  /** True when the question has no word to look for (its plan has no concept: "Is it?"). */
  asksNoWord: boolean;
  /**
   * The question's light verbs beside its other words ("make" in "how do I make sourdough
   * bread?": search/abstain-features.ts `lightVerbTerms`), as terms: they name nothing it asks
   * about, so a passage holding only them is not about it. Empty when none.
   */
  lightVerbs?: ReadonlySet<string>;
}

/**
 * `answer` as the rule at the top of this file allows it: unchanged when it answers (unless the
 * question only names a source: then answered by its leading passages), says what
 * the page does not state, or already shows its closest passages. When it would claim
 * "nothing", the closest passages are, in turn, those dated to the day or month named, the
 * leads of the sources it names, the passages with the most of its words, those with a negated
 * form of one, those with the date named whole, or the leads of the sources the asker chose.
 */
export function withoutFalseNothing(answer: Answer, context: FallbackContext): Answer {
  if (answer.notStated !== undefined) return answer;
  // A question that only names a source ("What did Radio Brisk report?") asks what it reported,
  // whatever passages the search found by its naming words (one that says "Radio Brisk
  // understands", or words of other articles near them: "report" near "repairs"): its leads
  // answer it, as a news article's lead says what it reports (the inverted pyramid). It asks
  // what the source reports now: its newest article first, unless the question names a date.
  if (context.onlyOfSource && !answer.passages.some((passage) => passage.page)) {
    const named =
      namedDate(context.question) === null
        ? newestFirst(context.named, context.publishedOf)
        : context.named;
    const leads = context.leads(named, context.limit);
    if (leads.length > 0)
      return { ...answer, answered: true, passages: leads, closest: [], sourcesDiffer: [] };
  }
  if (answer.answered) return answer;
  const date = namedDate(context.question);
  if (date !== null && answer.closest.length === 0) {
    const dated = datedQuotes(
      context.events,
      date,
      context.closestShown,
      context.restricted,
      context.quoteReading,
    );
    if (dated.length > 0) return { ...answer, closest: dated.map(context.fromQuote) };
  }
  if (answer.closest.length > 0) return answer;
  // The words of a date named are no content of their own: "2024" in another date is not it.
  // Nor is a light verb beside the words asked about ("make" of "make sourdough bread").
  const ignored = new Set([
    ...(date ? termsOf(context.question.slice(date.start, date.end)) : []),
    ...(context.lightVerbs ?? []),
  ]);
  // A source the question names is what it asks about; one the asker chose only bounds where
  // to look, so the passages with the question's words come before its leads.
  for (const closest of [
    () => context.leads(context.named.slice(0, context.closestShown)),
    () => context.nearest(ignored).slice(0, context.closestShown),
    () => context.negated(ignored).slice(0, context.closestShown),
    // A date is about its day as a whole: "2026" alone in another date is not it.
    () => (date ? context.holdingAll(context.question.slice(date.start, date.end)) : []),
    () => context.holdingOwn(ignored).slice(0, context.closestShown),
    () => context.leads(context.chosen.slice(0, context.closestShown)),
  ]) {
    const passages = closest();
    if (passages.length > 0) return { ...answer, closest: passages };
  }
  // "None of its words is in the coverage" is true of a question with none only in form.
  return context.asksNoWord ? { ...answer, asksNoWord: true } : answer;
}
