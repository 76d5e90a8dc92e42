/**
 * Whether a word of an outlet's name is also, in the coverage's own text, the name of something
 * else, or an everyday word. Local outlets are named after their town ("Brindle Courier",
 * "Wansdale Gazette"), and the coverage then writes the town's name for the town ("a woman from
 * Brindle"), for bodies named after it ("the Wansdale Moorland Trust") and for people ("Ann
 * Brindle"). A question holding such a word alone ("who is the woman from Brindle") asks about
 * the town, the body or the person as often as about the outlet, so the word alone does not name
 * the outlet: its full name does ("the Brindle Courier"), and so does a word of its name that the
 * coverage uses for nothing else ("what did the Courier say"), or the word spoken of as a source
 * ("the Brindle paper"; plan/source-match.ts).
 *
 * The evidence is the coverage's body text, never a list of places: a use of the word,
 * capitalised as a name, that is
 * - part of a longer name that is not an outlet's ("Wansdale Moorland Trust", "Ann Brindle"), or
 * - alone after a preposition of place ("from Brindle", "in Kesterby": place-in-text.ts).
 * A run of an outlet's own name ("the Brindle Courier said", "told the Courier") is the outlet's
 * use. Headings are left out: a headline's title case capitalises every word, so its runs of
 * capitalised words are no names.
 *
 * An outlet's name may also be built of an everyday word ("Kelby Police", "Estuary Post"), which
 * the coverage then writes in lower case for what it reports ("police said", "the estuary
 * city"). A question holding that word alone ("how do I report this to the police") needs it as
 * content as often as it names the outlet: a source is named by its distinctive name, not by a
 * common word it shares with what the coverage is about. So a use of the word in lower case, a
 * word of the text's own and no name, counts too ({@link writesAsEverydayWord}).
 */
import { isStopWord, stem, stemsTo, termsOf, tokenize, type Token } from '../../text/terms.js';
import { keptIn } from '../../text/bounded-memo.js';
import { placeNamesIn } from './place-in-text.js';
import { TITLES } from '../second-references.js';

/** The courtesy titles (second-references.ts) as index terms: "cllr", "dr", "professor". */
const COURTESY_TITLE_TERMS: ReadonlySet<string> = new Set(
  TITLES.flatMap((title) => termsOf(title)),
);

/** Pairs of words whose phrase test {@link outletWordPhrases} keeps at most. */
const MAX_PHRASES_KEPT = 10_000;

/** True when a word as written starts with a capital letter: how a name is written. */
const capitalised = (text: string, token: Token) => /^\p{Lu}/u.test(text.slice(token.start));

/**
 * The runs of capitalised words of `text` (a body sentence), each as its tokens, its stop words
 * inside kept ("Bank of England"): a name as written. The sentence's first word is capitalised
 * as a sentence's start, so it begins a run only when `keepFirst` says it is a name itself.
 */
function capitalisedRuns(text: string, keepFirst: (token: Token) => boolean): Token[][] {
  const tokens = tokenize(text);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A trailing stop word ("Brindle and") is no part of the name.
    while (run.length > 0 && isStopWord(run[run.length - 1]!)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    // Only spaces between two words of one name: a comma or a full stop ends it.
    const joined = previous !== undefined && /^\s+$/u.test(text.slice(previous.end, token.start));
    if (!joined) close();
    if (i === 0 && !keepFirst(token)) return;
    if (capitalised(text, token)) run.push(token);
    // "of" joins the words of one name ("Mayor of Brindle"); "and" joins two names.
    else if (run.length > 0 && token.word === 'of') run.push(token);
    else close();
  });
  close();
  return runs;
}

/**
 * True when `name` (index terms, stop words left out) is a run of one of `outlets`' names
 * (each its index terms, in order): "Brindle Courier" or "Courier" of "Brindle Courier".
 */
function isOutletRun(name: readonly string[], outlets: ReadonlyArray<readonly string[]>): boolean {
  return outlets.some((outlet) => {
    for (let start = 0; start + name.length <= outlet.length; start++)
      if (name.every((term, k) => outlet[start + k] === term)) return true;
    return false;
  });
}

/**
 * True when the body sentence `text` uses `term` (an index term of an outlet's name; `outlets`
 * are the outlets' names, each as its index terms) as the name of something else: capitalised,
 * in a longer name that is no run of an outlet's name, or alone after a preposition of place.
 *
 * @example
 * usesAsOtherName('A woman from Brindle was charged.', 'brindl', [['brindl', 'courier']]) // true
 * usesAsOtherName('She told the Brindle Courier.', 'brindl', [['brindl', 'courier']]) // false
 */
