/**
 * Turning a question into a plan: the concepts it asks about, each with the index terms that
 * express it (the user's own word, its aliases, WordNet synonyms and derived forms, a counted
 * noun's classes, typo corrections) and a weight; the answer type it asks for; and the sources
 * it names, whose naming words then stop counting as content.
 */
import { otherNumberForm } from './number-forms.js';
import type { AliasTable } from '../aliases.js';
import { findAliases } from '../aliases.js';
import { SEARCH_OPTIONS } from '../options.js';
import { isMonthOfDate } from '../../text/months.js';
import { standardForms } from '../../text/chat-forms.js';
import { withMeantSpellings } from './meant-spellings.js';
import { isSureCorrection } from './sure-correction.js';
import { isFramingNoun } from './framing-noun.js';
import { withClippingsRead } from './clippings.js';
import { withoutCourtesy } from '../../text/courtesy.js';
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, termsOf, tokenize, type Token } from '../../text/terms.js';
import { TITLE_CONTRACTIONS } from '../second-references.js';
import { initialismExpansions, spellsInitialism } from '../initialism.js';
import { stemmedIntoInitialism } from './initialism-alias.js';
import { closedForms } from '../compound-words.js';
import { askedInitialism } from '../corpus-initialisms.js';
import { isWordNetLemma } from '../dictionary-words.js';
import { answerTypeOf, type AnswerType, type AnswerTypeName } from './answer-type.js';
import { asksRealisedAct } from './realised-act.js';
import { isSequenceAdverb } from './sequence-adverb.js';
import { isResultingCopula } from './resulting-copula.js';
import { isOrdinalModifier, isOrdinalTerm } from './ordinal-modifier.js';
import { agentiveNouns } from './agentive-nouns.js';
import { BUYING_TERMS, paysFor } from './price-paid.js';
import { directiveTerms, reportsDirective } from './directive-verbs.js';
import { mayBeInitials } from './initials.js';
import { adverbialsIn, isTimeProForm } from './adverbials.js';
import { phrasalVerbAt, type PhrasalVerb } from './phrasal-verbs.js';
import { lemmasOf, verbSynsets } from '../../timeline/synonymous-acts.js';
import { takingEffectTermPhrases } from '../../text/taking-effect.js';
import { describingTerms } from './asked-words.js';
import { pieceKindWordsAt } from './piece-kinds.js';
import { countedFromNow } from './counted-from-now.js';
import { superordinatesOf } from './counted-superordinates.js';
import { sumKindsOf } from './sum-kinds.js';
import { moneyNounIn } from './quantity.js';
import { framedAsSource, heldAsSubject } from './source-framing.js';
import { addresseeTokens } from './addressee.js';
import { sourceOrdinal } from './source-ordinal.js';
import { eventTimeNumbers } from './event-time.js';
import { eventYearTokens } from './event-year.js';
import { dashedNameTokens, locativeNameTokens } from './place-name.js';
import { otherFormsOfNameWords } from './name-word-forms.js';
import { rarerPersonSenseLemmas } from './role-noun-senses.js';
import {
  citedShortYears,
  matchSources,
  NO_SOURCE,
  isSourceNoun,
  SOURCE_OUTPUT_WORDS,
  sourceSpeech,
  type SourceCatalog,
  type SourceMatch,
} from './source-match.js';

/** The answer types of values a passage may assert or give only as irrealis (QueryPlan.realised). */
const REALIS_TYPES: ReadonlySet<AnswerTypeName> = new Set(['date', 'duration', 'number']);

/** How an alternative came to express a concept; its factor says how much a match counts. */
export type MatchKind = keyof typeof SEARCH_OPTIONS.plan.matchFactor;

/** A title's index term → its contraction's ("councillor" → "cllr"). */
const TITLE_CONTRACTION_OF: ReadonlyMap<string, string> = new Map(
  [...TITLE_CONTRACTIONS].map(([short, full]) => [stem(full), stem(short)]),
);

/** One way to express a concept: a sequence of index terms (one term, or a phrase). */
export interface Alternative {
  terms: string[];
  kind: MatchKind;
  /**
   * A corpus word one edit from a dictionary word the question wrote (realWordCorrections): a
   * guess that the word was mistyped, which a real word typed seldom is.
   */
  realWordCorrection?: true;
  /**
   * A corpus word one edit (or, failing any, `fuzzyDistance` edits) from a word no dictionary
   * knows (typoCorrections): the word the misspelling stands for, which every reader of the
   * plan, the abstention gates too, takes as the word the question means.
   */
  typoCorrection?: true;
  /**
   * Its terms count only standing in this order, at most a term apart (match.ts): an idiom
   * ("came into force"), whose words apart say something else ("forces came").
   */
  ordered?: true;
}

/** Something the question asks about. */
export interface Concept {
  /** The words of the question it comes from, for messages and debugging. */
  label: string;
  alternatives: Alternative[];
  /** Written as a name (capitalised, not opening the question): a name the coverage lacks weighs more. */
  name: boolean;
  /** Everyday English: if the coverage lacks it, it is likely phrasing, and weighs less. */
  common: boolean;
  /**
   * A month the question names as a date (months.ts, isMonthOfDate): it matches the month
   * written as one, never the word ("march" the verb: search/select/month-words.ts).
   */
  month?: boolean;
  /**
   * Words of a time counted from the moment of asking ("tomorrow", "last week":
   * plan/counted-from-now.ts): they place the question in time, not in a topic, and weigh as
   * a word every article holds (search/match.ts `prepareConcepts`).
   */
  fromNow?: boolean;
}

/** A question, analysed. */
export interface QueryPlan {
  question: string;
  concepts: Concept[];
  answerType: AnswerType | null;
  /**
   * True when the answer type asks a date, a length of time or a number of an act told as
   * realised (realised-act.ts `asksRealisedAct`: "when was the contract signed"): a passage's
   * values told only as irrealis do not hold it (irrealis-values.ts). Absent otherwise.
   */
  realised?: true;
  /** The sources the question names (by outlet, title words or year). */
  sources: SourceMatch;
  /**
   * Where {@link question} writes out a named source's full name of two or more words
   * (`[start, end)` offsets of its words: "Dale Herald"), a name as a whole, naming no place or
   * thing the question asks of (query-plan.ts `writtenFullNames`). Absent when it writes none.
   */
  sourceNames?: ReadonlyArray<readonly [start: number, end: number]>;
  /**
   * Index terms the question itself says (its own words, named sources' included, and their
   * aliases and spelling corrections): an answer adds something beyond these. Not the words
   * that frame its answer type ("old" in "how old", "year" in "what year"): they say what kind
   * of value is asked, and the value may be written with them ("a 19-year-old worker").
   */
  askedTerms: ReadonlySet<string>;
  /**
   * Its everyday words that describe the noun after them ("engineering" in "the engineering
   * survey"): they name no entity (asked-words.ts `describingTerms`).
   */
  askedDescribing: ReadonlySet<string>;
}

