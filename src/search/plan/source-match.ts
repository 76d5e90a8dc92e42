/**
 * Questions that name their source: "what did DW report about …", "in Grant's 1873 message …".
 * The names come from the corpus's own metadata (outlet, title words, year of publication),
 * never from lists, so this works on any corpus. A metadata word names a source only when few
 * articles carry it ("Belarus" in every title names none), and the articles named are those
 * that carry the most of the question's naming words. An outlet's or author's full stated name
 * ("the Harbour Courier") names its articles whatever their share: how many articles an outlet
 * wrote says nothing about whether a question naming it in full means it.
 */
import { authorNaming } from '../../corpus/credit-fields.js';
import { outletGroupKey } from '../../corpus/outlet-names.js';
import type { ArticleMeta } from '../../corpus/types.js';
import { parseMonthDay, parsePartialDate } from '../../text/dates.js';
import { MONTHS } from '../../text/months.js';
import { closedNamePrefixes } from '../../text/name-prefixes.js';
import { isStopWord, stem, termsOf, tokenize, type Token } from '../../text/terms.js';
import { initialledNames } from './initials.js';
import { nameWordForms } from './name-word-forms.js';
import { disagrees, statedDates } from './stated-dates.js';

/** Words for a source itself ("in Grant's 1873 message", "the Moscow paper"): framing once a source is named. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  'message address speech paper newspaper outlet article report story piece interview broadcast explainer editorial obituary column'.split(
    ' ',
  ),
);

/**
 * Words that, beside a source named and nothing else, ask for what it has published: of late
 * ("any update from the Dale Post?", "what's the latest from Radio Brisk?", "anything new from
 * the Courier?"), or as it goes on ("what is Radio Brisk saying?", the progressive of the verbs
 * that frame a question, text/stop-words.ts QUESTION_WORDS, which lists their other forms).
 * They say which of its coverage is wanted, not what it is about; beside other words ("the
 * latest death toll", "new ferries", "what is the mayor saying about the bridge") they are the
 * question's as before (plan/query-plan.ts).
 */
export const SOURCE_OUTPUT_WORDS: ReadonlySet<string> = new Set(
  (
    'latest newest new recent recently update updates saying reporting writing telling ' +
    // What it publishes as a whole: its headlines, what it covered, a summary. Not "published"
    // nor "headline": "when was the Wire story published?", "what was its headline?" ask of
    // the page (plan/page-question.ts), whose lines those words pick.
    'headlines cover covers covered covering summary summarise summarize'
  ).split(' '),
);

/**
 * True for a word for a source itself ({@link SOURCE_NOUNS}) in the singular or the plural
 * ("stories", "speeches", "reports").
 */
export function isSourceNoun(word: string): boolean {
  return [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].some(
    (form) => SOURCE_NOUNS.has(form),
  );
}

/** Metadata terms of the corpus: term → the articles whose metadata carries it. */
export interface SourceCatalog {
  byTerm: ReadonlyMap<string, readonly number[]>;
  /**
   * Terms that name an article on their own: outlet and author terms. A title word alone
   * does not ("park" in "Westside Park reopens" is as likely the question's subject); two
   * metadata terms of one article together do ("Grant" and "1873").
   */
  strong: ReadonlySet<string>;
  /** Publication-date terms (year, month names, day). */
  date: ReadonlySet<string>;
  /** Names of the metadata by their initials ("fdr" → [franklin, d, roosevelt]; see initials.ts). */
  initials: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /**
   * Outlets' and authors' full stated names, each as its terms, with the articles that carry it,
   * whatever their share; none that is a single everyday word ("The Times": "how many times…").
   */
  fullNames: ReadonlyArray<{ terms: readonly string[]; articles: readonly number[] }>;
  /**
   * Per term of an outlet's or author's name, the words (folded) the names write it as:
   * observ → {observer} of "Tarn Observer" (plan/name-word-forms.ts).
   */
  nameForms: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * True for a word of an outlet's name that the coverage's text also uses as the name of
   * something else (a town, a body, a person) or writes in lower case as an everyday word
   * ("police said" beside "Kelby Police": plan/outlet-word-use.ts). Absent: none is.
   */
  usedOtherwise?: (term: string) => boolean;
  /**
   * True when the coverage's text writes a word of an outlet's name (`term`) in lower case in
   * one phrase with `next`, an everyday noun phrase ("press conference": plan/outlet-word-use.ts
   * outletWordPhrases). Absent: none is.
   */
  writesInPhrase?: (term: string, next: string) => boolean;
  /**
   * True when the coverage's text writes two words a question sets side by side (`first`,
   * `second`, index terms, one a word of an outlet's name) as one capitalised name that is no
   * run of an outlet's own ("Skylark Air" beside "Northland Air Crew Association":
   * plan/outlet-word-use.ts outletWordNames), or `first` a given name of a source's person
   * before another family name ("John Ross" beside "John Adams": `givenNameNames`). Absent:
   * none is.
   */
  writesInName?: (first: string, second: string) => boolean;
  /**
   * True for a title term that names its articles as an author's name does: a name (written
   * capitalised in the title, never in lower case in the coverage's text) that most of the
   * articles it titles never use in their own text ("Monroe" in "State of the Union address,
   * 1823 (James Monroe)"). A headline's words are its story's, so a name its story does not
   * tell is about the article: its speaker, its series. Only terms within the title terms'
   * share limit, each found once, when a question first holds it.
   */
  isLabel: (term: string) => boolean;
  /**
   * True for a term of a name in the metadata: of an outlet's or author's name, or a title
   * word written capitalised, not first, in a title that is not in title case ("Grant" of
   * "State of the Union address, 1871 (Ulysses S. Grant)"). Absent: the outlet's and author's
   * terms ({@link strong}) alone.
   */
  writtenAsName?: (term: string) => boolean;
  /**
   * True when the coverage reports on a source's name as a story's subject: one of `terms` (the
   * index terms of the name as a question writes it; not an everyday word, nor one the coverage
   * uses as another name, {@link usedOtherwise}) is written capitalised in the headline or lead
   * of more articles outside `own` (the source's own articles) than there are of its own. A
   * headline and its lead say what a story is about (the inverted pyramid), so when most stories
   * leading with a name are others' reports on it ("Northgate to cut jobs at Kelby bakery"
   * beside Northgate's own release), it is what is asked about as often as who said it: it names
   * its source only where the question frames it as one (plan/source-framing.ts). Absent: no
   * name is.
   */
  reportedElsewhere?: (terms: readonly string[], own: readonly number[]) => boolean;
  /**
   * The articles whose outlet or author name holds `term`, or that a label term titles
   * ({@link isLabel}): the source's own articles, those {@link reportedElsewhere} leaves out.
   */
  ownArticles: (term: string) => readonly number[];
  /** Per article (corpus order), its publication year; undefined when not stated. */
  years: ReadonlyArray<number | undefined>;
  /**
   * Per article, its publication date as a number that sorts as the dates do (year·10⁴ +
   * month·10² + day, an unstated part 0); undefined when not stated.
   */
  dates: ReadonlyArray<number | undefined>;
  /**
   * Who the article is by: its outlet, author and label terms, sorted and joined (empty when
   * none). Articles with one such key are a series ("Washington's addresses").
   */
  seriesOf: (article: number) => string;
  /**
   * The titles of at least {@link WHOLE_TITLE_WORDS} words, each as its words folded to lower
   * case, as a question writing one whole is compared ({@link writesTitleWhole}). Absent: none.
   */
  titleWords?: ReadonlyArray<readonly string[]>;
  articles: number;
}

