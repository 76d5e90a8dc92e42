/**
 * Quote windows: a sentence that does not stand alone is widened to its neighbours, and a
 * quote never starts or ends inside a speaker's quotation.
 */
import { personalPronounSubject } from '../../text/subject-pronoun.js';
import type { Sentence } from '../../corpus/types.js';
import { quotedWithNext } from '../../text/correction.js';
import {
  MAX_QUOTATION_SENTENCES,
  outsideQuotations,
  quotationBalance,
} from '../../text/quotation.js';
import { SPEECH_VERBS } from '../../timeline/lexicon.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { termsOf, tokenize } from '../../text/terms.js';
import { SEARCH_OPTIONS } from '../options.js';
import { speakerStems } from '../plan/speaker.js';
import { leavesObjectImplicit } from '../implicit-object.js';
import { namesPeople } from '../plan/answer-type.js';
import {
  asksWhoSpoke,
  isBareQuotation,
  namesQuotedSpeaker,
  SAYING_VERBS,
} from './unattributed-quotation.js';
import { matchesOf } from '../../text/matches-of.js';

/** A quote window: sentences `first` to `last` inclusive, around the ranked `sentence`. */
export interface Window {
  sentence: number;
  first: number;
  last: number;
}

/** Sentence openers that refer back to what came before ("He said …", "But it is …"). */
const PRONOUN_OPENER =
  /^["“‘'„]?(?:he|she|it|they|this|these|that|those|its|his|her|their|such|but|however|also|again|yet|still|then|there|both|the latter|the former|according to (?:him|her|them))\b/i;
/**
 * A description as subject, no name in it: "The 65-year-old has led …", "The agency said …",
 * "The Belarusian leader has …" is not (a capitalised word names whom it means). An age
 * compound as a noun ("The 67-year-old planted …") is news style's second reference to someone
 * just named (the AP Stylebook's "ages"), whatever verb follows.
 */
const DESCRIPTION_OPENER = descriptionOpener('(?:The|This|That|These|Those)', "[a-z\\d’'-]+");

/**
 * The pattern of a description as subject: `determiner`, up to two modifiers, the noun (`head`,
 * read as group 1) and a verb of the clause; or an age compound. One definition for
 * {@link DESCRIPTION_OPENER} and {@link PERSON_DESCRIPTION}.
 */
function descriptionOpener(
  determiner: string,
  head: string,
  modifier = String.raw`[a-z\d’'-]+`,
): RegExp {
  return new RegExp(
    String.raw`^${determiner}\s+(?:${modifier}\s+){0,2}?(${head})\s+(?:has|have|had|is|are|was|were|said|says|added|also|will|would|could|can|did|does|told|called|noted|warned|claimed|denied|urged|remains|remained)\b|^The\s+\d{1,3}-year-old\b`,
  );
}

/**
 * Nouns that stand for something told before them and say only what kind of thing it was: "the
 * error", "this claim", "the allegations" ("shell nouns": Schmid, English Abstract Nouns as
 * Conceptual Shells, 2000). The error nouns come first: they point to the statement of the error.
 */
const ERROR_NOUNS = 'errors?|mistakes?|inaccurac(?:y|ies)';
const SHELL_NOUNS = `${ERROR_NOUNS}|claims?|allegations?|accusations?|assertions?|remarks?|suggestions?`;
/** A shell noun after "the" or a demonstrative, with at most one modifier ("the earlier claim"). */
const SHELL_PHRASE = new RegExp(
  String.raw`\b(?:the|this|that|these|those)\s+(?:[a-z’'-]+\s+)?(${SHELL_NOUNS})\b`,
  'giu',
);
/**
 * A shell noun anywhere, read as {@link SHELL_PHRASE} reads one: most sentences hold none, and
 * this one alternation of words is far cheaper to run than the phrase, which is tried at every
 * "the" and demonstrative (session 45's first-sight profile).
 */
const SHELL_NOUN = new RegExp(SHELL_NOUNS, 'iu');
const ERROR_NOUN = new RegExp(String.raw`^(?:${ERROR_NOUNS})$`, 'iu');
/** Words after a shell noun that say what it is: "the claim that …", "the error of 2019". */
const COMPLEMENT_OPENERS = new Set(['that', 'of', 'about', 'over', 'from', 'by']);
/** A demonstrative standing alone before a clause's end: "The company denied this." */
const DEMONSTRATIVE_ALONE = /\b(?:this|these|those)(?=\s*(?:[.,;:!?)"”’]|$))/iu;

/**
 * The shell nouns in `text` that point back ("We are happy to correct the error.", "The owners
 * dismissed the claim as nonsense."): each closes its phrase (a stop word or a punctuation mark
 * follows; not "the error rate") and is not followed by what it is ("the claim that it was in
 * talks", "the claims about the site" say it themselves).
 */
function pointingShellNouns(text: string): string[] {
  const found: string[] = [];
  if (!SHELL_NOUN.test(text)) return found;
  for (const match of matchesOf(text, SHELL_PHRASE)) {
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const next = /^\s+([\p{L}’'-]+)/u.exec(rest)?.[1]?.toLowerCase();
    if (next === undefined) {
      if (/^\s*(?:[.,;:!?)"”’]|$)/u.test(rest)) found.push(match[1] ?? '');
    } else if (!COMPLEMENT_OPENERS.has(next) && STOP_WORDS.has(next)) found.push(match[1] ?? '');
  }
  return found;
}

/**
 * True when a sentence points back to something told before it by a shell noun
 * ({@link pointingShellNouns}) or a demonstrative standing alone: like a pronoun opener, it
 * never reads alone.
 */
export function pointsBack(text: string): boolean {
  return DEMONSTRATIVE_ALONE.test(text) || pointingShellNouns(text).length > 0;
}

/** True when a sentence points back to an error ("We are happy to correct the error."). */
export function pointsToError(text: string): boolean {
  return pointingShellNouns(text).some((noun) => ERROR_NOUN.test(noun));
}

/**
 * True when a sentence's subject is a pronoun or a description, or it points back to what was
 * told before ({@link pointsBack}): it may need the sentence before it.
 */
export function refersBack(text: string): boolean {
  return PRONOUN_OPENER.test(text) || DESCRIPTION_OPENER.test(text) || pointsBack(text);
}

/**
 * The head noun of the description a sentence opens with as its subject ({@link
 * DESCRIPTION_OPENER}: "The nine-year-old mare was …" → "mare", "The 65-year-old has …" →
 * "65-year-old"), or null when it opens with none.
 */
export function descriptionHead(text: string): string | null {
  const match = DESCRIPTION_OPENER.exec(text);
  if (match === null) return null;
  return match[1] ?? /^The\s+(\d{1,3}-year-old)\b/u.exec(text)?.[1] ?? null;
}

/**
 * A description of a person as subject, no name in it: "The 65-year-old has …", "The former
 * minister said …" (the noun, read as group 1, named by answer-type.ts `namesPeople`).
 */
const PERSON_DESCRIPTION = descriptionOpener('The', "[a-z’'-]+");
/**
 * {@link PERSON_DESCRIPTION} with capitalised modifiers too: "The Russian president said …". A
 * proper adjective may single out whom it means for reading the sentence alone, but names no
 * one: the name is before it.
 */
const PROPER_PERSON_DESCRIPTION = descriptionOpener('The', "[a-z’'-]+", "[A-Za-z\\d’'-]+");

/**
 * True when a sentence's subject is a personal pronoun or a description of a person with no
 * name in it (with `properModifiers`, modified by a proper adjective too: {@link
 * PROPER_PERSON_DESCRIPTION}) (text/subject-pronoun.ts `personalPronounSubject`; "The 65-year-old has …", "The
 * minister said …": a noun naming people by their role, answer-type.ts `namesPeople`): the second reference to
 * someone named only before it. A thing described ("The route will …") is not.
 */
export function subjectNamedBefore(text: string, properModifiers = false): boolean {
  if (personalPronounSubject(text)) return true;
  const description = (properModifiers ? PROPER_PERSON_DESCRIPTION : PERSON_DESCRIPTION).exec(text);
  if (description === null) return false;
  const head = description[1];
  return head === undefined || namesPeople(head);
}

/** True when a sentence opens with a pronoun or a connective: it never reads alone. */
export function opensWithPronoun(text: string): boolean {
  return PRONOUN_OPENER.test(text);
}

/** A run of characters other than whitespace: a word, as {@link wordCount} counts them. */
const NON_SPACE_RUN = /\S+/g;

/**
 * How many words `text` has: its runs of non-whitespace. Counted with `RegExp.test`, which
 * makes no match object and no substring (every widened candidate is counted).
 */
function wordCount(text: string): number {
  let count = 0;
  NON_SPACE_RUN.lastIndex = 0;
  while (NON_SPACE_RUN.test(text)) count += 1;
  return count;
}

/** Context the widening rules need. */
export interface WindowContext {
  sentences: readonly Sentence[];
  textOf: (sentence: number) => string;
  /** The sentence `sentence` leans on (see features.ts), or null. */
  contextOf: (sentence: number) => number | null;
  /** True when the sentence before adds to what a sentence covers of the question. */
  contextHelps: (sentence: number, before: number) => boolean;
  /** True when the sentence covers question concepts the window does not yet cover. */
  addsCoverage: (window: Window, sentence: number) => boolean;
  /** The question as asked: one asking for someone's words is quoted with them ({@link givesSpeakersWords}). */
  question?: string;
  /**
   * text/correction.ts `quotedWithNext` of a sentence and the one after it, as a reader that
   * keeps it per sentence gives it (it depends on the corpus alone); absent, read from the texts.
   */
  quotedWithNextAt?: (sentence: number) => boolean;
  /**
   * implicit-object.ts `leavesObjectImplicit` of a sentence, as the index saved it at build (it
   * depends on the text alone, and reads WordNet); absent, read from the text.
   */
  objectImplicitAt?: (sentence: number) => boolean;
  /**
   * For a sentence made a candidate as a later reference to what a question asks about
   * (later-references.ts), the sentence naming it, which {@link contextOf} gives too; null or
   * absent otherwise. Such a sentence is quoted from the naming one, across a paragraph
   * break too, when that is what makes it answer.
   */
  referentOf?: (sentence: number) => number | null;
}

/**
 * True when `next` opens its paragraph right after `sentence`, a body paragraph of that one
 * sentence alone, in one article. News pages often set each sentence apart, so there the
 * break ends no unit, and a "She told us: …" opening `next` names no one without `sentence`.
 * Only a speaker's words are quoted across such a break ({@link givesSpeakersWords}); the
 * ranking reads no context across it (features.ts `contextSentence`), only the words of the
 * sentence before a paragraph opening on someone named there (features.ts `scoredAcrossBreak`).
 */
function leansAcrossBreak(sentences: readonly Sentence[], sentence: number, next: number): boolean {
  const own = sentences[sentence];
  const after = sentences[next];
  const before = sentences[sentence - 1];
  return (
    own !== undefined &&
    after !== undefined &&
    next === sentence + 1 &&
    own.kind === 'body' &&
    after.kind === 'body' &&
    own.article === after.article &&
    own.paragraph !== after.paragraph &&
    (before === undefined || before.article !== own.article || before.paragraph !== own.paragraph)
  );
}

/**
 * True when sentence `next` gives the words of someone the question asks to hear ("what did
 * Margaret Ellery tell the radio?": plan/speaker.ts): `next` leans on `sentence`, which names
 * them, by a personal pronoun ("She told us: …"), in its paragraph or across a one-sentence
 * paragraph's break ({@link leansAcrossBreak}), and reports speech, by a quotation mark or a
 * verb of saying (timeline/lexicon.ts); or `next`, in `sentence`'s paragraph, opens a quotation
 * that a personal pronoun attributes where it closes ({@link opensQuotationOfNamed}), whether
 * `sentence` names the speaker or describes them ("the 67-year-old"). The sentence naming her
 * is not her words; quoted alone it answers nothing the question asked.
 */
function givesSpeakersWords(sentence: number, next: number, context: WindowContext): boolean {
  if (context.question === undefined) return false;
  const pointsBackTo =
    context.contextOf(next) === sentence || leansAcrossBreak(context.sentences, sentence, next);
  if (!pointsBackTo && !sameParagraph(context.sentences, sentence, next)) return false;
  const speaker = speakerStems(context.question);
  if (speaker.size === 0) return false;
  // A quotation attributed by a pronoun continues the sentence before it in its paragraph,
  // which says who the pronoun is, by name or by a description ("the 67-year-old accepted the
  // award"): the words are quoted with the sentence the ranking chose, whichever it names.
  if (!pointsBackTo) return opensQuotationOfNamed(next, context);
  if (!termsOf(context.textOf(sentence)).some((t) => speaker.has(t))) return false;
  const text = context.textOf(next);
  return (
    personalPronounSubject(text) &&
    (/["“”]/.test(text) || tokenize(text).some(({ word }) => SPEECH_VERBS.has(word)))
  );
}

/** Words of saying in an attribution (unattributed-quotation.ts). */
const ATTRIBUTION_VERBS = SAYING_VERBS.join('|');
/**
 * A closing quotation mark and a personal pronoun attributing it, in either order: `…," he
 * said.`, `…," said she.`.
 */
const ATTRIBUTED_BY_PRONOUN = new RegExp(
  String.raw`[”"]\s*(?:(?:he|she|they)\s+(?:${ATTRIBUTION_VERBS})|(?:${ATTRIBUTION_VERBS})\s+(?:he|she|they))\b`,
  'i',
);

/**
 * True when sentence `next` opens a quotation (its first character a quotation mark) that
 * closes, within its paragraph and {@link MAX_QUOTATION_SENTENCES}, with a personal pronoun and
 * a verb of saying (`"Anna has had a hard year. … as long as it takes," he said.`). News writing
 * names a speaker, then gives the words and attributes them by a pronoun that points back to the
 * one just named: the quotation is that speaker's, whichever of its words the question repeats.
 */
function opensQuotationOfNamed(next: number, context: WindowContext): boolean {
  if (!/^["“„«]/.test(context.textOf(next))) return false;
  let quoted = '';
  for (let s = next; s < next + MAX_QUOTATION_SENTENCES; s++) {
    if (s > next && !sameParagraph(context.sentences, next, s)) return false;
    const text = context.textOf(s);
    quoted += `${text} `;
    if (!quotationBalance(quoted).endsInside) return ATTRIBUTED_BY_PRONOUN.test(text);
  }
  return false;
}

function sameParagraph(sentences: readonly Sentence[], a: number, b: number): boolean {
  const x = sentences[a];
  const y = sentences[b];
  return (
    x !== undefined && y !== undefined && x.article === y.article && x.paragraph === y.paragraph
  );
}

/**
 * Widens a sentence to the neighbours it needs: the sentence it leans on when its subject is a
 * pronoun, or a description and that sentence adds what the question asks; the next one when it
 * is short or adds what the question asks, or restates an error the next one corrects; and
 * whatever it takes to start and end outside a quotation. Every step stays inside the
 * sentence's paragraph, so a quote holds no paragraph break, but in two cases: a later
 * reference to what the question asks about is quoted from the sentence naming it
 * ({@link WindowContext.referentOf}); and a sentence naming someone whose words the question
 * asks for is quoted with the next, across a one-sentence paragraph's break, when that gives
 * them ("Swimmer Margaret Ellery, 81, …" then "She told us: …": {@link givesSpeakersWords}).
 */
export function widen(sentence: number, context: WindowContext): Window {
  const { sentences, textOf } = context;
  const o = SEARCH_OPTIONS.select;
  const window: Window = { sentence, first: sentence, last: sentence };
  const text = textOf(sentence);
  if (sentences[sentence]?.kind === 'heading') return window;
  // A pronoun or connective never reads alone, nor does "the error" or "this claim", nor a
  // verb whose object is left to the sentence before ("More than 200 people attended.": alone,
  // under another subject's question, it reads as that subject's; implicit-object.ts); a
  // description ("The 65-year-old", "The line") is quoted with the sentence before only when
  // that is what makes it answer.
  const leansOn = context.contextOf(sentence);
  if (
    leansOn !== null &&
    (sameParagraph(sentences, sentence, leansOn) || context.referentOf?.(sentence) === leansOn) &&
    (opensWithPronoun(text) ||
      pointsBack(text) ||
      (context.objectImplicitAt?.(sentence) ?? leavesObjectImplicit(text)) ||
      context.contextHelps(sentence, leansOn))
  )
    window.first = leansOn;
  // "Who said …?" is not answered by a quotation that does not say who speaks: it is quoted
  // with the sentence before of the same paragraph that quotes and names the speaker.
  const before = sentence - 1;
  if (
    window.first === sentence &&
    context.question !== undefined &&
    asksWhoSpoke(context.question) &&
    sameParagraph(sentences, sentence, before) &&
    isBareQuotation(text) &&
    namesQuotedSpeaker(textOf(before))
  )
    window.first = before;
  const next = sentence + 1;
  // A sentence restating an error its article corrects ("Correction: Our article … said the hall
  // was built in 1881.") is quoted with the correction after it ("It was completed in 1878."),
  // never alone, as if it reported the error; so is a correction note whose next sentence gives
  // the right value ("It was in fact held at …") (text/correction.ts).
  if (
    sameParagraph(sentences, sentence, next) &&
    (context.quotedWithNextAt?.(sentence) ?? quotedWithNext(text, textOf(next)))
  )
    window.last = next;
  else if (
    window.last - window.first + 1 < o.maxWindowSentences &&
    ((sameParagraph(sentences, sentence, next) &&
      (wordCount(text) <= o.shortSentenceWords ||
        /:$/.test(text) ||
        context.addsCoverage(window, next))) ||
      givesSpeakersWords(sentence, next, context))
  ) {
    window.last = next;
    // Read last, as it is the rarest: a bare quotation after the words just quoted.
    if (runsOn(window, context) && givesSpeakersWords(sentence, next, context))
      quoteRunOn(window, context);
  }
  closeQuotations(window, context);
  return window;
}

/**
 * Extends a window that ends on a speaker's attributed words over the bare quotations that run
 * on after them in the paragraph (`"We are not refusing to work," he said. "We are refusing to
 * work for free."`), within the longest quote: news writing attributes a quotation once, in
 * its first sentence, and the sentences after it in quotation marks alone are the same
 * speaker's (unattributed-quotation.ts `isBareQuotation`).
 */
function quoteRunOn(window: Window, context: WindowContext): void {
  while (runsOn(window, context)) window.last += 1;
}

/** True when a bare quotation follows `window` in its paragraph, and the longest quote has room for it. */
function runsOn(window: Window, context: WindowContext): boolean {
  return (
    window.last - window.first + 1 < SEARCH_OPTIONS.select.maxWindowSentences &&
    sameParagraph(context.sentences, window.last, window.last + 1) &&
    isBareQuotation(context.textOf(window.last + 1))
  );
}

/** Moves a window's ends out of quotations, within the paragraph and a few sentences. */
function closeQuotations(window: Window, context: WindowContext): void {
  const { first, last } = outsideQuotations(
    window.first,
    window.last,
    context.textOf,
    (a, b) => sameParagraph(context.sentences, a, b),
    SEARCH_OPTIONS.select.maxQuotationSentences,
  );
  window.first = first;
  window.last = last;
}

/** True when two windows of the same article share or touch a sentence. */
export function overlapsOrAdjoins(a: Window, b: Window): boolean {
  return a.first <= b.last + 1 && b.first <= a.last + 1;
}

/** Share of the smaller set that the larger one also holds (the overlap coefficient), 0–1. */
export function overlapCoefficient<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const id of small) if (large.has(id)) shared += 1;
  return shared / small.size;
}
