/**
 * A definite description of a named thing: "the pier" in an article that has named "Porthlow
 * Pier". A definite description refers to the entity its own discourse has introduced, most
 * often by direct anaphora to a mention with the same head noun (Vieira & Poesio 2000, "An
 * empirically based system for processing definite descriptions", Computational Linguistics
 * 26(4); Huddleston & Pullum 2002, ch. 5 §6 on definiteness: "the" marks what the hearer can
 * identify from the context). So "the pier" of an article that named Porthlow Pier is Porthlow
 * Pier, and "the pier" of one that named Brackenhithe Pier is Brackenhithe Pier: two passages
 * that read alike word for word, "A kiosk at the landward end of the pier was destroyed", report
 * two events when their articles' piers differ (event coreference needs the same participants
 * and place: Cybulska & Vossen 2014).
 *
 * Read conservatively (a missed claim, never a false one): a name is a run of capitalised words
 * whose last is a WordNet noun, its head ("Porthlow Pier", "Kelby Town Hall"); a description is
 * "the" and that noun alone, no usual noun nor "of" after it ("the pier", "the pier's", not
 * "the pier trust", text/nouns.ts); a headline's capitals are no name (select.ts reads headings
 * as empty); it stands for the nearest name with its head at or before its sentence in
 * its article, or the only one its article holds. Two passages are apart only when for one head
 * each names or stands for names sharing no word but the head, and at least one of them by a
 * description (two names written out are compared where they stand: fact-places.ts).
 */
import { keptIn } from '../../text/bounded-memo.js';
import { isUsuallyNoun } from '../../text/nouns.js';
import { nounSensesOf } from '../noun-senses.js';
import { matchesOf } from '../../text/matches-of.js';

/** A name's words before its head, lower case: "Porthlow Pier" → ["porthlow"]. */
type Modifiers = readonly string[];

/**
 * Two or more capitalised words (group 1, an opening "The" set aside): a name whose last word may
 * be a common noun, its head.
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}’'-])(?:The\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+)(?![\p{L}\p{N}’'-])/gu;

/**
 * "the" and one lower-case word (group 1), its possessive ending (group 2) or the word after it
 * (group 3) if any.
 */
const DESCRIPTION = /\b[Tt]he\s+(\p{Ll}+)(?:(['’]s?)|(?![\p{L}’'-])(?:\s+(\p{Ll}+))?)/gu;

/**
 * The names `text` holds whose head is a common noun, by head: "Fire crews were called to
 * Porthlow Pier" → pier: [["porthlow"]]. A possessive ending is no part of the head.
 */