/** Limits of {@link buildSourceCatalog}, shares of the articles (0–1). */
export interface SourceShares {
  /** A title or date term carried by more than this share of the articles names none of them. */
  maxShare: number;
  /**
   * The same for one word of an outlet's or author's name: naming who wrote is deliberate, so it
   * may name a larger share ("what did Coastline Wire report" in a corpus where it wrote a
   * quarter), but a lone word of a name behind most of the coverage ("Coastline") is as likely
   * what the question is about. A full name is not limited (see {@link SourceCatalog.fullNames}).
   */
  strongMaxShare: number;
}

/**
 * The metadata terms of one article: outlet, author and title words, and its publication date
 * as a question would write it: the year, the month's names ("December", "Dec") and the day
 * (of a date stated without its year, the month's names and the day).
 */
export function metadataTerms(stated: ArticleMeta): {
  terms: Set<string>;
  strong: Set<string>;
  date: Set<string>;
} {
  const meta = namedAsWritten(stated);
  const strong = new Set([...termsOf(meta.outlet ?? ''), ...termsOf(authorNaming(meta.author))]);
  const date = new Set<string>();
  // A day and month stated without the year (a dateline's "March 26") name the article as a
  // full date does, the year left unnamed.
  const published =
    parsePartialDate(meta.published ?? '') ?? parseMonthDay(meta.publishedMonthDay ?? '');
  if (published) {
    if ('year' in published) date.add(String(published.year));
    if (published.month !== undefined) {
      for (const [spelling, month] of MONTHS)
        if (month === published.month) for (const term of termsOf(spelling)) date.add(term);
      if (published.day !== undefined) date.add(String(published.day));
    }
  }
  return { terms: new Set([...strong, ...date, ...termsOf(meta.title)]), strong, date };
}

/**
 * `meta` with its names as a question writes them: a name's "Mc" closed up ("Mc Kinley" →
 * "McKinley", text/name-prefixes.ts). Only the terms read from it change; the source shown is
 * the article's own.
 */
export function namedAsWritten(meta: ArticleMeta): ArticleMeta {
  const close = (text: string | null) => (text === null ? null : closedNamePrefixes(text));
  return {
    ...meta,
    title: closedNamePrefixes(meta.title),
    outlet: close(meta.outlet),
    author: close(meta.author),
  };
}

/** What {@link buildSourceCatalog} may know of the coverage's text. */
export interface CoverageText {
  /** {@link SourceCatalog.usedOtherwise}. */
  usedOtherwise?: (term: string) => boolean;
  /** {@link SourceCatalog.writesInPhrase}. */
  writesInPhrase?: (term: string, next: string) => boolean;
  /** {@link SourceCatalog.writesInName}. */
  writesInName?: (first: string, second: string) => boolean;
  /**
   * How the coverage's text uses a title word (`term`, written `word` folded): the articles
   * (indices in `metas`) whose own text holds the term, not counting a heading that is their
   * title, and whether the text writes the word in lower case (an everyday word, not only a
   * name). Absent: every title word is taken as its story's, and none is a label
   * ({@link SourceCatalog.isLabel}).
   */
  titleWordUse?: (
    term: string,
    word: string,
  ) => { articles: ReadonlySet<number>; inLowerCase: boolean };
  /**
   * The articles (indices in `metas`) whose lead, their first body sentence, writes `term` (an
   * index term) capitalised, as a name. Absent: no name is read as reported
   * ({@link SourceCatalog.reportedElsewhere} is left out).
   */
  leadsWriting?: (term: string) => ReadonlySet<number>;
}

