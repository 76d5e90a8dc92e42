/**
 * One happening told through its cause: "Two crew members were killed" / "Two crew members
 * died". A causative verb in the passive keeps as its subject the one the caused change happens
 * to, and entails that change (WordNet's cause relation, the ">" pointer, "kill" → "die":
 * Fellbaum 1990, "English verbs as a semantic net", §3.3 causation, an entailment; Levin 1993
 * §1.1.2.1, the causative/inchoative alternation: "Janet broke the cup" / "The cup broke"). So
 * the passive participle of a verb and the verb of what one of its most frequent senses causes,
 * not in the passive, are one word where they stand in two reports. Either verb used otherwise
 * ("A bus crash killed three people", an active with its own subject) is left alone: the
 * subjects then differ.
 */
import { lemmaSynsets, wordnetSynsets } from '../wordnet-relations.js';
import { lemmasOf } from '../../timeline/synonymous-acts.js';

/** Fact terms (`AnalysedFact.terms`, term → offset of its first use) and the text they are of. */
interface Worded {
  text: string;
  terms: ReadonlyMap<string, number>;
}

const verbSynsets = lemmaSynsets('verb');

/** The word written at `offset` of `text`, lower case. */
function wordAt(text: string, offset: number): string {
  return /^[A-Za-z]+/.exec(text.slice(offset))?.[0]?.toLowerCase() ?? '';
}

/** A form of "be" right before the word at `offset` (an adverb may stand between): a passive. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:[a-z]+ly\s+)?$/i;

/** True when the word at `offset` of `text` follows a form of "be" or "get": a passive. */
function passiveAt(text: string, offset: number): boolean {
  return PASSIVE_BEFORE.test(text.slice(Math.max(0, offset - 40), offset));
}

/** The lemmas whose senses a verb form's most frequent senses cause. */
const causedKept = new Map<string, ReadonlySet<string>>();
const MAX_KEPT = 5_000;

function causedBy(form: string): ReadonlySet<string> {
  let kept = causedKept.get(form);
  if (kept !== undefined) return kept;
  const read = wordnetSynsets();
  const caused = new Set<string>();
  for (const lemma of lemmasOf(form))
    for (const synset of verbSynsets(lemma))
      for (const [pos, offset] of synset.causes)
        for (const word of read(pos, offset).words) caused.add(word);
  if (causedKept.size >= MAX_KEPT) causedKept.clear();
  causedKept.set(form, (kept = caused));
  return kept;
}

/** The content term written last before `offset` (a subject's head before its verb), or null. */
function termBefore(x: Worded, offset: number): string | null {
  let found: string | null = null;
  let at = -1;
  for (const [term, there] of x.terms)
    if (there < offset && there > at) {
      found = term;
      at = there;
    }
  return found;
}

/** True when the verb form `caused` is a form of a lemma in `lemmas`. */
function formOf(caused: string, lemmas: ReadonlySet<string>): boolean {
  return lemmasOf(caused).some((lemma) => lemmas.has(lemma));
}

/**
 * True when the words right before the two verbs are one (the head of one subject: "crew members
 * were killed" / "crew members died"): the alternation keeps its subject, the one the change
 * happens to, and "passengers died" tells of others.
 */
function sameSubject(x: Worded, xAt: number, y: Worded, yAt: number): boolean {
  const before = termBefore(x, xAt);
  return before !== null && before === termBefore(y, yAt);
}

/**
 * The pairs of terms, one of `a` and one of `b`, that are a causative in the passive on one side
 * and the verb of what it causes, not in the passive, on the other, after the same word ("crew
 * members were killed" / "crew members died"), `a`'s term first.
 */
export function causativePairs(a: Worded, b: Worded): Array<readonly [string, string]> {
  const forward = passiveToCaused(a, b);
  const backward = passiveToCaused(b, a);
  // Most pairs have none the other way: `forward` is then the list, made fresh for this call.
  if (backward.length === 0) return forward;
  return [...forward, ...backward.map(([term, other]) => [other, term] as const)];
}

/** {@link causativePairs} one way: `x`'s passive term first, `y`'s verb of what it causes second. */
function passiveToCaused(x: Worded, y: Worded): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  const passives = voicedTerms(x).passive;
  if (passives.length === 0) return pairs;
  const others = voicedTerms(y).other;
  for (const [term, at] of passives) {
    // WordNet is read only for a passive with a verb after the same subject on the other side:
    // most pairs have none, and reading a new form's causes was most of this test's time at first
    // sight (bench/first-sight-profile.ts, session 43).
    let caused: ReadonlySet<string> | undefined;
    for (const [other, there] of others)
      if (
        sameSubject(x, at, y, there) &&
        formOf(wordAt(y.text, there), (caused ??= causedBy(wordAt(x.text, at))))
      )
        pairs.push([term, other]);
  }
  return pairs;
}

/** A passage's one-word terms with their offsets, split by whether each stands in the passive. */
interface VoicedTerms {
  passive: ReadonlyArray<readonly [string, number]>;
  other: ReadonlyArray<readonly [string, number]>;
}

/**
 * Each passage's {@link VoicedTerms}, read once: a passage is compared with many others, each
 * pair both ways round. Keyed by the object, whose terms never change (fact-analysis.ts
 * `AnalysedFact`).
 */
const voiced = new WeakMap<Worded, VoicedTerms>();

function voicedTerms(z: Worded): VoicedTerms {
  let read = voiced.get(z);
  if (read === undefined) {
    const passive: Array<readonly [string, number]> = [];
    const other: Array<readonly [string, number]> = [];
    // forEach, in the map's order as `for…of` reads it, with no entry array per term.
    z.terms.forEach((at, term) => {
      if (!term.includes(' ')) (passiveAt(z.text, at) ? passive : other).push([term, at]);
    });
    voiced.set(z, (read = { passive, other }));
  }
  return read;
}