export function namesByHead(text: string): Map<string, Modifiers[]> {
  const found = new Map<string, Modifiers[]>();
  for (const match of matchesOf(text, NAME_RUN)) {
    const words = (match[1] as string).split(/\s+/u).map((word) => word.toLowerCase());
    const head = (words.at(-1) as string).replace(/['’]s?$/u, '');
    if (nounSensesOf(head).length === 0) continue;
    const list = found.get(head) ?? [];
    list.push(words.slice(0, -1));
    found.set(head, list);
  }
  return found;
}

/**
 * The head nouns `text` holds as definite descriptions by that noun alone: "at the landward end
 * of the pier" → pier (not "landward", no noun; not "end", which "of" follows: a head
 * postmodified is another thing's part). A noun after the word makes it a modifier ("the pier
 * trust").
 */
export function describedHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (const match of matchesOf(text, DESCRIPTION)) {
    const head = match[1] as string;
    const next = match[3];
    if (nounSensesOf(head).length === 0) continue;
    // "the pier's decking": the possessive ends the description.
    if (match[2] === undefined && next !== undefined && (next === 'of' || isUsuallyNoun(next)))
      continue;
    heads.add(head);
  }
  return heads;
}

/**
 * Texts whose {@link namesByHead} and {@link describedHeads} are kept: both are pure functions of
 * a sentence's text, and a question relates each chosen passage to many candidates, reading the
 * sentences of the same articles again for each pair ({@link nearestName}).
 */
const KEPT_TEXTS = 50_000;
const namesKept = new Map<string, ReadonlyMap<string, Modifiers[]>>();
const describedKept = new Map<string, ReadonlySet<string>>();

/** {@link namesByHead} of `text`, kept: never to be changed. */
function keptNamesByHead(text: string): ReadonlyMap<string, Modifiers[]> {
  return keptIn(namesKept, text, KEPT_TEXTS, namesByHead);
}

/** {@link describedHeads} of `text`, kept: never to be changed. */
function keptDescribedHeads(text: string): ReadonlySet<string> {
  return keptIn(describedKept, text, KEPT_TEXTS, describedHeads);
}

/** A passage and the article it stands in: its sentences in order, read lazily. */
export interface PassageInArticle {
  /** The passage's own text. */
  text: string;
  /** Its article's sentences in order (headings included), read only when needed. */
  article: () => readonly string[];
  /** The passage's place among them. */
  at: number;
}

/** The names a passage names or stands for, and the heads it gives by a description only. */
interface Referents {
  names: Map<string, Modifiers[]>;
  described: Set<string>;
}

/**
 * The names a passage names or stands for by a description, by head, for the heads in `heads`:
 * its own names, and for each head it describes with no name of its own, the nearest name with
 * that head in a sentence before it, else the only one its article holds.
 */
function referentsOf(passage: PassageInArticle, heads: ReadonlySet<string>): Referents {
  const names = new Map(keptNamesByHead(passage.text));
  const described = new Set<string>();
  for (const head of keptDescribedHeads(passage.text)) {
    if (names.has(head) || !heads.has(head)) continue;
    const found = nearestName(passage.article(), passage.at, head);
    if (found === null) continue;
    names.set(head, [found]);
    described.add(head);
  }
  return { names, described };
}

/** The name with `head` nearest before `at`, else the article's only one; null when none is sure. */
function nearestName(sentences: readonly string[], at: number, head: string): Modifiers | null {
  for (let k = at - 1; k >= 0; k--) {
    const names = keptNamesByHead(sentences[k] as string).get(head);
    if (names !== undefined) return names.at(-1) as Modifiers;
  }
  const later = new Map<string, Modifiers>();
  for (let k = at + 1; k < sentences.length; k++)
    for (const name of keptNamesByHead(sentences[k] as string).get(head) ?? [])
      later.set(name.join(' '), name);
  return later.size === 1 ? ([...later.values()][0] as Modifiers) : null;
}

/**
 * True when two passages of different articles name, or stand by a definite description for,
 * differently named things of one head, at least one of them by a description: "A kiosk at the
 * landward end of the pier was destroyed" in an article about Tolver Pier and the same words in
 * one about Kelby Pier. The article is read only when one passage describes a head the other
 * names or describes.
 *
 * @example
 * describedPlacesApart(
 *   { text: 'A kiosk on the pier burned.', article: () => ['Crews went to Tolver Pier.', 'A kiosk on the pier burned.'], at: 1 },
 *   { text: 'A kiosk on the pier burned.', article: () => ['Crews went to Kelby Pier.', 'A kiosk on the pier burned.'], at: 1 },
 * ) // true
 */
export function describedPlacesApart(a: PassageInArticle, b: PassageInArticle): boolean {
  const describedA = keptDescribedHeads(a.text);
  const describedB = keptDescribedHeads(b.text);
  if (describedA.size === 0 && describedB.size === 0) return false;
  const headsA = new Set([...describedA, ...keptNamesByHead(a.text).keys()]);
  const shared = new Set(
    [...describedB, ...keptNamesByHead(b.text).keys()].filter((head) => headsA.has(head)),
  );
  if (![...shared].some((head) => describedA.has(head) || describedB.has(head))) return false;
  const x = referentsOf(a, shared);
  const y = referentsOf(b, shared);
  for (const head of shared) {
    const xs = x.names.get(head);
    const ys = y.names.get(head);
    if (xs === undefined || ys === undefined) continue;
    if (!x.described.has(head) && !y.described.has(head)) continue;
    if (!xs.some((one) => ys.some((other) => one.some((word) => other.includes(word)))))
      return true;
  }
  return false;
}