/** What the plan needs to know about the index. */
export interface Vocabulary {
  has(term: string): boolean;
  /** Index terms within `distance` edits of `term`, at most `limit` of them. */
  fuzzy(term: string, distance: number, limit: number): string[];
  /** Index terms that start with `prefix`, at most `limit` of them. */
  completions(prefix: string, limit: number): string[];
  /** WordNet synonyms of a stem or a phrase of stems (space-joined), as index-term phrases. */
  synonyms(key: string): readonly string[];
  /**
   * WordNet verb synonyms of a verb's irregular past or participle form as written (folded:
   * "found", of "find"), as index-term phrases (verb-form-synonyms.ts).
   */
  formSynonyms?(word: string): readonly string[];
  /** WordNet derivationally related forms of a stem ("suppress" → "suppression"), as index terms. */
  derived(key: string): readonly string[];
  /**
   * Corpus terms of the same word as a question word, through an irregular inflection ("met"
   * / "meet"): looked up by the word as written (folded) and by its stem (inflections.ts).
   */
  inflections(word: string, term: string): readonly string[];
  /**
   * The index terms words one edit from a question word (folded, as typed) stem to, at most
   * `limit`, in the order of the edits (typo-edits.ts `oneEditCorrections`).
   */
  oneEditCorrections(word: string, limit: number): readonly string[];
  /**
   * True when a word (folded, as typed) is one edit (typo-edits.ts `oneEditWords`) from a word
   * {@link isDictionaryWord} holds: a dictionary word the corpus lacks.
   */
  nearDictionaryWord(word: string): boolean;
  /** Index terms a question word (folded, not stemmed) abbreviates, most frequent first (abbreviation.ts). */
  abbreviated(word: string): readonly string[];
  /**
   * Phrases of index terms (space-joined) the corpus writes as names or hyphen compounds whose
   * initials spell `initialism` (lower case; corpus-initialisms.ts), most frequent first.
   */
  spelledOut(initialism: string): readonly string[];
  /**
   * Phrases of index terms (space-joined) the corpus writes a closed compound's term as, with
   * a hyphen ("ceasefir" → "ceas fire" of "cease-fire"; compound-words.ts).
   */
  compounds(term: string): readonly string[];
  /**
   * True when the corpus writes a term in lower case somewhere (in the first blocks holding
   * it): an ordinary word, not only a name.
   */
  writtenInLowerCase(term: string): boolean;
  /**
   * True when the corpus writes a term as an initialism (in the first blocks holding it): in
   * capitals ("MP", "NATO"), never in lower case; not an abbreviation in title case ("Pa.").
   */
  writtenAsInitialism(term: string): boolean;
  /** True when a term is everyday English. */
  isCommon(term: string): boolean;
  /** True for a fixed adverbial phrase (folded words, space-joined: "in the end"; adverbials.ts). */
  isAdverbial(phrase: string): boolean;
  /**
   * True when a word (folded, not stemmed) whose stem the corpus lacks is a WordNet lemma or a
   * regular inflection of one (dictionary-words.ts), for words of at least
   * SEARCH_OPTIONS.plan.dictionaryMinLength letters.
   */
  isDictionaryWord(word: string): boolean;
  /**
   * True when WordNet holds an index term as an initialism of a phrase ("cio", "vc";
   * dictionary-words.ts `initialismLemmas`): a dictionary word only as shorthand.
   */
  isInitialismLemma?(term: string): boolean;
  /** True when the term occurs in the text of one of the articles. */
  inArticles(term: string, articles: ReadonlySet<number>): boolean;
  /** The corpus's metadata terms, for questions that name a source. */
  sources: SourceCatalog;
}

function fuzzyDistance(term: string): number {
  const o = SEARCH_OPTIONS.plan;
  if (term.length > o.fuzzyMaxLength) return 0;
  if (term.length >= o.fuzzyTwoEditsLength) return 2;
  return term.length >= o.fuzzyMinLength ? 1 : 0;
}

/**
 * Other forms of a word the stemmer did not unite ("legitimate" / "legitimacy"): index terms
 * that extend the term, or that the term extends by at most a few letters.
 */
function relatedForms(vocabulary: Vocabulary, term: string): string[] {
  const o = SEARCH_OPTIONS.plan;
  if (term.length < o.minRelatedFormLength) return [];
  const forms = vocabulary.completions(term, o.maxFuzzyExpansions);
  for (
    let length = term.length - 1;
    length >= Math.max(o.minRelatedFormLength, term.length - 3);
    length--
  ) {
    const shorter = term.slice(0, length);
    if (vocabulary.has(shorter)) forms.push(shorter);
  }
  return forms;
}

/**
 * Corrections of a dictionary word the corpus lacks (`word` as typed, `term` its stem): a typo
 * can make one word into another ("compliants" for "complaints", a real-word error), so when
 * nothing of the corpus stands for the word (no related form, synonym or derived form: the
 * question otherwise matches nothing for it), the corpus's ordinary words one edit away
 * (Damerau's edits, typo-edits.ts) are read as what was meant, the noisy channel's choice of
 * a likelier intended word (Kernighan, Church & Gale 1990, "A spelling correction program based
 * on a noisy channel model"). Never a word the corpus writes only as a name: someone meaning
 * "Pryce" does not type the word "price". Never an edit of the first letter: it is wrong in
 * fewer than one misspelling in ten (Pollock & Zamora 1984, "Automatic spelling correction in
 * scientific and scholarly text"), so a real word differing there ("bread" / "read") is likelier
 * meant than mistyped.
 */
function realWordCorrections(
  vocabulary: Vocabulary,
  word: string,
  term: string,
  related: readonly string[],
): string[] {
  // An everyday word typed is most likely the word meant: the channel's prior favours it.
  if (vocabulary.isCommon(term)) return [];
  if (related.length > 0 || vocabulary.synonyms(term).length > 0) return [];
  if (vocabulary.derived(term).length > 0) return [];
  const limit = SEARCH_OPTIONS.plan.maxFuzzyExpansions;
  return vocabulary
    .oneEditCorrections(word, limit)
    .filter((t) => t[0] === word[0] && vocabulary.writtenInLowerCase(t));
}

/**
 * Corrections of a word no dictionary knows (`word` as typed, `term` its stem), within
 * `distance` edits (1 or 2: fuzzyDistance). One edit explains most misspellings (Damerau 1964
 * found over 80% to be one letter deleted, inserted, replaced or two swapped), so the likelier
 * word meant is one edit from the word as typed: first the corpus's words one edit from it (with
 * those one edit from its stem); else, when it is one edit from a dictionary word the corpus
 * lacks ("goverment" from "government", in a corpus that never writes it), that word was meant
 * (Kernighan, Church & Gale 1990's noisy channel: the error of fewer edits is the likelier) and
 * it is left uncorrected, never read as a corpus word further away ("cover", an edit of its
 * stem "gover"); only else the corpus's words within `distance` edits of its stem. Bounded by the
 * word's length (at most SEARCH_OPTIONS.plan.fuzzyMaxLength letters reach here: 54n + 25
 * dictionary look-ups at most, made only when a corpus word is within reach, once per word).
 */
