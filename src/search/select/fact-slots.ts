/**
 * Where two passages put different words in the same place. Two reports that share most of
 * their words in the same order and differ in one place ("the shellfish survey began in May" /
 * "the cost review began in May", "won the contract" / "lost the contract", "voted to close" /
 * "voted to open") are about different things unless the differing words mean the same, which
 * cannot be known without a dictionary; so such a pair is not claimed as one fact. Words differing
 * where the other passage has none (an added detail) are no such slot.
 */
import { ATTRIBUTION_WORDS } from './fact-attribution.js';
import { factTerm } from './fact-term.js';

/**
 * Verbs and phrases of attribution, which outlets swap freely ("told reporters" / "said",
 * "according to"), as terms are compared: stems cut to `namePrefix` letters.
 */
export const ATTRIBUTION: ReadonlySet<string> = new Set(ATTRIBUTION_WORDS.map(factTerm));

/**
 * The first place where both sequences have words the other lacks, at most `maxSlot` on each
 * side, between words they share in the same order (a longest common subsequence), when apart
 * from it each has at most `maxElsewhere` words the other lacks; null when there is none. Each
 * sequence is a passage's distinct content terms in order of first use. A place where the words
 * are synonyms, one for one in order (`synonymous`: "began" / "started", "closed" / "shut"),
 * means the same, the one case the module note leaves open, so it is passed over, and so is a
 * place whose words on one side are all synonyms of words on the other, the rest an added detail
 * ({@link differsBeyondSynonyms}); the words shared and the rest are counted as before, so
 * synonyms only ever find fewer places.
 */
export function differingSlot(
  a: readonly string[],
  b: readonly string[],
  maxSlot: number,
  maxElsewhere: number,
  synonymous: (x: string, y: string) => boolean = () => false,
): { a: string[]; b: string[] } | null {
  const x = a.filter((t) => !ATTRIBUTION.has(t));
  const y = b.filter((t) => !ATTRIBUTION.has(t));
  // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] =
        x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  let gapA: string[] = [];
  let gapB: string[] = [];
  // Elsewhere the passages must be the same words in the same order, but for `maxElsewhere`
  // added words on each side: reports worded differently throughout swap words as paraphrase does.
  const shared = lcs[0]![0]!;
  // A word the other passage writes elsewhere is moved, not different: one passage's order
  // ("The fire forced the evacuation of 300 residents" / "300 residents were evacuated because
  // of the fire": a passive, a clause fronted) is not another thing said in that place.
  const inX = new Set(x);
  const inY = new Set(y);
  const slot = () =>
    gapA.some((t) => !inY.has(t)) &&
    gapB.some((t) => !inX.has(t)) &&
    differsBeyondSynonyms(gapA, gapB, synonymous) &&
    gapA.length <= maxSlot &&
    gapB.length <= maxSlot &&
    x.length - shared - gapA.length <= maxElsewhere &&
    y.length - shared - gapB.length <= maxElsewhere;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      if (slot()) return { a: gapA, b: gapB };
      gapA = [];
      gapB = [];
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      gapA.push(x[i]!);
      i++;
    } else {
      gapB.push(y[j]!);
      j++;
    }
  }
  return slot() ? { a: gapA, b: gapB } : null;
}

/**
 * True when both sides of a place hold words the other does not, once words that are synonyms
 * of one on the other side, in order, are read as shared: "arrested in Kelby" / "apprehended"
 * is one act told in other words and a detail added on one side ("in Kelby"), which the module
 * note passes over as it does any added detail; "arrested in Kelby" / "apprehended in Durnford"
 * still differ in a place.
 */
function differsBeyondSynonyms(
  a: readonly string[],
  b: readonly string[],
  synonymous: (x: string, y: string) => boolean,
): boolean {
  let from = 0;
  let paired = 0;
  for (const x of a) {
    const at = b.findIndex((y, k) => k >= from && synonymous(x, y));
    if (at < 0) continue;
    from = at + 1;
    paired += 1;
  }
  return a.length > paired && b.length > paired;
}

/**
 * True when a place found by {@link differingSlot} holds, on one side, only words of that side's
 * attribution framing (terms outside its claim, `claimA` / `claimB`: fact-attribution.ts), and on
 * the other only words of what that side reports: "The choir's appeal raised 58,200 crowns,
 * organisers said." / "…, the most in the appeal's history." Who said a thing, against a
 * detail the other adds, is no other thing reported in that place; the claims, their framing set
 * aside, are compared on their own. Two speakers ("organisers said" / "police said") are framing
 * on both sides, so still a place that differs.
 */
export function framingAgainstClaim(
  slot: { a: readonly string[]; b: readonly string[] },
  claimA: ReadonlySet<string>,
  claimB: ReadonlySet<string>,
): boolean {
  const framing = (words: readonly string[], claim: ReadonlySet<string>) =>
    words.every((term) => !claim.has(term));
  const claimed = (words: readonly string[], claim: ReadonlySet<string>) =>
    words.every((term) => claim.has(term));
  return (
    (framing(slot.a, claimA) && claimed(slot.b, claimB)) ||
    (framing(slot.b, claimB) && claimed(slot.a, claimA))
  );
}
