/**
 * A hard gate of abstention (abstain.ts): a question that places what it asks by a proper name
 * after a preposition of place ("how many homes flooded in Lowmere", "who died at Delta") asks
 * about what happened there. A prepositional phrase of place is an adjunct that restricts the
 * predication to that place (Quirk et al. 1985, §8.48 and §9.15–9.21, prepositions of place); a
 * passage that places the asked thing at another named place ("37 homes in Saltgate were
 * flooded") tells of another happening, however many of the question's other words it holds.
 *
 * When a leading candidate holds the question's focus head (abstain-features.ts `focusHead`)
 * beside a place phrase of another proper name and nowhere names the asked place, and no
 * sentence the candidates are read in holds the head and names the asked place (any form the
 * engine links to it), or holds the head with no other place while it, its neighbours, the
 * sentence it leans on or its article's metadata name the asked place, the reply is a refusal,
 * whatever the classifier's probability.
 *
 * Proper names are told as abstain-other-qualifier.ts tells them: capitalised and never written
 * in lower case by the coverage, or typed in lower case in the question while the coverage
 * writes them only capitalised. Month and weekday names are dates, not places ("in March").
 * A name after the recipient "for" is a place only when the candidates' sentences put it after
 * a preposition of place: "the sentence for Wray" names a person.
 *
 * Left alone: questions with no such phrase, or no focus head; places the passage gives by a
 * common noun ("in the harbour"), which may be the asked place told otherwise.
 */
import { ARTICLES } from '../text/determiners.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { monthNumberIgnoringCase, WEEKDAYS } from '../text/months.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusStems, neighbourhood } from './abstain-features.js';
import { conceptForms } from './abstain-asked-thing.js';
import { capitalised, proper } from './abstain-other-qualifier.js';
import { SEARCH_OPTIONS } from './options.js';

/** Prepositions of position that place a happening (Quirk et al. 1985, §9.15–9.21). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'outside', 'inside']);

/**
 * "For" before a place name after a noun ("the fund for Ostwick", "the MP for Lowmere"): the
 * place the thing is meant for or answers to (Quirk et al. 1985, §9.58, the recipient "for"),
 * read in a question only.
 */
const FOR_PLACE = new Set(['for']);

/** How a passage places the asked head. */
export type Placed = 'same' | 'other' | 'none';

/** True when an index term is written by the coverage in lower case somewhere. */
type WrittenInLowerCase = (term: string) => boolean;

const WEEKDAY_WORDS = new Set([...WEEKDAYS.keys()].map((day) => day.toLowerCase()));

/** True when a folded word names a month or a weekday: a date, not a place. */
function namesDate(word: string): boolean {
  return monthNumberIgnoringCase(word) !== undefined || WEEKDAY_WORDS.has(word);
}

/**
 * Where tokens[`at`] is a place preposition, the token of the proper name it governs (after at
 * most an article: "at the Delta mine"), or null. `isProper` tells a proper token.
 */
function placeNameAfter(
  tokens: readonly Token[],
  at: number,
  isProper: (token: Token) => boolean,
  prepositions: ReadonlySet<string> = PLACE_PREPOSITIONS,
): Token | null {
  if (!prepositions.has(tokens[at]!.word)) return null;
  let next = at + 1;
  if (tokens[next] !== undefined && ARTICLES.includes(tokens[next]!.word)) next++;
  const name = tokens[next];
  if (name === undefined || namesDate(name.word) || !isProper(name)) return null;
  return name;
}

/** The proper name a question places its predication at, and the preposition placing it. */
export interface AskedPlace {
  /** The name's stem ("lowmere"). */
  readonly place: string;
  /** The preposition before it, as typed in lower case ("in", "for"). */
  readonly preposition: string;
}

/**
 * The first proper name `question` places its predication at ("lowmere" after "in" in "how
 * many homes flooded in Lowmere"), or null. A word typed in lower case is proper when the
 * coverage holds it (`known`) and writes it only capitalised.
 *
 * @example askedPlaceIn('how many homes flooded in Lowmere', () => true, () => true)
 *   // { place: 'lowmere', preposition: 'in' }
 */
export function askedPlaceIn(
  question: string,
  inLowerCase: WrittenInLowerCase,
  known: (term: string) => boolean,
): AskedPlace | null {
  const tokens = tokenize(question);
  const isProper = (token: Token) => {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) return false;
    // A figure has no case: "in 76" is a year, however the coverage writes it.
    if (!/^\p{L}/u.test(token.word)) return false;
    const term = stem(token.word);
    if (capitalised(question, token)) return !inLowerCase(term);
    return known(term) && !inLowerCase(term);
  };
  for (let at = 1; at < tokens.length - 1; at++) {
    // "for" after a noun gives the place the asked thing is meant for ("the childcare fund for
    // Ostwick"): a postmodifier restricting the noun as a place adjunct restricts a predication.
    const forNoun = tokens[at]!.word === 'for' && isUsuallyNoun(tokens[at - 1]!.word);
    const name = placeNameAfter(tokens, at, isProper, forNoun ? FOR_PLACE : PLACE_PREPOSITIONS);
    if (name !== null) return { place: stem(name.word), preposition: tokens[at]!.word };
  }
  return null;
}

