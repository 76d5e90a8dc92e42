/**
 * One figure counting two kinds of thing: "The footbridge is a line of nine timber trestles …" /
 * "The footbridge is a line of nine concrete piers …". The head noun of a noun phrase names what
 * a cardinal numeral counts, its premodifiers only narrow it (Quirk et al. 1985, 17.2 and 5.9;
 * Huddleston & Pullum 2002, CGEL ch. 5 §2: the head of the NP is what the determiner quantifies).
 * Two reports that give one figure of two heads count the same things only when one head
 * names them in other words: a WordNet synonym (one synset) or a more general or more specific
 * noun for them (one is a hypernym of the other, within {@link MAX_HYPERNYM_DEPTH} links:
 * "gates" / "barriers", "residents" / "people"). Heads related in neither way ("trestles" /
 * "piers", "firefighters" / "vehicles") count two things, however much else the reports share.
 * Modifiers are not compared here ("nine timber trestles" / "nine steel trestles" pass).
 */
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets, synsetReader, type Synset } from '../wordnet-relations.js';
import { wordnetFolder } from '../semcor.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { termsOf } from '../../text/terms.js';
import { generalNounForPerson, type CountedSource } from './fact-general-nouns.js';
import type { SynonymousTerms } from './fact-measures.js';
import { NUMBER_WORD_LIST } from './fact-values.js';

/**
 * How many hypernym links up one head is looked for among the other's ancestors: as deep as
 * fact-general-nouns.ts looks for "person" ("pupil" → … → "person" takes up to 8), so that any
 * more general noun a report may use for the same things is reached.
 */
export const MAX_HYPERNYM_DEPTH = 8;

/**
 * How many hypernym links up from each head a shared kind makes them coordinate terms
 * (WordNet's "sister terms": "ship" and "boat" are both a "vessel", one link up; "trawler"
 * two): near kinds of one thing, which news reports use loosely for one another. Two links keep
 * far kinds apart ("trestle" and "pier" meet only at "structure", three links up).
 */
export const COORDINATE_DEPTH = 2;

/** Most words read after a figure for its counted noun phrase. */
const MAX_PHRASE_WORDS = 4;

/**
 * Words of a figure itself, read past before its counted noun ("two hundred and fifty", "half a
 * million", "$46 million"): number words, scale words, and the "and" / "a" / "half" of a
 * cardinal written in words.
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORD_LIST,
  'one',
  'a',
  'an',
  'and',
  'half',
  'dozen',
  'hundred',
  'thousand',
  'million',
  'billion',
  'k',
  'm',
  'bn',
]);

/**
 * True when a word can be a noun heading a counted phrase: the lexicon gives it a common-noun
 * reading (NN or NNS, among any), or, unknown to the lexicon, WordNet holds it as a noun and it
 * does not end as a participle does ("spanning", "flooded").
 */
function nounLike(word: string, usually = false): boolean {
  const tags = lexiconTags(word);
  if (tags !== undefined)
    return (usually ? tags.slice(0, 1) : tags).some((tag) => tag === 'NN' || tag === 'NNS');
  if (/(?:ing|ed)$/u.test(word)) return false;
  return nounSenses(word).length > 0;
}

/**
 * Every noun sense of a lemma, not only the most frequent: the relation only vetoes, so a rarer
 * sense that makes two heads one kind of thing ("supports" as "any device that bears the weight
 * of another thing", a hypernym of "trestle") keeps the reports from being set apart.
 */
const nounSynsets = lemmaSynsets('noun', Infinity);

/** A word's noun synsets, by each of its base forms ("trestles" → "trestle"). */
function nounSenses(word: string): Synset[] {
  return baseForms(word.toLowerCase()).flatMap((lemma) => nounSynsets(lemma));
}

/** A word or figure ("1,200", "3.5", "coastguard's"), or one mark of punctuation. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:[.,]\d+)*|[^\s\p{L}\p{N}]/gu;

/** A figure's first part: digits or a number word ("12-day", "three-week"). */
const FIGURE_OR_DIGITS = new RegExp(`^(?:\\d|(?:${NUMBER_WORD_LIST.join('|')})-)`, 'u');

/**
 * The head of the noun phrase a figure at `at` counts, lower case: the last noun of the run of
 * words after the figure, read up to a stop word, a punctuation mark or a word that is no noun
 * after one ("nine timber trestles spanning …" → "trestles"; "12 new homes in …" → "homes";
 * "300 residents were …" → "residents"); null when no noun follows.
 */
export function countedHead(text: string, at: number): string | null {
  let head: string | null = null;
  let read = 0;
  let inFigure = true;
  for (const m of text.slice(at).matchAll(TOKEN)) {
    const token = m[0];
    const lower = token.toLowerCase();
    // "A 12-day notice" counts days: a figure joined to its unit is a measure of that unit.
    const joined = inFigure ? /^(?:\d[\d.,]*|\p{L}+)-(\p{L}+)$/u.exec(lower) : null;
    if (joined !== null && !FIGURE_WORDS.has(joined[1]!) && FIGURE_OR_DIGITS.test(lower))
      return joined[1]!;
    if (
      inFigure &&
      (/^[\d$€£¥]/u.test(token) || lower.split('-').every((w) => FIGURE_WORDS.has(w)))
    )
      continue;
    inFigure = false;
    // A punctuation mark or a stop word closes the phrase.
    if (!/^\p{L}/u.test(token) || STOP_WORDS.has(lower)) break;
    read += 1;
    // After a noun, only a word usually a noun goes on the compound ("coastguard boats"); "14
    // people hurt" ends at "people".
    if (nounLike(lower, head !== null)) head = lower;
    else if (head !== null) break;
    if (read >= MAX_PHRASE_WORDS) break;
  }
  return head;
}

