/**
 * A noun compound one report writes where the other writes its first word alone: "Tarvian wheat
 * futures climbed 1.8 percent" / "Tarvian wheat climbed 2.1 percent". In an English noun
 * compound the last word is the head, the thing meant, and the words before it say of what
 * ("wheat futures" are contracts, not grain): the two reports measure two things, so their
 * figures are not two values of one measure, and no dispute is claimed from them. The one-sided
 * word must stand between the two shared words the other report writes one after the other, with
 * only spaces on either side of it: inside one run of words, as a compound's head stands, not
 * after a preposition ("the cost of the work" only says which cost) or a verb's object set off
 * by one ("sanctioned dozens of officials").
 */
import { isUsualNounWord } from '../noun-phrase-words.js';
import type { ParticipantsSource } from './fact-participants.js';

/** Only spaces between two words: the first modifies the second. */
const ADJACENT = /^ +$/;

/**
 * True when `a` writes a word, not a name, between two units `b` writes next to each other
 * (content words in order), with only spaces on either side ("wheat futures climbed" / "wheat
 * climbed"). Terms as fact-relation.ts compares them.
 */
function headAdded(a: ParticipantsSource, b: ParticipantsSource): boolean {
  const follows = new Set<string>();
  b.sequence.forEach((unit, i) => {
    const next = b.sequence[i + 1];
    if (next !== undefined) follows.add(`${unit.keys.join(' ')}\u0000${next.keys.join(' ')}`);
  });
  const inB = new Set(b.sequence.flatMap((unit) => unit.keys));
  return a.sequence.some((head, i) => {
    const before = a.sequence[i - 1];
    const after = a.sequence[i + 1];
    return (
      before !== undefined &&
      after !== undefined &&
      !head.name &&
      !head.keys.some((key) => inB.has(key)) &&
      ADJACENT.test(a.text.slice(before.end, head.start)) &&
      ADJACENT.test(a.text.slice(head.end, after.start)) &&
      follows.has(`${before.keys.join(' ')}\u0000${after.keys.join(' ')}`)
    );
  });
}

/** {@link headAdded} either way round. */
export function compoundHeadsApart(a: ParticipantsSource, b: ParticipantsSource): boolean {
  return headAdded(a, b) || headAdded(b, a);
}

/** A determiner right before a name that modifies a noun ("the Selby flood"). */
const DETERMINER_BEFORE = /\b(?:the|a|an)\s+$/i;

/**
 * The heads a report writes right after a name used as a modifier, after a determiner: "the
 * Selby flood" → Selby's head "flood". Keyed by the name's terms.
 */
function namedCompounds(source: ParticipantsSource): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  source.sequence.forEach((unit, i) => {
    const head = source.sequence[i + 1];
    if (
      !unit.name ||
      head === undefined ||
      head.name ||
      !DETERMINER_BEFORE.test(source.text.slice(0, unit.start)) ||
      !ADJACENT.test(source.text.slice(unit.end, head.start))
    )
      return;
    const name = unit.keys.join(' ');
    const heads = found.get(name) ?? new Set<string>();
    found.set(name, heads);
    for (const key of head.keys) heads.add(key);
  });
  return found;
}

/**
 * True when the two reports put one name before different nouns, each a word the other does not
 * write at all: "the Selby flood" / "the Selby fire" are two things of one place, as "the Harlow
 * council" / "the Dunmore council" are one kind of thing of two (fact-name-conflicts.ts `namesConflict`).
 * Words `oneWord` reads as one (first of `a`, then of `b`: fact-relation.ts's WordNet synonyms,
 * "lasted" / "ran for" before one span) are not different nouns: "the Workplace Resolution
 * Service lasted" / "… Service ran for", verbs read as heads, say one thing.
 */
export function namedHeadsApart(
  a: ParticipantsSource,
  b: ParticipantsSource,
  oneWord: (x: string, y: string) => boolean = () => false,
): boolean {
  const ofB = namedCompounds(b);
  if (ofB.size === 0) return false;
  const inA = new Set(a.sequence.flatMap((unit) => unit.keys));
  const inB = new Set(b.sequence.flatMap((unit) => unit.keys));
  for (const [name, heads] of namedCompounds(a)) {
    const others = ofB.get(name);
    if (
      others !== undefined &&
      [...heads].every((head) => !inB.has(head)) &&
      [...others].every((head) => !inA.has(head)) &&
      ![...heads].some((head) => [...others].some((other) => oneWord(head, other)))
    )
      return true;
  }
  return false;
}