/**
 * How `text` places the asked head (`head`, a stem): "none" when it does not hold the head;
 * "same" when it holds the head and a form of the asked place (`forms`, stems) anywhere;
 * "other" when it holds the head and a place phrase of a proper name that is none of the
 * question's words (`questionTerms`, stems); "none" otherwise. Costs one reading of its words.
 */
export function placeIn(
  text: string,
  head: string,
  forms: ReadonlySet<string>,
  questionTerms: ReadonlySet<string>,
  inLowerCase: WrittenInLowerCase,
  places: ReadonlySet<string> = new Set(),
): Placed {
  const tokens = tokenize(text);
  const stems = tokens.map((token) => stem(token.word));
  if (!stems.includes(head)) return 'none';
  if (stems.some((term) => forms.has(term))) return 'same';
  const isProper = (token: Token) =>
    proper(text, token, inLowerCase) && !questionTerms.has(stem(token.word));
  for (let at = 0; at < tokens.length - 1; at++)
    if (placeNameAfter(tokens, at, isProper) !== null) return 'other';
  // A name the coverage places things at ("Harrowmere City Council's cabinet", where the
  // coverage writes "in Harrowmere") names another place, whatever its phrase here.
  if (tokens.some((token) => places.has(stem(token.word)) && isProper(token))) return 'other';
  return 'none';
}

/**
 * The stems of the proper names the sentences `texts` place something at (after a place
 * preposition, as {@link placeIn} reads one): the names the coverage uses as places.
 */
export function placeNamesIn(
  texts: Iterable<string>,
  inLowerCase: WrittenInLowerCase,
): Set<string> {
  const places = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    const isProper = (token: Token) => proper(text, token, inLowerCase);
    for (let at = 0; at < tokens.length - 1; at++) {
      const name = placeNameAfter(tokens, at, isProper);
      if (name !== null) places.add(stem(name.word));
    }
  }
  return places;
}

/**
 * The stem of what `question` asks about at its place: the first word of its focus
 * (abstain-features.ts `focusStems`: "home" in "how many homes flooded in Lowmere", where the
 * focus runs on to the verb), or null when it has none but the place itself.
 */
export function askedThingOf(question: string, place: string): string | null {
  return [...focusStems(question)].find((term) => term !== place) ?? null;
}

/**
 * Whether the candidates tell of the asked thing at the place the question names: undefined
 * when the question names none ({@link askedPlaceOf}), has no focus head, or no leading
 * candidate (the first `SEARCH_OPTIONS.abstain.topPassages`) places the head at another proper
 * name; else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds the head and names the asked place, or holds the head with no
 * other place while its neighbours, the sentence it leans on or its article's metadata name
 * the asked place. Costs one reading of the candidates' context.
 */
export function askedPlaceHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked, writtenInLowerCase } = input;
  const asked = askedPlaceIn(plan.question, writtenInLowerCase, input.hasTerm);
  if (asked === null) return undefined;
  const { place } = asked;
  const head = askedThingOf(plan.question, place);
  if (head === null) return undefined;
  const forms = new Set([place]);
  for (const phrase of conceptForms(plan, place)) if (phrase.length === 1) forms.add(phrase[0]!);
  const questionTerms = new Set(plan.concepts.flatMap((c) => c.alternatives[0]?.terms ?? []));
  const context = candidateContext(input);
  // Another place of the same kind: a name read as a place by what the coverage places at it,
  // only when the coverage places things at the asked name too ("DC" of a coverage that
  // writes "the District of Columbia" is not weighed against "in Washington").
  const coveragePlaces = placeNamesIn(
    context.map((s) => input.textOf(s)),
    writtenInLowerCase,
  );
  // "For" gives a recipient, a person as often as a place ("the sentence for Wray"): the name
  // is a place only where the coverage uses it as one, after a preposition of place.
  if (FOR_PLACE.has(asked.preposition) && !coveragePlaces.has(place)) return undefined;
  const places = coveragePlaces.has(place) ? coveragePlaces : new Set<string>();
  // The sentence's saved stems settle most candidates without reading its text again.
  const read = (s: number): Placed =>
    input.wordsOf(s).stems.includes(head)
      ? placeIn(input.textOf(s), head, forms, questionTerms, writtenInLowerCase, places)
      : 'none';
  const leading = ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  if (!leading.some((c) => read(c.sentence) === 'other')) return undefined;
  const names = (s: number | null) =>
    s !== null && input.wordsOf(s).stems.some((term) => forms.has(term));
  for (const s of context) {
    const placed = read(s);
    if (placed === 'same') return true;
    if (placed === 'other' || !input.wordsOf(s).stems.includes(head)) continue;
    const article = input.sentences[s]!.article;
    if ([...input.metadataTermsOf(article)].some((term) => forms.has(term))) return true;
    if ([...neighbourhood(input.sentences, s), input.contextOf(s)].some(names)) return true;
  }
  return false;
}