function typoCorrections(
  vocabulary: Vocabulary,
  word: string,
  term: string,
  distance: number,
): string[] {
  const limit = SEARCH_OPTIONS.plan.maxFuzzyExpansions;
  const typed = vocabulary.oneEditCorrections(word, limit);
  if (typed.length > 0)
    return [...new Set([...typed, ...vocabulary.fuzzy(term, 1, limit)])].slice(0, limit);
  const further = vocabulary.fuzzy(term, distance, limit);
  // Looked for only when there is a corpus word to keep it from: some hundreds of look-ups.
  return further.length > 0 && vocabulary.nearDictionaryWord(word) ? [] : further;
}

/** `corrections` when it holds exactly one, else none: an ambiguous edit is no correction. */
function onlyCorrection(corrections: readonly string[]): string[] {
  return corrections.length === 1 ? [...corrections] : [];
}

/** The other members of the alias groups that have `term` as a one-word member. */
function aliasMembersOf(aliases: AliasTable, term: string): string[][] {
  const members: string[][] = [];
  for (const [group, member] of aliases.byFirstTerm.get(term) ?? []) {
    const terms = aliases.groups[group] ?? [];
    if (terms[member]?.length !== 1) continue;
    members.push(...terms.filter((_, m) => m !== member));
  }
  return members;
}

function isName(label: string, start: number): boolean {
  return start > 0 && /^\p{Lu}/u.test(label);
}

/**
 * Analyses a question against the index's vocabulary and aliases. With `readSources` false no
 * source is read as named (`sources` is {@link NO_SOURCE}): the plan of the question as if its
 * metadata words were only content, against which a claim about a named source is checked.
 *
 * @example
 * planQuery('When did Lukashenka meet Putin?', vocabulary, aliases).concepts.map((c) => c.label)
 * // ['Lukashenka', 'meet', 'Putin']
 */