/**
 * Builds the catalog of the articles' metadata (`metas` in corpus order). `isCommon` says which
 * terms are everyday English (the index's common words): a one-word name that is one names
 * only within the share limits.
 */
export function buildSourceCatalog(
  statedMetas: readonly ArticleMeta[],
  shares: SourceShares,
  isCommon: (term: string) => boolean,
  { usedOtherwise, writesInPhrase, writesInName, titleWordUse, leadsWriting }: CoverageText = {},
): SourceCatalog {
  const metas = statedMetas.map(namedAsWritten);
  const all = new Map<string, number[]>();
  // Outlet and author terms → the articles they are of (not those whose title holds the word).
  const owners = new Map<string, number[]>();
  const fullNames = new Map<string, { terms: string[]; articles: Set<number> }>();
  const strong = new Set<string>();
  const date = new Set<string>();
  const initials = new Map<string, string[][]>();
  const named = new Set<string>();
  // An outlet's full name names the articles of all its names ("Radio Northvale" those stating
  // "Radio Northvale News" too: corpus/outlet-names.ts).
  const ofOutlet = new Map<string, number[]>();
  const joined = new Set<string>();
  metas.forEach((meta, article) => {
    if (meta.outlet === null) return;
    const key = outletGroupKey(meta.outlet);
    const list = ofOutlet.get(key) ?? [];
    list.push(article);
    ofOutlet.set(key, list);
  });
  metas.forEach((meta, article) => {
    for (const text of [meta.title, meta.outlet, meta.author])
      for (const name of initialledNames(text ?? '')) {
        const key = `${name.initials} ${name.terms.join(' ')}`;
        if (named.has(key)) continue;
        named.add(key);
        const list = initials.get(name.initials) ?? [];
        list.push(name.terms);
        initials.set(name.initials, list);
      }
    for (const name of [meta.outlet, authorNaming(meta.author)]) {
      const terms = [...new Set(termsOf(name ?? ''))];
      if (terms.length === 0 || (terms.length === 1 && isCommon(terms[0]!))) continue;
      const key = terms.join(' ');
      const entry = fullNames.get(key) ?? { terms, articles: new Set<number>() };
      entry.articles.add(article);
      const group =
        meta.outlet !== null && name === meta.outlet ? outletGroupKey(meta.outlet) : null;
      // Each outlet's articles once per name (not once per article: a large outlet's are many).
      if (group !== null && !joined.has(`${key}\n${group}`)) {
        joined.add(`${key}\n${group}`);
        for (const each of ofOutlet.get(group) ?? []) entry.articles.add(each);
      }
      fullNames.set(key, entry);
    }
    const metadata = metadataTerms(meta);
    for (const term of metadata.strong) {
      strong.add(term);
      const list = owners.get(term) ?? [];
      list.push(article);
      owners.set(term, list);
    }
    for (const term of metadata.date) date.add(term);
    for (const term of metadata.terms) {
      const list = all.get(term) ?? [];
      list.push(article);
      all.set(term, list);
    }
  });
  // At least one article may always be named by a term of its own.
  const limit = Math.max(1, Math.floor(metas.length * shares.maxShare));
  const strongLimit = Math.max(limit, Math.floor(metas.length * shares.strongMaxShare));
  const byTerm = new Map(
    [...all].filter(
      ([term, articles]) => articles.length <= (strong.has(term) ? strongLimit : limit),
    ),
  );
  // A label is a name, which its title writes capitalised ("(James Monroe)"), not a word of
  // the headline's sentence ("Belarus, Russia sign agreement"): term → the word so written. A
  // title in title case ("Guard to Partner With Police") capitalises every word, names or not,
  // and any title its first ("Diggers arrive on the Orrel").
  const capitalised = new Map<string, string>();
  // Title words written as initials ("IRF" of "Regatta calendar confirmed by IRF board").
  const initialisms = new Set<string>();
  for (const meta of metas) {
    const words = tokenize(meta.title).filter((token) => /^\p{L}/u.test(token.word));
    const upper = words.filter((token) => /^\p{Lu}/u.test(meta.title.slice(token.start)));
    if (words.every((token) => upper.includes(token) || isStopWord(token))) continue;
    for (const token of upper) {
      if (token === words[0]) continue;
      capitalised.set(stem(token.word), token.word);
      if (INITIALISM.test(meta.title.slice(token.start, token.end)))
        initialisms.add(stem(token.word));
    }
  }
  const labels = new Map<string, boolean>();
  const isLabel = (term: string): boolean => {
    let known = labels.get(term);
    if (known === undefined) {
      const articles = byTerm.get(term) ?? [];
      const word = capitalised.get(term);
      known = false;
      // A number in a title ("5 things to know") counts something; it is no one's name.
      if (
        titleWordUse &&
        word !== undefined &&
        articles.length > 0 &&
        /\p{L}/u.test(term) &&
        !strong.has(term) &&
        !date.has(term)
      ) {
        const use = titleWordUse(term, word);
        // A body's initials in a headline that the coverage's text writes too ("The IRF … said")
        // name the body it reports on: the question's subject, not the article.
        const reported = initialisms.has(term) && use.articles.size > 0;
        known =
          !reported &&
          !use.inLowerCase &&
          articles.filter((article) => !use.articles.has(article)).length * 2 > articles.length;
      }
      labels.set(term, known);
    }
    return known;
  };
  const ownArticles = (term: string): readonly number[] =>
    owners.get(term) ?? (isLabel(term) ? (byTerm.get(term) ?? []) : []);
  const reportedElsewhere = leadsWriting
    ? headlinesReporting(
        metas,
        all,
        leadsWriting,
        (term) => isCommon(term) || usedOtherwise?.(term) === true,
      )
    : undefined;
  const published = metas.map((meta) => parsePartialDate(meta.published ?? ''));
  const ownTerms = metas.map((meta) => {
    const own = metadataTerms(meta);
    return [...own.terms].filter((term) => !own.date.has(term));
  });
  return {
    byTerm,
    strong,
    date,
    isLabel,
    writtenAsName: (term) => strong.has(term) || capitalised.has(term),
    years: published.map((date) => date?.year),
    dates: published.map((date) =>
      date ? date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0) : undefined,
    ),
    seriesOf: (article) =>
      (ownTerms[article] ?? [])
        .filter((term) => strong.has(term) || isLabel(term))
        .sort()
        .join(' '),
    initials,
    fullNames: [...fullNames.values()].map(({ terms, articles }) => ({
      terms,
      articles: [...articles].sort((a, b) => a - b),
    })),
    nameForms: nameWordForms(metas.flatMap((meta) => [meta.outlet, authorNaming(meta.author)])),
    titleWords: metas
      .map((meta) => tokenize(meta.title).map((token) => token.word.toLowerCase()))
      .filter((words) => words.length >= WHOLE_TITLE_WORDS),
    ...(usedOtherwise ? { usedOtherwise } : {}),
    ...(writesInPhrase ? { writesInPhrase } : {}),
    ...(writesInName ? { writesInName } : {}),
    ...(reportedElsewhere ? { reportedElsewhere } : {}),
    ownArticles,
    articles: metas.length,
  };
}

