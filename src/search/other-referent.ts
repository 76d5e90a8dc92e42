/**
 * Passages that tell of another thing of the kind a question asks about. "Another agreement was
 * signed in Sochi" introduces an agreement that is not the one the text has told of: "another",
 * "other", "a second", "a separate", "subsequent" are comparative reference (Halliday & Hasan
 * 1976, "Cohesion in English", §2.5), marking a referent new to the discourse and different from
 * one already given (Prince 1981, "Toward a taxonomy of given-new information"). A question
 * about "the agreement" asks of the given one, so such a passage is weak evidence for it. A
 * definite "the agreement" a few sentences after "subsequent agreements" stands for one of
 * those: a definite description takes the nearest earlier mention of its head noun in the
 * discourse as its antecedent (Vieira & Poesio 2000, "An empirically based system for
 * processing definite descriptions", Computational Linguistics 26(4)).
 *
 * Where the question's own description fits the other thing ("the september border agreement"
 * of "Another agreement was signed in September … Border Committee"), it asks of that one, and
 * the passage is not read as telling of another.
 */
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/**
 * Words that mark a noun phrase's referent as other than one already given (comparative
 * reference of identity and of succession). Not "new": "a new agreement" is often the very
 * agreement the coverage is about.
 */
export const OTHER_MARKERS: ReadonlySet<string> = new Set([
  'another',
  'other',
  'second',
  'separate',
  'different',
  'subsequent',
  'further',
  'additional',
  'previous',
]);

/**
 * Any of {@link OTHER_MARKERS} as a word, in any case: a sentence without one marks no other
 * referent, so most passages are ruled out before they are cut into words.
 */
const ANY_MARKER = new RegExp(`\\b(?:${[...OTHER_MARKERS].join('|')})\\b`, 'iu');

/**
 * True when one of `texts` (a passage and the sentences before it {@link tellsOfOther} may read)
 * holds a word that marks another referent: false rules {@link tellsOfOther} out at the cost of
 * a pattern test.
 */
export function mayTellOfOther(texts: readonly string[]): boolean {
  return texts.some((text) => ANY_MARKER.test(text));
}

/** {@link mayTellOfOther} of texts wrapped as {@link CutText}s, each tested once. */
export function mayTellOfOtherCut(texts: readonly CutText[]): boolean {
  return texts.some((text) => text.marksOther);
}

/** Determiners of a definite description a question asks about. */
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** How many words a description may hold after its determiner (premodifiers and head). */
const MAX_DESCRIPTION_WORDS = 4;

/** How many premodifiers may stand between an other-marker and the head it marks. */
const MAX_PREMODIFIERS = 2;

/** One reading of a definite description in a question: its head and the words before it. */
export interface AskedDescription {
  /** Stem of the head noun ("agreement" → "agreement"). */
  head: string;
  /** Stems of the words between the determiner and the head ("the rosgvardiya agreement"). */
  modifiers: string[];
}

/**
 * The definite descriptions of `question` ("the agreement", "the Rosgvardiya agreement"), one
 * reading per word of each (which word is the head is not told without a parser: each is
 * tried, and only a head some passage other-marks matters). A description whose first word is
 * an other-marker ("the second agreement") asks of the other thing and gives none, and so does
 * any head the question itself other-marks ("another agreement").
 *
 * @example askedDescriptions('where was the agreement signed')
 * // [{ head: 'agreement', modifiers: [] }, { head: 'sign', modifiers: ['agreement'] }]
 */
export function askedDescriptions(question: string): AskedDescription[] {
  const tokens = tokenize(question);
  const marked = new Set<string>();
  for (let i = 0; i < tokens.length; i++)
    if (otherMarked(question, tokens, i)) marked.add(stem(tokens[i]!.word));
  const descriptions: AskedDescription[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DEFINITE.has(tokens[i]!.word)) continue;
    const words: string[] = [];
    for (let k = i + 1; k < tokens.length && words.length < MAX_DESCRIPTION_WORDS; k++) {
      const token = tokens[k]!;
      if (isStopWord(token) || !joined(question, tokens[k - 1]!, token)) break;
      if (OTHER_MARKERS.has(token.word)) break;
      words.push(stem(token.word));
    }
    if (tokens[i + 1] !== undefined && OTHER_MARKERS.has(tokens[i + 1]!.word)) continue;
    words.forEach((head, k) => {
      if (!marked.has(head)) descriptions.push({ head, modifiers: words.slice(0, k) });
    });
  }
  return descriptions;
}