export function planQuery(
  question: string,
  vocabulary: Vocabulary,
  aliases: AliasTable,
  readSources = true,
): QueryPlan {
  const o = SEARCH_OPTIONS.plan;
  // Chat spellings ("gonna", "whats") are read as the words they stand for; a thank-you to
  // whoever answers is no part of what is asked.
  // A misspelt word is read as the word meant (meant-spellings.ts), a clipping as the word it
  // clips ("uni": clippings.ts).
  const text = withMeantSpellings(
    withClippingsRead(
      withoutCourtesy(standardForms(question.slice(0, o.maxAnalysedLength))),
      (term) => vocabulary.has(term),
    ),
    vocabulary,
  );
  const all = tokenize(text);
  // "how long", "how many", "how often": the word after "how" asks for the answer type.
  const answerType = withActWords(withRoleNouns(answerTypeOf(text), vocabulary), all, vocabulary);
  // …and a question for money names the kind of sum it asks ("the fine": a fine, a penalty).
  const sum = sumKindPhrases(answerType, text, vocabulary);
  // …and so do the words naming the kind of answer asked for ("what year", "the name of").
  const framingAt = new Set(answerType?.framing ?? []);
  // …and so does "next" as an adverb ("where is it headed next"): not the "next" of "next month";
  // …and "get" of "how hot did it get", a copula (resulting-copula.ts).
  const framing = new Set(
    all.filter(
      (token, i) =>
        all[i - 1]?.word === 'how' ||
        framingAt.has(token.start) ||
        isSequenceAdverb(text, all, i) ||
        isResultingCopula(all, i),
    ),
  );
  // A framing verb's noun ("the report") is content (framing-noun.ts).
  const framingNouns = new Set(all.filter((_, i) => isFramingNoun(text, all, i)));
  // …and so is a framing verb whose doer a "which/what N" asks ("which agency reported …").
  const askedVerb = all.find((token) => token.start === answerType?.verbAt);
  const isContent = (token: Token) =>
    !isStopWord(token) &&
    (!QUESTION_WORDS.has(token.word) || framingNouns.has(token) || token === askedVerb) &&
    !framing.has(token);
  let tokens = all.filter(isContent);
  // "How hot did it get": with its copula framing, nothing but the adjective after "how" says
  // what is asked about, and it names the attribute asked ("hot": temperature; WordNet's
  // attribute link, Gross & Miller 1990), so it is the question's content.
  if (tokens.length === 0) {
    const adjective = all.find(
      (token, i) =>
        all[i - 1]?.word === 'how' &&
        !isStopWord(token) &&
        all.some((_, k) => isResultingCopula(all, k)),
    );
    if (adjective !== undefined) tokens = [adjective];
  }
  const buying = new Set(all.filter((_, i) => paysFor(all, i)));
  // A fixed adverbial phrase ("in the end") is one unit, counted below by its synonyms: its
  // content words alone are other words ("end"). Unless it is all the question holds.
  const adverbials = adverbialsIn(
    text,
    all,
    (phrase) => vocabulary.isAdverbial(phrase) || isTimeProForm(phrase),
  );
  const inAdverbial = new Set(adverbials.flatMap((match) => match.tokens));
  const outsideAdverbials = tokens.filter((token) => !inAdverbial.has(token));
  const adverbialsApart = outsideAdverbials.length > 0;
  if (adverbialsApart) tokens = outsideAdverbials;
  // A named source's words say where to look, not what to find: those the named articles'
  // own text never uses ("DW") or uses of something else (a label's, "Bush" of "Laura Bush";
  // an everyday word's, "Grant" of "granted") stop counting as content, and so do words
  // for the source itself ("message", "paper") and its date ("1873"), even where the text
  // writes it: every sentence of the 1873 message is of 1873, and one that says so ("the
  // year ending June 30, 1873") answers nothing more for it.
  // A word the corpus never uses that is the initials of a name in the metadata ("FDR") is
  // that name, both to name a source and as content.
  // A term of a name in the metadata (an outlet's, an author's, a title's).
  const namesBy = (term: string) =>
    vocabulary.sources.writtenAsName?.(term) ?? vocabulary.sources.strong.has(term);
  const names = new Map<Token, ReadonlyArray<readonly string[]>>();
  for (const token of tokens) {
    const known = vocabulary.sources.initials.get(token.word);
    if (
      known &&
      mayBeInitials(text.slice(token.start, token.end), token.word) &&
      !vocabulary.has(stem(token.word))
    )
      names.set(token, known.slice(0, o.maxNamesPerInitials));
  }
  // …and so is a word the text never uses that WordNet gives as a synonym of a name in the
  // metadata ("Ike": Eisenhower, whom only the titles name), the synonym table covering the
  // metadata's words as the text's (search-index.ts): a name's other name names it.
  for (const token of tokens) {
    const term = stem(token.word);
    // Everyday English is its own word ("send" is no outlet's "Post"), as for shorthand.
    if (names.has(token) || vocabulary.has(term) || vocabulary.isCommon(term)) continue;
    const named = vocabulary
      .synonyms(term)
      .map((phrase) => phrase.split(' '))
      .filter((phrase) => phrase.every((t) => vocabulary.sources.byTerm.has(t) && namesBy(t)));
    if (named.length > 0) names.set(token, named.slice(0, o.maxNamesPerInitials));
  }
  // "press release" says what kind of piece is asked about, not who published it.
  const inPieceKind = pieceKindWordsAt(tokens.map((token) => token.word));
  // "his first annual message": which of the source's articles is meant.
  const placed = sourceOrdinal(tokens.map((token) => token.word));
  // "over 10 years": the length of what is asked, no source's date.
  const eventTime = eventTimeNumbers(all);
  // "… in 1942 according to Vane": the year of the event reported, which the report follows.
  const eventYears = eventYearTokens(all);
  // "what did she tell Radio Brisk": the one spoken to, not the source reporting it.
  const toldTo = addresseeTokens(all);
  // "envoys sent to Washington": a speaker's name as a place, not the source.
  const isLabelToken = (token: Token) => vocabulary.sources.isLabel(stem(token.word));
  const asPlace = new Set([
    ...locativeNameTokens(text, all, isLabelToken),
    // "the Washington-Moscow hot line": what the thing connects, not who speaks.
    ...dashedNameTokens(text, all, isLabelToken),
  ]);
  const sources = readSources
    ? matchSources(
        tokens
          .filter(
            (token, i) =>
              !inPieceKind.has(i) &&
              !eventTime.has(token) &&
              !toldTo.has(token) &&
              !asPlace.has(token),
          )
          .flatMap((token) => [stem(token.word), ...(names.get(token)?.flat() ?? [])]),
        vocabulary.sources,
        sourceSpeech(text, vocabulary.sources.titleWords),
        placed?.ordinal,
        otherFormsOfNameWords(tokens, vocabulary.sources.nameForms),
        framedAsSource(text, all),
        heldAsSubject(text, (term) => vocabulary.isCommon(term)),
        new Set([...eventYears].map((token) => token.word)),
        citedShortYears(all, text),
      )
    : NO_SOURCE;
  // A term of a named outlet's or author's name (not of a title).
  const namesOutletOrAuthor = (term: string) =>
    sources.terms.has(term) && vocabulary.sources.strong.has(term);
  let nameRun = new Set<Token>();
  if (sources.articles.size > 0) {
    const ordinalToken = sources.byOrdinal && placed ? tokens[placed.at] : undefined;
    nameRun = writtenFullNames(text, tokens, vocabulary.sources.fullNames, sources.articles);
    const remaining = tokens.filter((token) => {
      const term = stem(token.word);
      if (isSourceNoun(token.word) || token === ordinalToken) return false;
      // Initials are never in the text (else they would not be read as initials).
      if (names.get(token)?.some((name) => name.some((t) => sources.terms.has(t)))) return false;
      if (!sources.terms.has(term)) return true;
      if (vocabulary.sources.date.has(term)) return false;
      // A label, a name that its articles' text mostly does not use ("Bush" in "…, 2005
      // (George W. Bush)"), names the article, not what it tells: where its text does write
      // it, it names another ("Laura Bush", "Carters Warehouse"). And a word of a name that
      // the corpus also writes in lower case ("Grant", "granted"; "Bill" Clinton, "the bill")
      // names the source here: read as content, its stem would find the everyday word.
      if (vocabulary.sources.isLabel(term)) return false;
      if (namesBy(term) && vocabulary.writtenInLowerCase(term)) return false;
      return vocabulary.inArticles(term, sources.articles);
    });
    // "Any update from the Dale Post?", "Dale Post stories": the source's coverage, nothing
    // else; its naming words are then all the question searches for. A word of the outlet's
    // or author's name that its own text also uses ("Dunmore" of the "Dunmore Gazette", which
    // reports on Dunmore) is still a word of the name here, not something else asked: beside
    // nothing but words asking for coverage the name is read whole, as who is asked of. (A
    // title word stays what the question is about: asksOnlyOfSource in about-fallback.ts.)
    const naming = tokens.filter(
      (token) => !isSourceNoun(token.word) && !SOURCE_OUTPUT_WORDS.has(token.word),
    );
    const asksCoverageOnly = remaining.every(
      (token) => SOURCE_OUTPUT_WORDS.has(token.word) || namesOutletOrAuthor(stem(token.word)),
    );
    if (asksCoverageOnly) {
      if (naming.length > 0) tokens = naming;
    } else tokens = remaining;
  }
  const terms = tokens.map((token) => stem(token.word));
  // Words written apart as one ("cease-fire", "cease fire") that the corpus writes closed
  // ("ceasefire"): the closed form is each part's own word (compound-words.ts).
  const closedOf = new Map<Token, string[]>();
  for (const { parts, term } of closedForms(text, all, (t) => vocabulary.has(t)))
    for (const part of parts) closedOf.set(part, [...(closedOf.get(part) ?? []), term]);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const phrasalAt = new Map<Token, PhrasalVerb>();
  for (const token of tokens) {
    const reading = phrasalVerbAt(text, all, all.indexOf(token));
    if (reading) phrasalAt.set(token, reading);
  }
  const countedFromNowTokens = countedFromNow(text, all);
  const aliasAt = new Map(findAliases(aliases, terms).map((match) => [match.position, match]));
  let fuzzyWords = 0;
  let abbreviatedWords = 0;
  const unitClasses = new Set<string>();

  for (let position = 0; position < terms.length && concepts.length < o.maxConcepts;) {
    const alias = aliasAt.get(position);
    if (alias) {
      const label = text.slice(tokens[position]?.start, tokens[position + alias.length - 1]?.end);
      const group = aliases.groups[alias.group] ?? [];
      const own = terms.slice(position, position + alias.length);
      const alternatives: Alternative[] = [{ terms: own, kind: 'exact' }];
      // "Used" gives the term of "US" but names no country: its word, not the name's aliases.
      const named =
        alias.length > 1 ||
        !stemmedIntoInitialism(group, own[0] as string, tokens[position]?.word ?? '');
      for (const member of named ? group : []) {
        if (member.join(' ') !== own.join(' ')) alternatives.push({ terms: member, kind: 'alias' });
      }
      const key = `alias:${alias.group}`;
      if (!seen.has(key))
        concepts.push({
          label,
          alternatives,
          name: isName(label, tokens[position]?.start ?? 0),
          common: false,
        });
      seen.add(key);
      position += alias.length;
      continue;
    }
    // A phrasal verb ("kick in") is one concept: its own sense's words, never its bare verb's.
    const phrasal = phrasalAt.get(tokens[position]!);
    if (phrasal) {
      const term = terms[position] as string;
      position += 1;
      if (seen.has(phrasal.lemma)) continue;
      seen.add(phrasal.lemma);
      concepts.push(phrasalVerbConcept(text, phrasal, term, all, vocabulary));
      continue;
    }
    // A WordNet phrase ("take effect") is one concept whose synonyms may be phrases too
    // ("come into force"); its words still count one by one when the phrase is absent.
    const phrase = phraseAt(vocabulary, terms, position);
    if (phrase) {
      const own = terms.slice(position, position + phrase.length);
      const first = tokens[position];
      const label = text.slice(first?.start, tokens[position + phrase.length - 1]?.end);
      if (!seen.has(own.join(' '))) {
        seen.add(own.join(' '));
        // An initialism of the phrase ("MP" of "member of parliament": wordnet-relations.ts)
        // names what it names, as shorthand does (function words counted or skipped).
        const words = label.toLowerCase().split(/[\s-]+/);
        const alternatives: Alternative[] = [{ terms: own, kind: 'exact' }];
        for (const synonym of phrase.synonyms) {
          const initials = !synonym.includes(' ') && spellsInitialism(synonym, words);
          alternatives.push({
            terms: synonym.split(' '),
            kind: initials ? 'abbreviation' : 'synonym',
          });
        }
        concepts.push({
          label,
          alternatives,
          name: false,
          common: own.every((term) => vocabulary.isCommon(term)),
        });
      }
      position += phrase.length;
      continue;
    }
    const term = terms[position] as string;
    const token = tokens[position];
    position += 1;
    if (seen.has(term) || token === undefined) continue;
    seen.add(term);
    const alternatives: Alternative[] = [{ terms: [term], kind: 'exact' }];
    // A name is also referred to by its last word alone ("Kennedy").
    for (const name of names.get(token) ?? [])
      for (const terms of name.length > 1 ? [name, name.slice(-1)] : [name])
        alternatives.push({ terms: [...terms], kind: 'alias' });
    const label = text.slice(token.start, token.end);
    // A name says only itself: a month naming a date, or an outlet's or author's word naming
    // the source asked of ("Press" in "Coastline Press" is not "urge"), has no other forms or
    // senses to match. A title word naming it is also what it is about, and keeps them.
    const outletOrAuthor = namesOutletOrAuthor(term);
    const month = isMonthOfDate(text, tokens, position - 1);
    // A time counted from now ("tomorrow", "last week") says when, not what about
    // (plan/counted-from-now.ts): it has no other senses to match ("last" is no "held").
    const fromNow = countedFromNowTokens.has(token);
    if (month || outletOrAuthor || fromNow) {
      concepts.push({
        label,
        alternatives,
        name: isName(label, token.start),
        common: vocabulary.isCommon(term),
        ...(month ? { month } : {}),
        ...(fromNow ? { fromNow } : {}),
      });
      continue;
    }
    // An irregular inflection is the word itself, as "meets" is "meet" through the stemmer, so
    // it counts as an alias does (matchFactor.alias), not as a synonym: a little below the
    // word as written, since a few irregular forms are also words of their own ("found").
    const inflections = vocabulary.inflections(token.word, term).filter((form) => form !== term);
    for (const form of inflections) alternatives.push({ terms: [form], kind: 'alias' });
    // A number in words or figures is one number ("six" / "6": number-forms.ts).
    const numberForm = otherNumberForm(token.word);
    if (numberForm !== undefined && vocabulary.has(numberForm))
      alternatives.push({ terms: [numberForm], kind: 'alias' });
    // A compound is one word however written: "ceasefire" is the corpus's "cease-fire", and a
    // question's "cease-fire" its "ceasefire". A hyphenation that leaves one term ("line" of
    // "on-line") would match that other word everywhere, so it is left to the claim's check.
    const compounds = [
      ...(closedOf.get(token) ?? []).map((closed) => [closed]),
      ...vocabulary
        .compounds(term)
        .map((phrase) => phrase.split(' '))
        .filter((phrase) => phrase.length > 1),
    ];
    for (const compound of compounds)
      if (compound.join(' ') !== term) alternatives.push({ terms: compound, kind: 'alias' });
    // A title's contraction ("Cllr") is the title ("councillor"): the coverage writes it before
    // a name, where the question asks by the noun (second-references.ts).
    const contraction = TITLE_CONTRACTION_OF.get(term);
    if (contraction !== undefined && vocabulary.has(contraction))
      alternatives.push({ terms: [contraction], kind: 'abbreviation' });
    // A word the dictionary explains is no misspelling: an irregular inflection, or a word
    // whose stem is a WordNet lemma's. The corpus lacking "price" does not make it a typo of
    // the name "Pryce"; only its other forms the stemmer did not unite ("legitimate" /
    // "legitimacy") may stand for it.
    const distance = inflections.length + compounds.length > 0 ? 0 : fuzzyDistance(term);
    // A typo is made in the word as typed, and so is judged long enough to correct on it: the
    // stemmer may cut a misspelt word below that length ("runing" → "rune"). Then only the typed
    // word's own one-edit correction is taken, never the short stem's neighbours, and only when
    // it is the one corpus word the edits reach: a short stem has many neighbours, and "faked"
    // (a form of "fake", which the coverage lacks) reaches the stems of both "faced" and "taked".
    const typedOnly =
      distance === 0 &&
      inflections.length + compounds.length === 0 &&
      term.length < o.fuzzyMinLength &&
      fuzzyDistance(token.word) > 0 &&
      !vocabulary.isDictionaryWord(token.word);
    if (!vocabulary.has(term) && (distance > 0 || typedOnly) && fuzzyWords < o.maxFuzzyWords) {
      fuzzyWords += 1;
      const related = typedOnly ? [] : relatedForms(vocabulary, term);
      // Edits of the word as typed first: its stem may keep a suffix the right word's loses.
      const realWord = vocabulary.isDictionaryWord(token.word);
      const corrections = typedOnly
        ? onlyCorrection(vocabulary.oneEditCorrections(token.word, 2))
        : realWord
          ? realWordCorrections(vocabulary, token.word, term, related)
          : typoCorrections(vocabulary, token.word, term, distance);
      const found = [...related, ...corrections];
      for (const near of found) {
        // A related form may also be what an edit of the word as typed gives ("objectons" →
        // "objections", stem "object"): then it is the correction. The one word a misspelling
        // can stand for is matched as the word itself (sure-correction.ts).
        alternatives.push(
          realWord && !related.includes(near)
            ? { terms: [near], kind: 'fuzzy', realWordCorrection: true }
            : !realWord && corrections.includes(near)
              ? {
                  terms: [near],
                  kind: isSureCorrection(token.word, near, found, vocabulary) ? 'exact' : 'fuzzy',
                  typoCorrection: true,
                }
              : { terms: [near], kind: 'fuzzy' },
        );
        // A misspelt name ("rosgvardya") also finds the name's other spellings.
        for (const member of aliasMembersOf(aliases, near))
          alternatives.push({ terms: member, kind: 'fuzzy' });
      }
    }
    // An ordinal modifying a noun means only itself, and no other word means an ordinal
    // (ordinal-modifier.ts): not "start" for "first", nor "first" for "start".
    const synonyms = isOrdinalModifier(text, all, all.indexOf(token))
      ? []
      : [...vocabulary.synonyms(term), ...(vocabulary.formSynonyms?.(token.word) ?? [])].filter(
          (synonym) => !isOrdinalTerm(synonym),
        );
    // Shorthand is read only where nothing else explains the word: not in the corpus, not a
    // name's initials, not everyday English, no dictionary link to the corpus.
    if (
      !vocabulary.has(term) &&
      !names.has(token) &&
      abbreviatedWords < o.maxAbbreviatedWords &&
      !vocabulary.isCommon(term) &&
      inflections.length === 0 &&
      compounds.length === 0 &&
      synonyms.length === 0 &&
      vocabulary.derived(term).length === 0
    ) {
      const full = vocabulary.abbreviated(token.word);
      if (full.length > 0) abbreviatedWords += 1;
      for (const form of full) alternatives.push({ terms: [form], kind: 'abbreviation' });
    }
    // A name's other name (initials, a WordNet synonym of a metadata name) is an alias above;
    // its WordNet synonyms may repeat its words ("roosevelt").
    const own = new Set([
      term,
      ...inflections,
      ...(names.get(token) ?? []).flatMap((name) => [name.join(' '), name.at(-1) ?? '']),
    ]);
    // An initialism's expansion ("CEO": "chief executive officer") names what it names: it
    // counts as shorthand does, not as a near-synonym. Spelt by the word as typed ("IRS",
    // whose stem is "ir") or by its stem ("CEOs").
    const expansions = new Set([
      ...initialismExpansions(token.word, synonyms),
      ...initialismExpansions(term, synonyms),
    ]);
    for (const synonym of synonyms) {
      if (own.has(synonym)) continue;
      own.add(synonym);
      const kind = expansions.has(synonym) ? 'abbreviation' : 'synonym';
      alternatives.push({ terms: synonym.split(' '), kind });
    }
    // The role "who" asks the holder of is read in its rarer person senses too ("captain" of a
    // merchant ship: "master"), where the corpus writes them (role-noun-senses.ts).
    if (answerType?.name === 'person' && answerType.focus === term)
      for (const lemma of rarerPersonSenseLemmas(token.word)) {
        const phrase = termsOf(lemma);
        const key = phrase.join(' ');
        if (phrase.length === 0 || own.has(key) || !phrase.every((t) => vocabulary.has(t)))
          continue;
        own.add(key);
        alternatives.push({ terms: phrase, kind: 'synonym' });
      }
    // …and so does a name the corpus writes whose initials spell it ("NCSC": "the National
    // Cyber Security Centre"), which WordNet does not know.
    const initialism = askedInitialism(
      label,
      text,
      () =>
        !vocabulary.has(term) &&
        !vocabulary.isCommon(term) &&
        // WordNet's own initialism ("CIO" of a congress) is shorthand too, and may stand for
        // the coverage's phrase ("chief information officer").
        (!vocabulary.isDictionaryWord(token.word) || vocabulary.isInitialismLemma?.(term) === true),
      // A WordNet lemma that is no initialism ("tv", "ok", "id") is a word of its own.
      () => isWordNetLemma(token.word) && vocabulary.isInitialismLemma?.(term) !== true,
    );
    // Paying for a thing is buying it, the same act (so an alias, not a near-synonym): a passage
    // giving the price says "buy X for £90m".
    for (const buy of buying.has(token) ? BUYING_TERMS : []) {
      if (own.has(buy)) continue;
      own.add(buy);
      alternatives.push({ terms: [buy], kind: 'alias' });
    }
    // A directive reported by one verb is told by any of its class (directive-verbs.ts):
    // "what did Johnson ask Congress to repeal" finds "I recommend the repeal of …".
    for (const directive of reportsDirective(token) ? directiveTerms() : []) {
      if (own.has(directive)) continue;
      own.add(directive);
      alternatives.push({ terms: [directive], kind: 'synonym' });
    }
    for (const phrase of initialism === null ? [] : vocabulary.spelledOut(initialism)) {
      if (own.has(phrase)) continue;
      own.add(phrase);
      alternatives.push({ terms: phrase.split(' '), kind: 'abbreviation' });
    }
    // The agent noun of the act "who" asks the doer of names the same relation ("who leads"
    // / "its leader"), as buying is paying for: an alias, not another word.
    const roles = term === answerType?.verb ? (answerType.roles ?? []) : [];
    for (const form of vocabulary.derived(term)) {
      if (own.has(form)) continue;
      own.add(form);
      alternatives.push({ terms: [form], kind: roles.includes(form) ? 'alias' : 'derived' });
    }
    // …and so does one formed by "-er" that WordNet does not link ("own" / "owner").
    for (const form of roles) {
      if (own.has(form) || form.includes(' ')) continue;
      own.add(form);
      alternatives.push({ terms: [form], kind: 'alias' });
    }
    // The sum a question for money asks may be named by its class ("the fine" … "the penalty").
    if (sum !== null && term === sum.term)
      for (const phrase of sum.phrases) {
        if (own.has(phrase.join(' '))) continue;
        own.add(phrase.join(' '));
        alternatives.push({ terms: phrase, kind: 'superordinate' });
      }
    // What "how many" counts may be counted by its class ("forty vessels" for "boats"); a class
    // the question names itself ("how many gates does the barrier have") is another thing.
    if (answerType?.name === 'number' && answerType.unit === term)
      for (const phrase of countedClasses(token.word, terms, vocabulary)) {
        if (own.has(phrase.join(' '))) continue;
        own.add(phrase.join(' '));
        alternatives.push({ terms: phrase, kind: 'superordinate' });
        unitClasses.add(phrase.at(-1)!);
      }
    concepts.push({
      label,
      alternatives,
      name: isName(label, token.start),
      common: vocabulary.isCommon(term),
    });
  }
  if (adverbialsApart)
    for (const { phrase, tokens: words } of adverbials) {
      const synonyms = vocabulary.synonyms(phrase);
      if (synonyms.length === 0 || concepts.length >= o.maxConcepts || seen.has(phrase)) continue;
      seen.add(phrase);
      concepts.push({
        label: text.slice(words[0]?.start, words[words.length - 1]?.end),
        alternatives: synonyms.map((s): Alternative => ({ terms: s.split(' '), kind: 'synonym' })),
        name: false,
        common: true,
      });
    }
  const askedTerms = askedTermsOf(all, concepts, isContent);
  const withKinds: AnswerType | null =
    answerType !== null && sum !== null
      ? { ...answerType, sum: { word: sum.word, kinds: sum.kinds } }
      : answerType;
  return {
    question: text,
    concepts,
    answerType:
      withKinds !== null && unitClasses.size > 0
        ? { ...withKinds, unitClasses: [...unitClasses].sort() }
        : withKinds,
    ...(answerType !== null &&
    REALIS_TYPES.has(answerType.name) &&
    asksRealisedAct(text, askedTerms)
      ? { realised: true as const }
      : {}),
    sources,
    ...(nameRun.size > 0
      ? { sourceNames: [...nameRun].map((token) => [token.start, token.end] as const) }
      : {}),
    askedTerms,
    askedDescribing: describingTerms(text, all),
  };
}