/**
 * {@link SourceCatalog.reportedElsewhere} over `metas`: `byTitleWord` gives, per index term, the
 * articles whose metadata (their title among it) holds it, and `leadsWriting` those whose lead
 * writes it capitalised. Each term's headlines and leads are read once, when a question first
 * names a source by it. A name is reported by a word of it that says which name is meant: not
 * an everyday word ("Foods" of "Northgate Foods"), nor one the coverage uses as another name
 * (`isOtherWord`: the town "Kelby" of the "Kelby Courier", outlet-word-use.ts), whose headlines
 * report the town, not the paper.
 */
function headlinesReporting(
  metas: readonly ArticleMeta[],
  byTitleWord: ReadonlyMap<string, readonly number[]>,
  leadsWriting: (term: string) => ReadonlySet<number>,
  isOtherWord: (term: string) => boolean,
): (terms: readonly string[], own: readonly number[]) => boolean {
  const leading = new Map<string, ReadonlySet<number>>();
  const leadingWith = (term: string): ReadonlySet<number> => {
    let found = leading.get(term);
    if (found === undefined) {
      const articles = new Set(leadsWriting(term));
      for (const article of byTitleWord.get(term) ?? []) {
        const title = metas[article]?.title ?? '';
        if (
          tokenize(title).some(
            (token) => stem(token.word) === term && /^\p{Lu}/u.test(title.slice(token.start)),
          )
        )
          articles.add(article);
      }
      found = articles;
      leading.set(term, found);
    }
    return found;
  };
  return (terms, own) => {
    // "Northgate Foods" is reported wherever its distinctive word leads ("Northgate to reopen
    // …"), as people shorten a company's name.
    const ownSet = new Set(own);
    return terms.some((term) => {
      if (isOtherWord(term)) return false;
      let elsewhere = 0;
      for (const article of leadingWith(term)) if (!ownSet.has(article)) elsewhere += 1;
      return elsewhere > ownSet.size;
    });
  };
}

/** The sources a question names. */
export interface SourceMatch {
  /** The articles named (those matching the most naming terms); empty when none is. */
  articles: ReadonlySet<number>;
  /** The question's terms that named them. */
  terms: ReadonlySet<string>;
  /**
   * Articles whose metadata the question's words point to more loosely: by an outlet or
   * author, a publication date alone, or two title words, those with the most such words.
   * Evidence that an article is about the question (an article is often titled with its
   * subject and published on the day of its event), never a reason to set others aside.
   */
  mentioned: ReadonlySet<number>;
  /** True when the question's ordinal (`ordinal` of {@link matchSources}) chose among them. */
  byOrdinal?: true;
}

export const NO_SOURCE: SourceMatch = {
  articles: new Set(),
  terms: new Set(),
  mentioned: new Set(),
};

/** Per article, how many of its metadata terms a question holds, of each kind. */
interface Counts {
  all: number;
  title: number;
  date: boolean;
  /** A day or a year of its date named, not only its month. */
  dayOrYear: boolean;
  strong: boolean;
}

/** An article no term has pointed to yet. */
const NO_COUNTS: Readonly<Counts> = {
  all: 0,
  title: 0,
  date: false,
  dayOrYear: false,
  strong: false,
};

/** A word written as initials, capitals only: "IRF", "NHS". */
const INITIALISM = /^\p{Lu}{2,6}$/u;