/**
 * True when `text` (a sentence) tells of another thing than `asked` describes: its first
 * mention of the head is other-marked ("Another agreement was signed …"), or is a bare
 * definite ("the agreement") whose nearest earlier mention in `before` (the sentences before
 * it in its paragraph, nearest last) is, through any chain of bare definites. False when the
 * text or those sentences hold every modifier of `asked` (its description fits the other
 * thing), or when the text does not mention the head.
 */
export function tellsOfOther(
  text: string,
  before: readonly string[],
  asked: AskedDescription,
): boolean {
  return tellsOfAnyOther(text, before, [asked]);
}

/**
 * True when {@link tellsOfOther} holds of `text` and `before` for one of `asked`. Each text is
 * cut into words and stemmed once, when first read, for all the descriptions: a question's
 * descriptions are one reading per word ({@link askedDescriptions}), and cutting the passages
 * afresh for each was 5% of a warm State of the Union ask (session 59's profile).
 */
export function tellsOfAnyOther(
  text: string,
  before: readonly string[],
  asked: readonly AskedDescription[],
): boolean {
  return tellsOfAnyOtherCut(
    new CutText(text),
    before.map((one) => new CutText(one)),
    asked,
  );
}

/**
 * {@link tellsOfAnyOther} of texts wrapped as {@link CutText}s, which a caller may keep across
 * questions (a sentence's words and stems are the same for every question).
 */
export function tellsOfAnyOtherCut(
  own: CutText,
  before: readonly CutText[],
  asked: readonly AskedDescription[],
): boolean {
  return asked.some((description) => tellsOfOtherCut(own, before, description));
}

/**
 * A text with its words ({@link tokenize}), their stems and whether it holds an other-marker,
 * each made when first read: pure functions of the text, so one CutText of a sentence serves
 * every question that reads it.
 */
export class CutText {
  private cut: Token[] | undefined;
  private readonly stems: Array<string | undefined> = [];
  private marks: boolean | undefined;

  constructor(readonly text: string) {}

  /** True when the text holds a word of {@link OTHER_MARKERS}, in any case. */
  get marksOther(): boolean {
    return (this.marks ??= ANY_MARKER.test(this.text));
  }

  get tokens(): Token[] {
    return (this.cut ??= tokenize(this.text));
  }

  /** The stem of word `i` (an index into {@link tokens}). */
  stemAt(i: number): string {
    return (this.stems[i] ??= stem(this.tokens[i]!.word));
  }
}

/** {@link tellsOfOther} of texts already wrapped for their words to be read once. */
function tellsOfOtherCut(
  own: CutText,
  before: readonly CutText[],
  asked: AskedDescription,
): boolean {
  const { text, tokens } = own;
  let first = -1;
  for (let i = 0; i < tokens.length && first < 0; i++) if (own.stemAt(i) === asked.head) first = i;
  if (first < 0) return false;
  let other = otherMarked(text, tokens, first);
  const read = [own];
  if (!other && bareDefinite(text, tokens, first)) {
    for (let b = before.length - 1; b >= 0; b--) {
      const earlier = before[b]!;
      const earlierTokens = earlier.tokens;
      let last = -1;
      for (let i = earlierTokens.length - 1; i >= 0 && last < 0; i--)
        if (earlier.stemAt(i) === asked.head) last = i;
      if (last < 0) continue;
      read.push(earlier);
      if (otherMarked(earlier.text, earlierTokens, last)) other = true;
      if (other || !bareDefinite(earlier.text, earlierTokens, last)) break;
    }
  }
  if (!other || asked.modifiers.length === 0) return other;
  const held = new Set(read.flatMap((one) => one.tokens.map((_, i) => one.stemAt(i))));
  return !asked.modifiers.every((modifier) => held.has(modifier));
}

/**
 * True when token `at` of `text` (cut into `tokens`) stands after an other-marker with at most
 * {@link MAX_PREMODIFIERS} content words between and no punctuation ("another cooperation
 * agreement", "other agreements").
 */
export function otherMarked(text: string, tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 1 - MAX_PREMODIFIERS; k--) {
    const token = tokens[k]!;
    if (!joined(text, token, tokens[k + 1]!)) return false;
    if (OTHER_MARKERS.has(token.word)) return true;
    if (isStopWord(token)) return false;
  }
  return false;
}

/** True when token `at` of `text` comes right after "the", "this" or "that". */
function bareDefinite(text: string, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && DEFINITE.has(before.word) && joined(text, before, tokens[at]!);
}

/** True when only spaces or hyphens stand between tokens `a` and `b` of `text`. */
export function joined(text: string, a: Token, b: Token): boolean {
  return /^[\s-]*$/u.test(text.slice(a.end, b.start));
}