/**
 * `plan`'s question with the named sources' full names ({@link QueryPlan.sourceNames}) blanked
 * by spaces: what it asks of the coverage, as a rule reading its words for a topic sees it.
 */
export function questionWithoutSourceNames(plan: QueryPlan): string {
  let question = plan.question;
  for (const [start, end] of plan.sourceNames ?? [])
    question = question.slice(0, start) + ' '.repeat(end - start) + question.slice(end);
  return question;
}

/**
 * See {@link QueryPlan.askedTerms}: the tokens `isContent` keeps and the concepts' own terms;
 * synonyms and derived forms are other words, not said. The words either side of an "or" ("signed in Minsk or Moscow?") are choices the question offers:
 * it asks which, so they stay answers.
 */
function askedTermsOf(
  tokens: readonly Token[],
  concepts: readonly Concept[],
  isContent: (token: Token) => boolean,
): Set<string> {
  const asked = new Set<string>();
  const offered = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.word !== 'or') return;
    for (const side of [tokens[i - 1], tokens[i + 1]])
      if (side && !isStopWord(side)) offered.add(stem(side.word));
  });
  for (const token of tokens) if (isContent(token)) asked.add(stem(token.word));
  for (const concept of concepts)
    for (const alternative of concept.alternatives)
      if (alternative.kind !== 'synonym' && alternative.kind !== 'derived')
        for (const term of alternative.terms) asked.add(term);
  for (const term of offered) asked.delete(term);
  return asked;
}