/**
 * A date term that is a day or a year, not a month's name. A month alone before words of a
 * title dates what the title tells ("the march flotilla protest": a noun premodifier of time,
 * Quirk et al. 1985 §17.104), as often as the article; a day or a year with them is how a
 * publication is cited ("the 1873 message", "the March 9 report").
 */
const DAY_OR_YEAR = /^\d+$/;

/** The last two digits of a year as a question may write it ("in '71", "the 86 speech"). */
const SHORT_YEAR = /^\d{2}$/;

/**
 * The two-digit numbers of `tokens` (a question's, in order, stop words included, folded) that
 * stand right before a word for a source in the singular ({@link SOURCE_NOUNS}): "the 43
 * address", "his '86 speech". A year premodifying a word for a source is how a publication is
 * cited ("the 1873 message", {@link DAY_OR_YEAR}), and its last two digits are that year written
 * short, the century left to the context (The Chicago Manual of Style, 17th ed., §9.31:
 * "the class of '68"). Before a plural ("the 12 reports") a number counts the sources instead,
 * and joined to the noun by a hyphen or a dash it makes a compound modifier of measure ("a
 * 12-story tower", "a 40-piece band": CMOS 17th ed., §7.89, the hyphenation guide), no year.
 * `text`: the question `tokens` were cut from, whose offsets they hold.
 *
 * @example
 * const q = 'where did they land per the 43 address';
 * citedShortYears(tokenize(q), q) // Set {"43"}
 */
export function citedShortYears(tokens: readonly Token[], text: string): Set<string> {
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (
      SHORT_YEAR.test(token.word) &&
      next !== undefined &&
      SOURCE_NOUNS.has(next.word) &&
      !/[-‐‑–—]/u.test(text.slice(token.end, next.start))
    )
      found.add(token.word);
  });
  return found;
}

/**
 * The articles a question's terms name: those whose metadata carries the most of them, among
 * those named by an outlet, author or label term; by a title term with a date term ("Grant" and
 * "1873", the speaker of a dated speech); or, when the question speaks of a source
 * (`speech` not `'none'`, {@link sourceSpeech}: "the December 18 article", "according to
 * 'Officials agree'"), by a date
 * term or two title terms. Title words alone are what coverage is about as often as how it is
 * named ("When was the Russian National Guard founded?"), and a date alone as often when
 * something happened as when it was published. A date's words name or point to an article only
 * when all its parts fit the article's date (plan/stated-dates.ts: "aug 9" is no word of an
 * article of August 27). Two digits with a name ("Nixon in 71") are the
 * year of that name's articles that ends with them: a year written short is read by who it is
 * of, or by the word for a source it stands before (`citedShort`, terms: {@link citedShortYears},
 * "the 43 address" dates every article of a year ending with them), never alone (more often a
 * count). An ordinal (`ordinal`) takes that one of each
 * series of the articles named, in order of publication ("Polk's first annual message";
 * `ordinal` 1-based, -1 the last: plan/source-ordinal.ts). A word of an outlet's or author's name
 * that the question writes in another form than the name's (`otherForms`, terms: "observers" of
 * "Tarn Observer", plan/name-word-forms.ts) is an everyday word there and names neither. A name
 * the coverage reports on as a story's subject ({@link SourceCatalog.reportedElsewhere}: the
 * company that issued a release, which two papers lead with) names its source only where the
 * question frames it as a source (`framed`, terms: "according to Northgate", "what did
 * Northgate say", "in Northgate's release": plan/source-framing.ts); elsewhere ("when will
 * Northgate reopen the plant?") it is what is asked about, and every source's passages on it
 * compete alike. `eventYears` (terms) are years that date the event the question asks about,
 * not its source (plan/event-year.ts): each points to the articles published in it or later
 * that other words point to, as a report follows what it tells, and names none alone; it stays
 * one of the question's words.
 *
 * @example
 * // titles "State of the Union, Ulysses S. Grant" (1873, 1874) and "…, Abraham Lincoln" (1862)
 * matchSources(['grant', '1873', 'tariff'], catalog).articles // {the 1873 speech}
 */
