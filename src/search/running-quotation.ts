/**
 * Whose words a quotation paragraph gives when it names no speaker: news writing attributes a
 * quotation once and lets the next paragraphs quote on without attribution, each opening with
 * a quotation mark (the Chicago Manual of Style, 17th ed., 13.30, on quotations running over
 * paragraphs). Such a paragraph continues the speaker of the last attribution before it (Quirk
 * et al. 1985, §14.29–14.31 on direct and reported speech), so its first person ("I told him
 * …", "asked me", "we agreed") is that speaker, named in the attribution sentence or, when
 * that sentence calls them "he" or "the Russian president", in the sentence it leans on
 * (features.ts `contextSentence`, `scoredAcrossBreak`).
 */
import type { Sentence } from '../corpus/types.js';
import { opensWithQuotation, unquotedText } from '../text/quotation.js';
import { tokenize } from '../text/terms.js';
import { SAYING_VERBS } from './select/unattributed-quotation.js';

/**
 * The first person, as written in running text: "US" in capitals is the country, not "us", so
 * the forms are matched with their case (lower case, or capitalised at a sentence's start).
 */
const FIRST_PERSON =
  /(?<![\p{L}\p{N}])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)(?![\p{L}\p{N}'’])/u;

/** The verbs of saying of unattributed-quotation.ts, as a set to look a word up in. */
const SAYING = new Set(SAYING_VERBS);

/**
 * Paragraphs of unattributed quotation read back at most before the attribution: a longer run
 * of quotation names its speaker again, and reading further costs for nothing.
 */
const MAX_QUOTATION_PARAGRAPHS = 3;

/** True when a paragraph's text opens with a quotation mark and holds nothing but quotation. */
export function isQuotationParagraph(text: string): boolean {
  return opensWithQuotation(text) && !/\p{L}/u.test(unquotedText(text));
}

/**
 * True when `text` attributes words to a speaker: a verb of saying outside quotation marks
 * ("The Russian president said the force …", `"…," said Putin`).
 */
export function attributesWords(text: string): boolean {
  return tokenize(unquotedText(text)).some(({ word }) => SAYING.has(word));
}

/**
 * For sentence `sentence`, when it speaks in the first person inside a paragraph that is all
 * quotation, with no attribution of its own: the sentence attributing those words, the last
 * sentence of the nearest paragraph before that is not all quotation, when it attributes
 * words ({@link attributesWords}) and lies in the same article. Null otherwise: a sentence with
 * no first person, an attributed quotation, or a quotation after text that names no speaker
 * (whose "I" is no one the article names). Paragraphs of quotation between (a quotation
 * running over several, the Chicago Manual 13.30) are read through, up to
 * {@link MAX_QUOTATION_PARAGRAPHS}.
 */
export function quotationSpeaker(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  sentence: number,
): number | null {
  const own = sentences[sentence];
  if (own === undefined || own.kind !== 'body') return null;
  if (!FIRST_PERSON.test(textOf(sentence))) return null;
  let first = paragraphStart(sentences, sentence);
  if (!quotationParagraphAt(sentences, textOf, first)) return null;
  for (let read = 0; read < MAX_QUOTATION_PARAGRAPHS; read++) {
    const last = first - 1;
    const before = sentences[last];
    if (before === undefined || before.article !== own.article || before.kind !== 'body')
      return null;
    first = paragraphStart(sentences, last);
    if (!quotationParagraphAt(sentences, textOf, first))
      return attributesWords(textOf(last)) ? last : null;
  }
  return null;
}

/**
 * {@link isQuotationParagraph} of the paragraph opening at sentence `first`. The paragraph's
 * text opens as its first sentence does when that sentence holds more than spaces, so a
 * paragraph whose first sentence opens with no quotation mark (most of them) is told without
 * joining its sentences: a speech of long paragraphs would join one per sentence read.
 */
function quotationParagraphAt(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  first: number,
): boolean {
  const opening = textOf(first);
  if (opening.trim().length > 0 && !opensWithQuotation(opening)) return false;
  return isQuotationParagraph(paragraphText(sentences, textOf, first));
}

/** The first sentence of `sentence`'s paragraph (body text of its article). */
function paragraphStart(sentences: readonly Sentence[], sentence: number): number {
  const own = sentences[sentence] as Sentence;
  let first = sentence;
  for (;;) {
    const before = sentences[first - 1];
    if (
      before === undefined ||
      before.article !== own.article ||
      before.kind !== 'body' ||
      before.paragraph !== own.paragraph
    )
      return first;
    first -= 1;
  }
}

/** The text of the paragraph opening at `first`, its sentences joined by a space. */
function paragraphText(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  first: number,
): string {
  const own = sentences[first] as Sentence;
  const parts: string[] = [];
  for (let s = first; ; s++) {
    const at = sentences[s];
    if (at?.article !== own.article || at.kind !== 'body' || at.paragraph !== own.paragraph) break;
    parts.push(textOf(s));
  }
  return parts.join(' ');
}