/**
 * The corpus's index-term phrases for the classes a counted noun's things belong to
 * (counted-superordinates.ts; `word` the noun as written, folded), none holding a term of the
 * question's own (`asked`).
 */
function countedClasses(
  word: string,
  asked: readonly string[],
  vocabulary: Vocabulary,
): string[][] {
  return superordinatesOf(word)
    .map((lemma) => termsOf(lemma))
    .filter(
      (phrase) =>
        phrase.length > 0 &&
        phrase.every((term) => vocabulary.has(term)) &&
        !phrase.some((term) => asked.includes(term)),
    );
}

/**
 * The concept of a phrasal verb of the question ({@link PhrasalVerb}, `term` its verb's index
 * term): the corpus writes it by its verb's term ("kicked in": "kick"), so that is its own form,
 * with the verb's irregular forms; its other words are its sense's and its aspectual
 * superordinate's (phrasal-verbs.ts), each in the corpus's terms and irregular forms ("began"),
 * and for a kind of beginning the idioms of taking effect ("came into force": taking-effect.ts),
 * which name a rule's start. The bare verb's synonyms ("kick": "boot") are another word's.
 */
function phrasalVerbConcept(
  text: string,
  phrasal: PhrasalVerb,
  term: string,
  all: readonly Token[],
  vocabulary: Vocabulary,
): Concept {
  const verb = all[phrasal.particle - 1]!;
  const alternatives: Alternative[] = [{ terms: [term], kind: 'exact' }];
  const own = new Set([term]);
  const add = (terms: string[], kind: MatchKind, ordered = false) => {
    const key = terms.join(' ');
    if (terms.length === 0 || own.has(key) || !terms.every((t) => vocabulary.has(t))) return;
    own.add(key);
    alternatives.push(ordered ? { terms, kind, ordered } : { terms, kind });
  };
  for (const form of vocabulary.inflections(verb.word, term)) add([form], 'alias');
  // Its superordinate names more than it does ("begin" of "kick in"), as a counted noun's class
  // does (plan/counted-superordinates.ts): it counts below a synonym.
  for (const { word, superordinate } of phrasal.words) {
    const terms = termsOf(word);
    const kind = superordinate ? 'superordinate' : 'synonym';
    add(terms, kind);
    if (terms.length === 1)
      for (const form of vocabulary.inflections(word, terms[0]!)) add([form], kind);
  }
  if (phrasal.beginning) for (const idiom of takingEffectTermPhrases()) add(idiom, 'synonym', true);
  return {
    label: text.slice(verb.start, all[phrasal.particle]!.end),
    alternatives,
    name: false,
    common: vocabulary.isCommon(term),
  };
}