export function matchSources(
  terms: readonly string[],
  catalog: SourceCatalog,
  speech: SourceSpeech = 'none',
  ordinal?: number,
  otherForms: ReadonlySet<string> = new Set(),
  framed: ReadonlySet<string> = new Set(),
  subject: ReadonlySet<string> = new Set(),
  eventYears: ReadonlySet<string> = new Set(),
  citedShort: ReadonlySet<string> = new Set(),
): SourceMatch {
  const counts = new Map<number, Counts>();
  const naming = new Set<string>();
  const articlesOf = namingArticles(terms, catalog, otherForms, framed, subject);
  const whoTerm = (term: string) => catalog.strong.has(term) || catalog.isLabel(term);
  // A date's words point only to articles its parts all fit ("aug 9" not to one of August 27).
  const dates = statedDates(terms);
  const fits = (term: string, article: number) =>
    !dates.some((date) => date.terms.has(term) && disagrees(date, catalog.dates[article]));
  for (const term of new Set(terms)) {
    if (eventYears.has(term)) continue;
    const articles = articlesOf(term).filter((article) => fits(term, article));
    if (articles.length === 0) continue;
    naming.add(term);
    const isDate = catalog.date.has(term);
    const isStrong = whoTerm(term);
    for (const article of articles) {
      const count = counts.get(article) ?? { ...NO_COUNTS };
      count.all += 1;
      if (isDate) {
        count.date = true;
        if (DAY_OR_YEAR.test(term)) count.dayOrYear = true;
      } else if (isStrong) count.strong = true;
      else count.title += 1;
      counts.set(article, count);
    }
  }
  // Cited as a source's year ("the 43 address": citedShortYears), two digits date the articles
  // of every year that ends with them, whoever else is named: the other words pick the century.
  const cited = new Map<string, number[]>();
  for (const term of citedShort) {
    if (!terms.includes(term)) continue;
    catalog.years.forEach((year, article) => {
      if (year === undefined || year % 100 !== Number(term)) return;
      const c = counts.get(article) ?? { ...NO_COUNTS };
      if (c.date) return;
      c.all += 1;
      c.date = true;
      c.dayOrYear = true;
      counts.set(article, c);
      cited.set(term, [...(cited.get(term) ?? []), article]);
    });
  }
  // A report follows the event it tells: the year of the event asked about (plan/event-year.ts)
  // dates, as a year of publication would, each article another of the question's words points
  // to that was published in it or later.
  for (const year of eventYears) {
    if (!terms.includes(year)) continue;
    for (const [article, c] of counts) {
      if ((catalog.years[article] ?? -1) < Number(year)) continue;
      c.all += 1;
      c.date = true;
      c.dayOrYear = true;
    }
  }
  const shortYears = new Map<string, number[]>(cited);
  for (const term of new Set(terms.filter((term) => SHORT_YEAR.test(term) && !cited.has(term)))) {
    const of = [...counts].filter(
      ([article, c]) =>
        c.strong && !c.date && (catalog.years[article] ?? -1) % 100 === Number(term),
    );
    for (const [, c] of of) {
      c.all += 1;
      c.date = true;
    }
    if (of.length > 0)
      shortYears.set(
        term,
        of.map(([article]) => article),
      );
  }
  const loose = [...counts].filter(([, c]) => c.strong || c.date || c.title >= 2);
  const mostLoose = Math.max(0, ...loose.map(([, c]) => c.all));
  const mentioned = new Set(loose.filter(([, c]) => c.all === mostLoose).map(([a]) => a));
  const named = [...counts].filter(
    ([, c]) =>
      c.strong ||
      (c.date && c.dayOrYear && c.title > 0) ||
      (speech !== 'none' && (c.date || c.title >= 2)),
  );
  if (named.length === 0) return { ...NO_SOURCE, mentioned };
  // An outlet or author named says who the question asks about; title words that name an
  // article only because the question speaks of a source ("what did DW report about the
  // agreement") are as often its subject, so they do not outweigh who is named.
  const byWho = named.filter(([, c]) => c.strong);
  const pool = byWho.length > 0 ? byWho : named;
  // Title words pick one of the articles of who is named only as they name an article at all:
  // with its date, as a piece spoken of ("the Gazette's piece on the hackers' claim"), or, where
  // the question only attributes to who is named ("according to the Gazette"), two of them, as
  // two title words name an article when a source is spoken of ("the sale price according to
  // the Gazette", of its "Warehouse sale price revealed"). Otherwise they are what the question
  // asks about ("what did the Gazette's expert say about the hackers' claims", "according to
  // the Gazette, how long did the firm take to warn people" ask of all its articles, not of the
  // one titled "Hackers claim…" or "Delay in warning residents").
  const titleNames = (c: Counts) =>
    !c.strong || c.date || speech === 'piece' || (speech === 'source' && c.title >= 2);
  const score = (c: Counts) => (titleNames(c) ? c.all : c.all - c.title);
  const best = Math.max(...pool.map(([, c]) => score(c)));
  const chosen = pool.filter(([, c]) => score(c) === best);
  const inOrder =
    ordinal === undefined
      ? null
      : nthOfSeries(
          chosen.map(([a]) => a),
          ordinal,
          catalog,
        );
  const articles = new Set(inOrder ?? chosen.map(([a]) => a));
  const titlesName = chosen.some(([, c]) => titleNames(c));
  // Only the terms that name the chosen articles count as naming; title words only when they
  // did (else they stay the question's content).
  const namingTerms = new Set(
    [...naming].filter(
      (term) =>
        !eventYears.has(term) &&
        (titlesName || catalog.date.has(term) || whoTerm(term)) &&
        articlesOf(term).some((a) => articles.has(a) && fits(term, a)),
    ),
  );
  for (const [term, of] of shortYears) if (of.some((a) => articles.has(a))) namingTerms.add(term);
  return {
    articles,
    terms: namingTerms,
    mentioned,
    ...(inOrder === null ? {} : { byOrdinal: true as const }),
  };
}

/**
 * The `ordinal`-th article (1-based; -1 the last) of each series ({@link SourceCatalog.seriesOf})
 * among `articles`, by publication date: "Washington's first annual message" is his earliest
 * article, and a name two series share ("Bush") keeps the one of each. Null when an article's
 * date is not stated (no order to read) or no series is that long.
 */
function nthOfSeries(
  articles: readonly number[],
  ordinal: number,
  catalog: SourceCatalog,
): number[] | null {
  if (articles.some((a) => catalog.dates[a] === undefined)) return null;
  const bySeries = new Map<string, number[]>();
  for (const article of articles) {
    const key = catalog.seriesOf(article);
    bySeries.set(key, [...(bySeries.get(key) ?? []), article]);
  }
  const picked: number[] = [];
  for (const series of bySeries.values()) {
    series.sort((a, b) => (catalog.dates[a] ?? 0) - (catalog.dates[b] ?? 0) || a - b);
    const at = series[ordinal > 0 ? ordinal - 1 : series.length + ordinal];
    if (at !== undefined) picked.push(at);
  }
  return picked.length > 0 ? picked.sort((a, b) => a - b) : null;
}

