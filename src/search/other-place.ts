/**
 * A place the question restricts to is a constraint. "When could Ossett drivers use the road
 * again?" is not answered by "Drivers in Hallam can use the high street again", however many
 * of its words that shares: a passage that names another place, and not the asked one, tells
 * of somewhere else. A passage naming no place may still be about the asked one (its article,
 * its paragraph say where), so only a passage naming another place is set apart.
 *
 * A place is known by how the coverage writes it, never by a list of places: a name after a
 * preposition of place in one of the candidates ("in Ossett": plan/answer-type.ts
 * `placesNamedIn`). Once known, the name is a place wherever a candidate writes it capitalised
 * ("the source of the flooding on the Ossett road"). The question names a place when it says
 * every word of one of those names (its own words, their aliases and spelling corrections:
 * QueryPlan.askedTerms), in any case ("ossett drivers").
 */
import type { Features } from './features.js';
import { placesNamedIn } from './plan/answer-type.js';
import { capitalisedRuns } from './plan/name-runs.js';
import { isStopWord, stem, termsOf, tokenize } from '../text/terms.js';

/** A place's key: its index terms, space-joined. */
const keyOf = (terms: readonly string[]) => terms.join(' ');

/** The most words of a place name: place-in-text.ts reads up to four. */
const MAX_PLACE_WORDS = 4;

/** The texts a candidate is read with. */
export interface PlaceReading {
  /** The sentence, and the one it leans on (features.ts `contextSentence`): what is quoted. */
  span(sentence: number): readonly string[];
  /** The sentences either side of it in its article: where a place may be said to be one. */
  around(sentence: number): readonly string[];
}

/**
 * Sets `otherPlace` to 1 on the candidates that name a place and not the one the question
 * restricts to (see the file's comment); leaves every feature alone when the question
 * restricts to none of the places the candidates and their surroundings name. Costs a reading
 * of each candidate's texts and its two neighbours', so the retrieval's candidate budget
 * bounds it.
 */
export function markOtherPlaces(
  ranked: ReadonlyArray<{ sentence: number; features: Features }>,
  question: string,
  read: PlaceReading,
): void {
  const texts = ranked.map((r) => read.span(r.sentence));
  const places = new Set<string>();
  ranked.forEach((r, i) => {
    for (const text of [...texts[i]!, ...read.around(r.sentence)])
      for (const name of placesNamedIn(text)) {
        if (!BARE_PLACE(name).test(text)) continue;
        const terms = termsOf(name);
        if (terms.length > 0) places.add(keyOf(terms));
      }
  });
  const asked = [...places]
    .map((place) => place.split(' '))
    .filter((terms) => restrictsTo(question, terms));
  if (asked.length === 0) return;
  ranked.forEach((candidate, i) => {
    const span = texts[i]!;
    const terms = new Set(span.flatMap((text) => termsOf(text)));
    if (asked.some((place) => place.every((term) => terms.has(term)))) return;
    if (span.some((text) => namesPlaceOf(text, places))) candidate.features.otherPlace = 1;
  });
}

/** Prepositions that put what is asked in a place: "in Hallam", "at Kelby". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside']);

/**
 * `name` said as a place: right after a preposition of place, with no "the" (which makes the
 * name a noun's modifier, "in the Spanish war") and no possessive after it (an owner, "in
 * Jackson's time").
 */
const BARE_PLACE = (name: string) =>
  new RegExp(String.raw`\b(?:in|at|near|outside)\s+${escaped(name)}(?!['’]s\b|[\p{L}-])`, 'u');

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `question` restricts what it asks to the place whose index terms are `place`: says
 * it right after a preposition of place, not as an owner ("the flooding in hallam", not "in
 * jackson's time"). A name before a noun ("ossett drivers", "the belarus election") is not
 * read as a restriction: in one story two places are often its two parties, and ranking by it
 * lost development questions.
 */
function restrictsTo(question: string, place: readonly string[]): boolean {
  const tokens = tokenize(question);
  for (let i = 0; i + place.length <= tokens.length; i++) {
    if (!place.every((term, k) => stem(tokens[i + k]!.word) === term)) continue;
    const last = tokens[i + place.length - 1]!;
    // "kelby's" is one token, folded to "kelby": the possessive is read as written.
    const owner = /['’]s$/iu.test(question.slice(last.start, last.end));
    if (LOCATIVE.has(tokens[i - 1]?.word ?? '') && !owner) return true;
  }
  return false;
}

/**
 * True when `text` writes one of `places` (keys, see {@link keyOf}) as a name: capitalised,
 * alone or within a longer name ("the Ossett road", "Ossett Town Council").
 */
function namesPlaceOf(text: string, places: ReadonlySet<string>): boolean {
  const runs = capitalisedRuns(text, (token) => places.has(stem(token.word)));
  for (const run of runs) {
    const terms = run.filter((token) => !isStopWord(token)).map((token) => stem(token.word));
    for (let start = 0; start < terms.length; start++)
      for (let end = start + 1; end <= Math.min(terms.length, start + MAX_PLACE_WORDS); end++)
        if (places.has(keyOf(terms.slice(start, end)))) return true;
  }
  return false;
}

/**
 * Orders candidates (already best first) so that those naming another place than the asked one
 * ({@link markOtherPlaces}) come after the rest, when any of the rest shares content with the
 * question (its own `coverage` above 0); the order is kept otherwise, and within each part.
 */
export function askedPlaceFirst<T extends { features: Features }>(ranked: readonly T[]): T[] {
  const here = ranked.filter((r) => r.features.otherPlace === 0);
  if (here.length === ranked.length || !here.some((r) => r.features.coverage > 0))
    return [...ranked];
  return [...here, ...ranked.filter((r) => r.features.otherPlace > 0)];
}