/**
 * `type` with the other words the corpus writes for the act its doer verb names
 * ({@link AnswerType.acts}), as index terms: the verb's forms through an irregular inflection
 * ("come" of "came"), and each verb of its most frequent WordNet senses whose own most frequent
 * sense holds the verb ("arrive" of "came": arrive.v.01 is "arrive, get, come"). A passage's
 * verb is read in its predominant sense (McCarthy et al. 2004); when that sense is one the
 * question's verb has, the passage tells the act asked about, and its subject is the doer. A
 * verb whose first sense is another ("make" of "build", "have" of "own", "go" of "run") names
 * more than the act, and is left out. `type` itself when it has no verb or the corpus writes
 * none of them. `all` are the tokens of the question the type was read from.
 */
function withActWords(
  type: AnswerType | null,
  all: readonly Token[],
  vocabulary: Vocabulary,
): AnswerType | null {
  const verb = type?.verb;
  if (type === null || verb === undefined) return type;
  const written = all.find((token) => stem(token.word) === verb)?.word ?? verb;
  const lemmas = lemmasOf(written);
  const synonyms = new Set(
    lemmas.flatMap((lemma) => verbSynsets(lemma).flatMap((synset) => synset.words)),
  );
  const acts = new Set(vocabulary.inflections(written, verb));
  for (const word of synonyms) {
    if (word.includes(' ') || lemmas.includes(word)) continue;
    const first = verbSynsets(word)[0]?.words ?? [];
    if (lemmas.some((lemma) => first.includes(lemma))) acts.add(stem(word));
  }
  const kept = [...acts].filter((term) => term !== verb && vocabulary.has(term));
  return kept.length === 0 ? type : { ...type, acts: kept.sort() };
}