/** {@link SOURCE_NOUNS} as index terms. */
const SOURCE_NOUN_TERMS: ReadonlySet<string> = new Set([...SOURCE_NOUNS].flatMap(termsOf));

/**
 * The articles each of the question's terms (`asked`, in the question's order) names: those the
 * catalog's share limits leave it, and those of any outlet or author whose full name the
 * question holds, or a run of whose name it writes out ({@link nameRuns}). A word of an outlet's
 * name that the coverage also uses as another name or as an everyday word ({@link
 * SourceCatalog.usedOtherwise}: "from Brindle" of "Brindle Courier", "police said" beside
 * "Kelby Police") names nothing alone, only followed by a word for a source ("the Brindle
 * paper"): a source is named by its distinctive name, not by a word the question may need as
 * content ("how do I report this to the police"). Nor does a word of an outlet's name that the
 * question writes in a phrase the coverage writes in lower case ({@link
 * SourceCatalog.writesInPhrase}: "press" of "where was the press conference", beside "Baltic
 * Press Agency"): it is a word of the noun phrase asked about; the outlet is named by its name,
 * not by an everyday word of it. Nor, by
 * the same rule, does one the question writes beside a word with which the coverage writes
 * another capitalised name ({@link SourceCatalog.writesInName}: "air" of "how many flights did
 * Skylark Air cancel", beside "Northland Air Crew Association"): a source is named by its
 * distinctive name, not by a word it shares with what the question asks about. A term in
 * `otherForms` (a name's word written in another form) names nothing, nor is it part of a name
 * written out. A name the coverage reports on as a story's subject ({@link
 * SourceCatalog.reportedElsewhere}) names nothing unless each of its words the question writes
 * is framed as a source's (`framed`, terms), and then only its own articles.
 */
function namingArticles(
  question: readonly string[],
  catalog: SourceCatalog,
  otherForms: ReadonlySet<string>,
  framed: ReadonlySet<string>,
  subject: ReadonlySet<string>,
): (term: string) => readonly number[] {
  // The name as the question writes it is what the coverage's headlines would lead with.
  const isReported = (terms: readonly string[], own: readonly number[]) =>
    catalog.reportedElsewhere?.(terms, own) === true;
  // An outlet's or author's name the question makes the holder of what it asks ("the boss of
  // Norland Foods") is what it asks about, unless framed as a source elsewhere in it.
  const asSubject = (terms: readonly string[]) =>
    terms.length > 0 &&
    terms.every((term) => subject.has(term) && !framed.has(term) && catalog.strong.has(term));
  // A run of a name's everyday words that the coverage itself writes in lower case as one phrase
  // ("the harbour authority" beside "Hollin Harbour Authority") is a description it reports in,
  // as "press conference" is (writesInPhrase): it names the source only when framed as one.
  const described = (terms: readonly string[]) =>
    terms.length >= 2 &&
    terms.slice(1).every((term, k) => catalog.writesInPhrase?.(terms[k]!, term) === true);
  const reported = (terms: readonly string[], own: readonly number[]) =>
    asSubject(terms) ||
    (!terms.every((term) => framed.has(term)) && (described(terms) || isReported(terms, own)));
  // The question's terms as they may name: another form of a name's word stands in no name.
  const asked = question.map((term) => (otherForms.has(term) ? '' : term));
  const held = new Set(asked);
  const byFullName = new Map<string, Set<number>>();
  const add = (terms: readonly string[], articles: readonly number[]) => {
    for (const term of terms) {
      const named = byFullName.get(term) ?? new Set(catalog.byTerm.get(term));
      for (const article of articles) named.add(article);
      byFullName.set(term, named);
    }
  };
  // A name holding a word used otherwise names only as written out, in order ("Brindle Courier").
  const named = (terms: readonly string[]) =>
    terms.every((term) => held.has(term)) &&
    (!terms.some((t) => catalog.usedOtherwise?.(t)) ||
      asked.some((_, i) => terms.every((term, k) => asked[i + k] === term)));
  // The words of a name written out that the coverage reports on: no one of them names alone
  // ("Foods" of "Northgate Foods" is no other name's).
  const unnamed = new Set<string>();
  const addUnlessReported = (terms: readonly string[], articles: readonly number[]) => {
    if (!reported(terms, articles)) add(terms, articles);
    else for (const term of terms) unnamed.add(term);
  };
  for (const name of catalog.fullNames) {
    if (named(name.terms)) addUnlessReported(name.terms, name.articles);
    else for (const run of nameRuns(asked, name, catalog)) addUnlessReported(run, name.articles);
  }
  const spokenOf = new Set(question.filter((_, i) => SOURCE_NOUN_TERMS.has(question[i + 1] ?? '')));
  const inPhrase = new Set(
    question.filter((term, i) => {
      const next = question[i + 1];
      return (
        next !== undefined &&
        !SOURCE_NOUN_TERMS.has(next) &&
        catalog.writesInPhrase?.(term, next) === true
      );
    }),
  );
  const inName = new Set(
    question.filter((term, i) => {
      const [before, after] = [question[i - 1], question[i + 1]];
      return (
        (before !== undefined && catalog.writesInName?.(before, term) === true) ||
        (after !== undefined && catalog.writesInName?.(term, after) === true)
      );
    }),
  );
  return (term) => {
    const full = byFullName.get(term);
    if (full) return [...full];
    if (otherForms.has(term)) return [];
    if (inPhrase.has(term) || inName.has(term)) return [];
    if (catalog.usedOtherwise?.(term) && !spokenOf.has(term)) return [];
    if (unnamed.has(term) || asSubject([term])) return [];
    const own = catalog.ownArticles(term);
    // Framed as a source, a name others report on names its own articles, not their reports
    // on it ("what did Northgate say" is not the paper's "Northgate to cut jobs").
    if (own.length > 0 && isReported([term], own)) return framed.has(term) ? own : [];
    return catalog.byTerm.get(term) ?? [];
  };
}