let readSynset: ((pos: string, offset: string) => Synset) | undefined;

/** The keys of a word's noun synsets and of their hypernyms up to `depth` links. */
function ancestry(word: string, depth: number): Set<string> {
  readSynset ??= synsetReader(wordnetFolder());
  const read = readSynset;
  const seen = new Set<string>();
  let level = nounSenses(word);
  for (const synset of level) seen.add(synset.words.join('|'));
  for (let links = 0; links < depth && level.length > 0; links++) {
    const next: Synset[] = [];
    for (const synset of level)
      for (const [pos, offset] of synset.hypernyms) {
        const up = read(pos, offset);
        const key = up.words.join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        next.push(up);
      }
    level = next;
  }
  return seen;
}

/** Each word's {@link ancestry}, kept: the same counted nouns come back pair after pair. */
const ancestries = new Map<string, Set<string>>();
const MAX_KEPT = 5_000;

function keptAncestry(word: string, depth: number): Set<string> {
  const key = `${depth} ${word}`;
  let kept = ancestries.get(key);
  if (kept === undefined) {
    if (ancestries.size >= MAX_KEPT) ancestries.clear();
    ancestries.set(key, (kept = ancestry(word, depth)));
  }
  return kept;
}

/**
 * True when two head nouns can name the same things: one word (one term), synonyms by
 * `same` (the index's synonym table) or in one WordNet synset, or one a hypernym of the other
 * within {@link MAX_HYPERNYM_DEPTH} links. A word WordNet does not hold as a noun is related to
 * anything: nothing shows it names something else.
 */
export function headsRelated(x: string, y: string, same: SynonymousTerms): boolean {
  const tx = termsOf(x)[0] ?? x;
  const ty = termsOf(y)[0] ?? y;
  if (tx === ty || same(tx, ty) || same(ty, tx)) return true;
  // "300 residents" / "300 people": a general noun for people (fact-general-nouns.ts).
  if (generalNounForPerson(tx, y) || generalNounForPerson(ty, x)) return true;
  const sx = nounSenses(x);
  const sy = nounSenses(y);
  if (sx.length === 0 || sy.length === 0) return true;
  const up = (senses: Synset[], ancestors: Set<string>) =>
    senses.some((synset) => ancestors.has(synset.words.join('|')));
  if (up(sx, keptAncestry(y, MAX_HYPERNYM_DEPTH)) || up(sy, keptAncestry(x, MAX_HYPERNYM_DEPTH)))
    return true;
  // Coordinate terms: kinds of one nearer kind ("ships" / "boats", both vessels; "trawlers" /
  // "boats"), which a report may use loosely for one another.
  const near = keptAncestry(y, COORDINATE_DEPTH);
  for (const key of keptAncestry(x, COORDINATE_DEPTH)) if (near.has(key)) return true;
  return false;
}

/** The counts of a passage with the head noun each counts, read once per source. */
function headedCounts(source: CountedSource): Array<{ number: string; head: string }> {
  let found = headsRead.get(source);
  if (found !== undefined) return found;
  found = [];
  for (const v of source.values.positioned) {
    if (!('number' in v) || v.kind !== 'count') continue;
    const head = countedHead(source.text, v.at);
    if (head !== null) found.push({ number: v.number, head });
  }
  headsRead.set(source, found);
  return found;
}

/** Each source's {@link headedCounts}: a passage is set against many others. */
const headsRead = new WeakMap<CountedSource, Array<{ number: string; head: string }>>();

/** The figures a passage states as counts, a cheap test before its heads are read. */
function countFigures(source: CountedSource): string[] {
  return source.values.positioned.flatMap((v) =>
    'number' in v && v.kind === 'count' ? [v.number] : [],
  );
}

/**
 * True when the two passages give one figure of two kinds of thing (see the module note): some
 * figure both state as a count with a head noun after it, and no head one gives it is related
 * to a head the other gives it ({@link headsRelated}). A figure stated twice on a side is
 * matched by any of its heads.
 */
export function countedNounsApart(
  a: CountedSource,
  b: CountedSource,
  same: SynonymousTerms,
): boolean {
  const figuresB = countFigures(b);
  if (!countFigures(a).some((figure) => figuresB.includes(figure))) return false;
  const countsA = headedCounts(a);
  if (countsA.length === 0) return false;
  const countsB = headedCounts(b);
  const figures = new Set(countsA.map((c) => c.number));
  for (const figure of figures) {
    const heads = (counts: typeof countsA) =>
      counts.filter((c) => c.number === figure).map((c) => c.head);
    const ha = heads(countsA);
    const hb = heads(countsB);
    if (hb.length === 0) continue;
    if (!ha.some((x) => hb.some((y) => headsRelated(x, y, same)))) return true;
  }
  return false;
}