/**
 * True when one report writes a common noun right before a noun both write, a modifier the other
 * report writes nowhere, where the other names that noun as "the" noun bare or with a noun
 * modifier of its own: "Membership of the chess club fell to 120" / "Membership of the club fell
 * to 150", or "the golf club" / "the chess club". A noun modifying a noun forms a compound that
 * names a subclass of the head's kind (Quirk et al. 1985, A Comprehensive Grammar of the English
 * Language, 17.104-17.109 on nouns as premodifiers; Biber et al. 1999, Longman Grammar of Spoken
 * and Written English, 8.3.3), and "the club" is a definite description whose referent its context
 * fixes (Quirk et al. 5.28-5.32 on the anaphoric and situational "the"): it may be the chess club
 * or another. Two figures of things named so are then not shown to be of one thing, and "sources
 * differ" is claimed only on positive evidence; a figure told alike is left to the rules of one
 * fact, where a fuller name is the usual second reference (fact-premodifiers.ts). An indefinite
 * noun ("a team of about 50 volunteers" / "a 60-strong search team") is identified by what the
 * report tells of it, and is left alone. Only a compound standing before a figure of its own
 * clause is read: the thing the figure is said of ("The chess club has 40 members"), not a noun
 * of a clause after it ("climbed 1.8 percent after the harvest forecast was cut"). Adjectives
 * ("the new club") narrow nothing to a kind and are left alone; nouns and adjectives are told
 * apart by each word's usual class in the lexicon, or WordNet for a word it lacks ("chess":
 * noun-phrase-words.ts `isUsualNounWord`), which a process answering from a saved index holds
 * without loading wink-nlp's tagger. A capitalised modifier is a name's, which
 * fact-name-conflicts.ts compares.
 */
export function nounModifierOneSided(a: ParticipantsSource, b: ParticipantsSource): boolean {
  return nounModifierAdded(a, b) || nounModifierAdded(b, a);
}

/** The offsets where a passage's words whose usual class is a common noun start. */
function nounStarts(source: ParticipantsSource): Set<number> {
  return new Set(
    source.sequence
      .filter((unit) => isUsualNounWord(source.text.slice(unit.start, unit.end)))
      .map((unit) => unit.start),
  );
}

/** A figure later in the same clause: no clause break before its first digit. */
const FIGURE_IN_CLAUSE = /^[^,;:()\u2013\u2014]*?\d/u;

/** "the" right before a word. */
const THE_BEFORE = /\bthe\s+$/i;

/** {@link nounModifierOneSided} read one way round: `a` writes the modifier `b` does not. */
function nounModifierAdded(a: ParticipantsSource, b: ParticipantsSource): boolean {
  const inB = new Set(b.sequence.flatMap((unit) => unit.keys));
  const inA = new Set(a.sequence.flatMap((unit) => unit.keys));
  let nounsA: Set<number> | undefined;
  let nounsB: Set<number> | undefined;
  const isNounModifier = (source: ParticipantsSource, i: number, nouns: Set<number>) => {
    const modifier = source.sequence[i - 1];
    const head = source.sequence[i] as (typeof source.sequence)[number];
    return (
      modifier !== undefined &&
      !modifier.name &&
      !/^\p{Lu}/u.test(source.text.slice(modifier.start)) &&
      nouns.has(modifier.start) &&
      nouns.has(head.start) &&
      ADJACENT.test(source.text.slice(modifier.end, head.start))
    );
  };
  return a.sequence.some((head, i) => {
    const modifier = a.sequence[i - 1];
    if (
      modifier === undefined ||
      !head.keys.some((key) => inB.has(key)) ||
      modifier.keys.some((key) => inB.has(key)) ||
      !FIGURE_IN_CLAUSE.test(a.text.slice(head.end))
    )
      return false;
    nounsA ??= nounStarts(a);
    if (!isNounModifier(a, i, nounsA)) return false;
    nounsB ??= nounStarts(b);
    const bNouns = nounsB;
    // The other report names the noun as "the" noun bare, or with a noun modifier of its own.
    return b.sequence.some((other, j) => {
      if (!other.keys.some((key) => head.keys.includes(key))) return false;
      if (THE_BEFORE.test(b.text.slice(0, other.start))) return true;
      const own = b.sequence[j - 1];
      return (
        own !== undefined && !own.keys.some((key) => inA.has(key)) && isNounModifier(b, j, bNouns)
      );
    });
  });
}