/**
 * `type` with the nouns naming the doer of its "who" verb by a role ({@link AnswerType.roles}):
 * the corpus terms WordNet derives from the verb ("lead" → "leader", "direct" → "director":
 * the derivational link between a verb and its agent noun, WordNet's "+" pointers), with the
 * verb's other forms through an irregular inflection ("led" / "lead", written as a title: "lead
 * inspector"). Read from the index's tables, so no list of roles is kept. `type` itself when it
 * has no verb or the corpus has no agent noun derived from it ("run", "cut"; "take" derives
 * only "takeover"): a role is then not told apart from any other, and any titled person stays
 * a full answer.
 */
function withRoleNouns(type: AnswerType | null, vocabulary: Vocabulary): AnswerType | null {
  const verb = type?.verb;
  if (type === null || verb === undefined) return type;
  const forms = [verb, ...vocabulary.inflections(verb, verb)];
  const derived = [
    ...forms.flatMap((form) => vocabulary.derived(form)).filter(isAgentNoun),
    ...vocabulary.synonyms(verb).filter((synonym) => isPersonalCompound(synonym, verb)),
    ...agentiveNouns(verb, (term) => vocabulary.has(term)),
  ];
  if (derived.length === 0) return type;
  const roles = new Set(
    [...forms, ...derived].filter((term) => term !== verb && !term.includes(' ')),
  );
  return roles.size === 0 ? type : { ...type, roles: [...roles].sort() };
}

/**
 * The kind of sum a question for money asks, as the corpus writes it (sum-kinds.ts): `word`, the
 * question's noun naming it, folded ("fines"), and `term` its index term ("fine"); `kinds`, the
 * index terms of the kind's one-word names ({@link AnswerType.sum}); `phrases`, the names of the
 * classes above it (sum-kinds.ts: "penalty" of a fine; its synonyms are the synonym table's)
 * as index-term phrases, each of terms the corpus has. Null when the question asks no sum
 * by a noun of money (a price paid and a difference are told otherwise: price-paid.ts,
 * quantity.ts `asksDifference`), or the corpus writes none of the kind's names.
 */
function sumKindPhrases(
  type: AnswerType | null,
  question: string,
  vocabulary: Vocabulary,
): { word: string; term: string; kinds: string[]; phrases: string[][] } | null {
  if (type?.name !== 'number' || type.dimension !== 'money') return null;
  if (type.pricePaid === true || type.difference === true) return null;
  const word = moneyNounIn(question);
  if (word === undefined) return null;
  const { own, above } = sumKindsOf(word);
  const known = (lemmas: readonly string[]) =>
    lemmas
      .map((lemma) => termsOf(lemma))
      .filter((phrase) => phrase.length > 0 && phrase.every((t) => vocabulary.has(t)));
  const superordinates = known(above);
  const kinds = [...known(own), ...superordinates].filter((p) => p.length === 1).map((p) => p[0]!);
  if (kinds.length === 0) return null;
  return { word, term: stem(word), kinds: [...new Set(kinds)].sort(), phrases: superordinates };
}

/**
 * True when a derived term (a stem) is an agent noun: English forms the noun for the one who
 * does an act with "-er" or "-or" ("leader", "director", "founder", "owner", "governor"), the
 * suffixes the stemmer keeps. WordNet's derived forms also hold the act's own nouns
 * ("takeover", "foundation"), which name no one.
 */
function isAgentNoun(term: string): boolean {
  return /(?:er|or)$/.test(term);
}

/**
 * True when `term` (a stem) is `verb`'s noun compounded with "-man", "-woman" or "-person", the
 * endings English forms nouns naming a person by ("chairman", "spokesman", "chairperson": Quirk
 * et al. 1985, "A Comprehensive Grammar of the English Language", App. I.34 on personal nouns in
 * "-man"), and WordNet lists beside the verb as its synonym ("chairman": "act or preside as
 * chair"), not as a derived form: "who chairs" asks for the chairman as "who leads" for the leader.
 */
function isPersonalCompound(term: string, verb: string): boolean {
  return /^(?:wo)?man$|^person$/.test(term.slice(verb.length)) && term.startsWith(verb);
}

/** The longest WordNet phrase with synonyms or derived forms in the corpus starting at `position`, if any. */
function phraseAt(
  vocabulary: Vocabulary,
  terms: readonly string[],
  position: number,
): { length: number; synonyms: string[] } | null {
  for (
    let length = Math.min(SEARCH_OPTIONS.plan.maxPhraseTerms, terms.length - position);
    length >= 2;
    length--
  ) {
    const phrase = terms.slice(position, position + length);
    const key = phrase.join(' ');
    // An initialism of the phrase stands for it only where the corpus writes it as one, in
    // capitals ("MP"): one written in lower case is a word of its own ("car" is no "Central
    // African Republic"), one in title case an abbreviation of something else ("Pa.")
    // (wordnet-relations.ts `addInitialisms`).
    const synonyms = [...vocabulary.synonyms(key), ...vocabulary.derived(key)].filter(
      (synonym) =>
        synonym.includes(' ') ||
        !spellsInitialism(synonym, phrase) ||
        vocabulary.writtenAsInitialism(synonym),
    );
    if (synonyms.length > 0) return { length, synonyms };
  }
  return null;
}

export { NO_SOURCE };

/**
 * The tokens of `tokens` (words of `text`, in order) that write out, in order and parted by
 * spaces alone, a full outlet's or author's name of two or more words naming one of `named`'s
 * articles ("Dale Herald" in "according to the Dale Herald …"). A composite proper name refers
 * as a whole, its words not on their own (Quirk et al. 1985, §5.60–5.66, on proper nouns): the
 * "Dale" of the "Dale Herald" is no dale, so it restricts no event the question asks of to a
 * place its text calls "Oxley Dale" (other-instance.ts, read of {@link questionWithoutSourceNames}).
 * As content the words still weigh where the outlet's text writes them (the rule above). A word
 * of the name written apart ("what did the Dale Herald say about Dale Park") is not in a run.
 */
function writtenFullNames(
  text: string,
  tokens: readonly Token[],
  fullNames: SourceCatalog['fullNames'],
  named: ReadonlySet<number>,
): Set<Token> {
  const terms = tokens.map((token) => stem(token.word));
  const run = new Set<Token>();
  for (const name of fullNames) {
    if (name.terms.length < 2 || !name.articles.some((article) => named.has(article))) continue;
    for (let i = 0; i + name.terms.length <= terms.length; i++)
      if (
        name.terms.every(
          (term, k) =>
            terms[i + k] === term &&
            (k === 0 || /^\s+$/u.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))),
        )
      )
        name.terms.forEach((_, k) => run.add(tokens[i + k]!));
  }
  return run;
}