/**
 * The runs of a name's words the question writes out in the name's order ("radio aldshire" of
 * "Radio Aldshire News", "evening post" of "Aldshire Evening Post"), two words or more, of which
 * one names the name's articles on its own. Such a run is the name as people shorten it: each
 * of its words names the source, even one that on its own is in too much of the metadata to
 * name any ("Aldshire", in several outlets' names), and so is no content of the question. A run
 * the question writes on into another capitalised name the coverage writes ({@link
 * SourceCatalog.writesInName}: "Orrel Valley Regional Authority" beside the "Orrel Valley
 * Gazette") is no run of the outlet's name: a name is read whole, as its longest match.
 * `asked` are the question's terms in order (stop words left out).
 */
function nameRuns(
  asked: readonly string[],
  name: { terms: readonly string[]; articles: readonly number[] },
  catalog: SourceCatalog,
): string[][] {
  const runs: string[][] = [];
  const ofName = new Set(name.articles);
  const namesAlone = (term: string) =>
    (catalog.byTerm.get(term) ?? []).some((article) => ofName.has(article));
  for (let i = 0; i < asked.length;) {
    let longest = 0;
    for (let j = 0; j < name.terms.length; j++) {
      let k = 0;
      while (i + k < asked.length && asked[i + k] === name.terms[j + k]) k += 1;
      longest = Math.max(longest, k);
    }
    const run = asked.slice(i, i + longest);
    // A run the question continues into a longer name the coverage writes ("Orrel Valley
    // Regional Authority" beside the "Orrel Valley Gazette") is that other name's words.
    // Asked only of a run of two words or more: a shorter one has no first or last word to read.
    const [before, after] = [asked[i - 1], asked[i + longest]];
    const inLongerName = ([first, last]: readonly [string, string]) =>
      (after !== undefined && catalog.writesInName?.(last, after) === true) ||
      (before !== undefined && catalog.writesInName?.(before, first) === true);
    if (longest >= 2 && run.some(namesAlone) && !inLongerName([run[0]!, run.at(-1)!]))
      runs.push(run);
    i += Math.max(1, longest);
  }
  return runs;
}

/**
 * How a question speaks of a source, beyond naming it: `'piece'` when it speaks of one piece of
 * coverage (a word for a source, "article", "address"; or a quoted title), `'source'` when it
 * only attributes ("according to" / "per" whoever or whatever follows), `'none'` when it speaks
 * only of events. "According to the Courier" attributes to the outlet, not to one of its pieces.
 */
export type SourceSpeech = 'none' | 'source' | 'piece';

/**
 * Words a title written whole in a question needs to name its piece without quotation marks:
 * a headline of three words or more is a name as a quoted title of eight characters is
 * ({@link sourceSpeech}); a shorter one ("Fire", "Road closed") is as often the question's own
 * words.
 */
const WHOLE_TITLE_WORDS = 3;

/**
 * True when `question` writes one of `titles` ({@link SourceCatalog.titleWords}) whole, word
 * for word in order, any case. The title of a work is its name (The Chicago Manual of Style,
 * 17th ed., §8.154: titles of works are capitalised and set off as names), so a question that
 * writes a headline whole ("who wrote The fishermen who lost their season?") speaks of that
 * piece as one quoting it does, with or without the quotation marks a chat user leaves out.
 */
export function writesTitleWhole(
  question: string,
  titles: ReadonlyArray<readonly string[]> = [],
): boolean {
  if (titles.length === 0) return false;
  const words = tokenize(question).map((token) => token.word.toLowerCase());
  // Loops, not a closure per title and start: every question reads every article's title.
  for (const title of titles)
    for (let start = 0; start + title.length <= words.length; start++) {
      let i = 0;
      while (i < title.length && words[start + i] === title[i]) i += 1;
      if (i === title.length) return true;
    }
  return false;
}

/**
 * How `question` speaks of a source ({@link SourceSpeech}); `titles`: the titles that, written
 * whole, speak of their piece ({@link writesTitleWhole}).
 */
export function sourceSpeech(
  question: string,
  titles?: ReadonlyArray<readonly string[]>,
): SourceSpeech {
  if (writesTitleWhole(question, titles)) return 'piece';
  if (
    tokenize(question).some(
      ({ word }) => SOURCE_NOUNS.has(word) || SOURCE_NOUNS.has(word.replace(/s$/, '')),
    ) ||
    /['‘"“][^'’"”]{8,}['’"”]/u.test(question)
  )
    return 'piece';
  return /\b(?:according to|per)\b/i.test(question) ? 'source' : 'none';
}