export function usesAsOtherName(
  text: string,
  term: string,
  outlets: ReadonlyArray<readonly string[]>,
): boolean {
  const isTerm = (token: Token) => !isStopWord(token) && stemsTo(token.word, term);
  for (const run of capitalisedRuns(text, isTerm)) {
    if (!run.some(isTerm)) continue;
    const name = run.filter((token) => !isStopWord(token)).map((token) => stem(token.word));
    if (isOutletRun(name, outlets)) {
      // The word alone is a place when a preposition of place puts it there ("from Brindle"),
      // not "the" ("in the Courier" is the outlet's pages).
      if (name.length > 1 || /\bthe\s+$/iu.test(text.slice(0, run[0]!.start))) continue;
      const written = text.slice(run[0]!.start, run[run.length - 1]!.end);
      if (placeNamesIn(text).includes(written)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * True when the body sentence `text` writes `term` (an index term) in lower case: an everyday
 * word of the sentence, no name ("police" in "Thieves broke in, police said.").
 *
 * @example
 * writesAsEverydayWord('Twelve watches were taken, police said.', 'polic') // true
 * writesAsEverydayWord('Kelby Police are appealing for witnesses.', 'polic') // false
 */
export function writesAsEverydayWord(text: string, term: string): boolean {
  return tokenize(text).some(
    (token) => stemsTo(token.word, term) && /^\p{Ll}/u.test(text.slice(token.start)),
  );
}

/**
 * A test, kept per term, of whether the coverage uses a word of an outlet's name as the name of
 * something else ({@link usesAsOtherName}) or as an everyday word ({@link writesAsEverydayWord}).
 * `outlets` are the corpus's outlet names as stated; `bodyTexts(term)` yields the body sentences
 * holding the index term, of which the first `maxSentences` are read (the cost a large corpus's
 * town name could otherwise take). False for a term of no outlet's name.
 */
export function outletWordUse(
  outlets: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
): (term: string) => boolean {
  const names = [
    ...new Map(
      outlets.map((outlet) => {
        const terms = termsOf(outlet);
        return [terms.join(' '), terms] as const;
      }),
    ).values(),
  ].filter((terms) => terms.length > 0);
  const ofOutlet = new Set(names.flat());
  const known = new Map<string, boolean>();
  return (term) => {
    if (!ofOutlet.has(term)) return false;
    let found = known.get(term);
    if (found === undefined) {
      found = someOfFirst(
        bodyTexts(term),
        maxSentences,
        (text) => usesAsOtherName(text, term, names) || writesAsEverydayWord(text, term),
      );
      known.set(term, found);
    }
    return found;
  };
}

/** True when `test` holds for one of the first `limit` of `texts` (the rest are never read). */
function someOfFirst(
  texts: Iterable<string>,
  limit: number,
  test: (text: string) => boolean,
): boolean {
  let read = 0;
  for (const text of texts) {
    if (read++ >= limit) return false;
    if (test(text)) return true;
  }
  return false;
}

/**
 * True when the body sentence `text` writes `term` in lower case right before `next` (index
 * terms), as one phrase: "a press conference" for "press" and "conference". An outlet's name
 * built of everyday words ("Baltic Press Agency") shares them with the noun phrases the
 * coverage reports in, and a word so written is a word of that phrase, not the outlet's name.
 *
 * @example
 * writesInPhrase('He spoke at a press conference.', 'press', 'confer') // true
 * writesInPhrase('She told Baltic Press on Monday.', 'press', 'monday') // false
 */
export function writesInPhrase(text: string, term: string, next: string): boolean {
  return writesSideBySide(text, term, next, (word) => /^\p{Ll}/u.test(text.slice(word.start)));
}

/**
 * True when `text` writes the index terms `first` and `second` side by side, only spaces between
 * them, with the two words as written passing `written` (the first word, the second word).
 */
function writesSideBySide(
  text: string,
  first: string,
  second: string,
  written: (word: Token, after: Token) => boolean,
): boolean {
  const tokens = tokenize(text);
  return tokens.some((token, i) => {
    const after = tokens[i + 1];
    return (
      after !== undefined &&
      stemsTo(token.word, first) &&
      stemsTo(after.word, second) &&
      /^\s+$/u.test(text.slice(token.end, after.start)) &&
      written(token, after)
    );
  });
}

/**
 * True when the body sentence `text` writes `first` and `second` (index terms) side by side, both
 * capitalised and with only spaces between them, as one name: "Skylark Air" for "skylark" and
 * "air". Read wherever the pair stands, a sentence's first word too: that a question writes the
 * same two words together says the first is a word of the name, not a sentence's capital.
 *
 * @example
 * writesAsName('Skylark Air, which cancelled 60 flights, said …', 'skylark', 'air') // true
 * writesAsName('Skylark air routes were cut.', 'skylark', 'air') // false
 */
export function writesAsName(text: string, first: string, second: string): boolean {
  return writesSideBySide(
    text,
    first,
    second,
    (word, after) => capitalised(text, word) && capitalised(text, after),
  );
}

/**
 * A test, kept per pair, over the body sentences holding a word of an outlet's name: `read`
 * (term, other) for the question's pair of words, one of which (`term`) is such a word. The
 * pair's order is kept; `outlets`, `bodyTexts` and `maxSentences` as {@link outletWordUse}.
 * Keyed by a question's words too, so bounded: a stream of new questions cannot grow it.
 */
function pairTest(
  outlets: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
  test: (text: string, first: string, second: string) => boolean,
): (first: string, second: string, term: string) => boolean {
  const ofOutlet = new Set(outlets.flatMap((outlet) => termsOf(outlet)));
  const known = new Map<string, boolean>();
  return (first, second, term) =>
    ofOutlet.has(term) &&
    keptIn(known, `${first} ${second} ${term}`, MAX_PHRASES_KEPT, () =>
      someOfFirst(bodyTexts(term), maxSentences, (text) => test(text, first, second)),
    );
}

/**
 * A test, kept per pair, of whether the coverage writes a word of an outlet's name (`term`) in
 * lower case in one phrase with the word after it in a question (`next`; {@link
 * writesInPhrase}): "press conference". `outlets` and `bodyTexts` as {@link outletWordUse}, of
 * whose sentences the first `maxSentences` are read. False for a term of no outlet's name.
 */
export function outletWordPhrases(
  outlets: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
): (term: string, next: string) => boolean {
  const test = pairTest(outlets, bodyTexts, maxSentences, writesInPhrase);
  return (term, next) => test(term, next, term);
}

/**
 * A test, kept per pair, of whether the coverage writes two words a question sets side by side
 * (`first`, `second`: index terms, one of them a word of an outlet's name) as one capitalised
 * name that is no run of an outlet's own name ({@link writesAsName}): "Skylark Air" beside the
 * outlet "Northland Air Crew Association". The question's word is then a word of that other
 * name, not the outlet's. `outlets`, `bodyTexts` and `maxSentences` as {@link outletWordUse}.
 * False when neither word is of an outlet's name, or the pair is a run of one ("Air Crew").
 */
export function outletWordNames(
  outlets: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
): (first: string, second: string) => boolean {
  const names = outlets.map((outlet) => termsOf(outlet));
  const test = pairTest(outlets, bodyTexts, maxSentences, writesAsName);
  return (first, second) =>
    !isOutletRun([first, second], names) &&
    (test(first, second, first) || test(first, second, second));
}

/**
 * The names of people a title writes, as the catalog reads a title's labels (plan/source-match.ts
 * `isLabel`): runs of two or more capitalised words after its first ("George Washington" of
 * "State of the Union address, 1790 (George Washington)"). A title in title case, every word
 * capitalised, names nothing so: its capitals mark no name.
 */
export function titleNames(title: string): string[] {
  const words = tokenize(title).filter((token) => /^\p{L}/u.test(token.word));
  if (words.every((token) => capitalised(title, token) || isStopWord(token))) return [];
  return capitalisedRuns(title, () => false)
    .filter((run) => run.length > 1)
    .map((run) => title.slice(run[0]!.start, run[run.length - 1]!.end));
}

/**
 * A test, kept per pair, of whether a question's two words side by side (`first`, `second`:
 * index terms) begin another person's name than a source's: `first` is a word of a source's
 * person's name before its last (a given name: "John" of "John Adams"), `second` is no word of
 * any such name that holds `first`, and the coverage writes the two as one capitalised name
 * ({@link writesAsName}: "the conviction of John Ross, a merchant seaman"). An English personal
 * name ends with the family name, which is what tells one bearer of a given name from another
 * (a second reference gives the last name alone: the AP Stylebook, "names"), so a given name
 * followed by another family name is someone else's, and names no source. Read in the first
 * `maxSentences` body sentences holding `second` (`bodyTexts`, as {@link outletWordUse}); false
 * for a pair of no source's given name. `people` are the sources' people's names: the authors
 * as they name them (corpus/credit-fields.ts `authorNaming`) and the names titles write
 * ({@link titleNames}).
 *
 * @example
 * // people "John Adams", "John F Kennedy"; the coverage writes "John Ross" as a name
 * givenNameNames(people, texts, 2000)('john', 'ross') // true
 * givenNameNames(people, texts, 2000)('john', 'adam') // false: his own name
 */
export function givenNameNames(
  people: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
): (first: string, second: string) => boolean {
  const names = personNames(people);
  const given = new Set(names.flatMap((name) => name.slice(0, -1)));
  const known = new Map<string, boolean>();
  return (first, second) =>
    given.has(first) &&
    !names.some((name) => name.includes(first) && name.includes(second)) &&
    keptIn(known, `${first} ${second}`, MAX_PHRASES_KEPT, () =>
      someOfFirst(bodyTexts(second), maxSentences, (text) => writesAsName(text, first, second)),
    );
}

/**
 * A test, kept per pair, of whether a question's two words side by side (`first`, `second`:
 * index terms) are a place's name ending in a source's person's family name: `second` is the
 * last word of such a name ("Marsh" of "Helen Marsh"), `first` is no word of any such name that
 * holds `second`, a word only ever written as a name (`properOnly`: never in lower case, no
 * courtesy title), and the coverage writes the two as a place ({@link placeNamesIn}: "at Denby
 * Marsh"). A name is read whole, as its longest match, so a family name inside a place's name is
 * the place's, not the source's. A person's other name before it ("Teddy Roosevelt") may be the
 * source's own, by a nickname, and a role or courtesy title ("President Lincoln", "Cllr Marsh")
 * is written in lower case or is a title: both leave it the source's. Read as
 * {@link givenNameNames}.
 *
 * @example
 * // people "Helen Marsh"; the coverage writes "at Denby Marsh"
 * familyNameNames(people, texts, 2000, proper)('denbi', 'marsh') // true
 * familyNameNames(people, texts, 2000, proper)('helen', 'marsh') // false: her own name
 */
export function familyNameNames(
  people: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
  properOnly: (term: string) => boolean,
): (first: string, second: string) => boolean {
  const names = personNames(people);
  const family = new Set(names.map((name) => name[name.length - 1]!));
  const known = new Map<string, boolean>();
  return (first, second) =>
    family.has(second) &&
    !names.some((name) => name.includes(first) && name.includes(second)) &&
    !COURTESY_TITLE_TERMS.has(first) &&
    properOnly(first) &&
    keptIn(known, `${first} ${second}`, MAX_PHRASES_KEPT, () =>
      someOfFirst(bodyTexts(second), maxSentences, (text) =>
        placeNamesIn(text).some((place) => writesAsName(place, first, second)),
      ),
    );
}

/** The sources' people's names of two words or more, each as its index terms, in order. */
function personNames(people: readonly string[]): string[][] {
  return people.map((person) => termsOf(person)).filter((name) => name.length > 1);
}

/**
 * Source-match's `writesInName` (plan/source-match.ts SourceCatalog): {@link outletWordNames}
 * of the `outlets`, or {@link givenNameNames} or {@link familyNameNames} of the `people`: either
 * way the question's pair of words is another name than a source's. `properOnly` as
 * {@link familyNameNames}.
 */
export function sourceWordNames(
  outlets: readonly string[],
  people: readonly string[],
  bodyTexts: (term: string) => Iterable<string>,
  maxSentences: number,
  properOnly: (term: string) => boolean,
): (first: string, second: string) => boolean {
  const ofOutlet = outletWordNames(outlets, bodyTexts, maxSentences);
  const ofPerson = givenNameNames(people, bodyTexts, maxSentences);
  const ofFamily = familyNameNames(people, bodyTexts, maxSentences, properOnly);
  return (first, second) =>
    ofOutlet(first, second) || ofPerson(first, second) || ofFamily(first, second);
}
