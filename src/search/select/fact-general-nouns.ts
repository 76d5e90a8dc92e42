/**
 * One group of people counted under a general noun in one report and a specific one in the
 * other: "About 300 residents were evacuated …" / "Around 300 people were evacuated …". A general
 * noun ("people", "persons") restates a more specific one as reference to the same thing, a kind
 * of lexical cohesion (Halliday & Hasan 1976, Cohesion in English, 6.2 "general nouns": "people",
 * "person" for the human class). So the two counted nouns are read as one word when both
 * reports count them with the same figure, and the specific noun names a kind of person: one of
 * its most frequent WordNet senses has "person" among its hypernyms ("resident", "pupil",
 * "passenger"; not "home" or "vehicle"). Different figures are set against each other only
 * where the kind's count lies above the people's ({@link personKindAboveGeneral}): "350 people"
 * may count more than "300 residents" do, never fewer.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import type { FactValues } from './fact-values.js';
import { factTerm } from './fact-term.js';
import { matchesOf } from '../../text/matches-of.js';

/** The general nouns for people (Halliday & Hasan 1976, 6.2), as fact terms. */
const GENERAL_PERSON_TERMS: ReadonlySet<string> = new Set(['peopl', 'person']);

/** How many hypernym links up a kind of person is looked for. */
const MAX_HYPERNYM_DEPTH = 8;

const nounSynsets = lemmaSynsets('noun');

/** True when one of a noun's most frequent senses is a kind of person (WordNet hypernyms). */
function namesKindOfPerson(word: string): boolean {
  const read = wordnetSynsets();
  const seen = new Set<string>();
  let level: Synset[] = baseForms(word.toLowerCase()).flatMap((lemma) => nounSynsets(lemma));
  for (let depth = 0; depth <= MAX_HYPERNYM_DEPTH && level.length > 0; depth++) {
    if (level.some((synset) => synset.words.includes('person'))) return true;
    const next: Synset[] = [];
    for (const synset of level)
      for (const [pos, offset] of synset.hypernyms) {
        const key = `${pos}${offset}`;
        if (seen.has(key)) continue;
        seen.add(key);
        next.push(read(pos, offset));
      }
    level = next;
  }
  return false;
}

/** Each word's reading, kept: the same counted nouns come back pair after pair. */
const kinds = new Map<string, boolean>();
const MAX_KEPT = 5_000;

function kindOfPerson(word: string): boolean {
  let kept = kinds.get(word);
  if (kept === undefined) {
    if (kinds.size >= MAX_KEPT) kinds.clear();
    kinds.set(word, (kept = namesKindOfPerson(word)));
  }
  return kept;
}

/**
 * True when a counted word (as written: "supporters", "people") counts persons: a general noun
 * for people ({@link GENERAL_PERSON_TERMS}) or a kind of person by WordNet's hypernyms.
 */
export function countsPersons(word: string): boolean {
  return GENERAL_PERSON_TERMS.has(factTerm(word)) || kindOfPerson(word);
}

/** True when a counted noun's term (cut or not) is a general noun for people. */
export function isGeneralPersonTerm(term: string | null): boolean {
  return term !== null && GENERAL_PERSON_TERMS.has(term.slice(0, SEARCH_OPTIONS.facts.namePrefix));
}

/** A source read: its text and values (fact-values.ts). */
export interface CountedSource {
  text: string;
  values: FactValues;
}

/** The word counted at a count's unit term ("residents" of "300 residents"), as written. */
function countedWord(source: CountedSource, at: number, unit: string): string | null {
  const after = source.text.slice(at);
  for (const m of matchesOf(after, /\p{L}+/gu))
    if (m[0].toLowerCase().startsWith(unit.slice(0, 3))) return m[0];
  return null;
}

/**
 * The pair of counted nouns (fact terms, of `a` then of `b`) that count one group with the same
 * figure, one a general noun for people and the other a kind of person (see the module note);
 * null when there is none.
 */
export function generalNounPair(
  a: CountedSource,
  b: CountedSource,
): readonly [string, string] | null {
  const cut = (term: string) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix);
  for (const x of a.values.positioned) {
    if (!('number' in x) || x.kind !== 'count' || x.unit === null) continue;
    for (const y of b.values.positioned) {
      if (!('number' in y) || y.kind !== 'count' || y.unit === null || y.number !== x.number)
        continue;
      const ux = cut(x.unit);
      const uy = cut(y.unit);
      if (ux === uy) continue;
      const [general, specific, source, at] = GENERAL_PERSON_TERMS.has(ux)
        ? [ux, uy, b, y.at]
        : GENERAL_PERSON_TERMS.has(uy)
          ? [uy, ux, a, x.at]
          : [null, null, null, 0];
      if (general === null || GENERAL_PERSON_TERMS.has(specific)) continue;
      const word = countedWord(source, at, specific);
      if (word !== null && kindOfPerson(word)) return [ux, uy];
    }
  }
  return null;
}

/**
 * True when two counts of persons cannot both hold of one act: one under a general noun for
 * people, the other under a kind of person, and the kind's count wholly above the general one's
 * ("More than 200 residents were evacuated" / "About 120 people were evacuated"). Every resident
 * is a person (the general noun's class includes the kind's, WordNet hypernyms, as in the module
 * note), so the people counted number at least the residents counted: a count of people below a
 * count of residents denies it. The other way round ("350 people" / "300 residents") both may
 * hold. Ranges are the stated ranges of the figures (fact-qualifiers.ts `statedRange`); that
 * both count under one act is for the caller to read. Two approximate figures ("About 350
 * residents" / "Around 300 people") are not set against each other: the scale of an
 * approximation is the reader's to fix (Krifka 2007, "Approximate interpretation of number
 * words"), and this inference through the two nouns' classes is claimed only on a figure that is
 * exact or a bound ("More than 200 residents" / "About 120 people").
 */
export function personKindAboveGeneral(
  a: CountedSource,
  x: { unit: string | null; at: number; approximate: boolean },
  xRange: readonly [number, number],
  b: CountedSource,
  y: { unit: string | null; at: number; approximate: boolean },
  yRange: readonly [number, number],
): boolean {
  if (x.unit === null || y.unit === null || (x.approximate && y.approximate)) return false;
  const generalX = isGeneralPersonTerm(x.unit);
  if (generalX === isGeneralPersonTerm(y.unit)) return false;
  const [kind, kindSource, kindRange, generalRange] = generalX
    ? [y, b, yRange, xRange]
    : [x, a, xRange, yRange];
  if (kindRange[0] <= generalRange[1]) return false;
  const word = countedWord(kindSource, kind.at, kind.unit as string);
  return word !== null && kindOfPerson(word);
}
