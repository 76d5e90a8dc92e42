/**
 * Heading or body: decides a paragraph's {@link ParagraphKind} from its length and ending. A
 * short line without a sentence's closing punctuation is a heading (a headline, a section
 * label, a masthead); anything else is body text. Cleaning, headline finding and the
 * furniture rules that need "a list of headlines" all read kinds by this one rule.
 */
import { LEGAL_FORM_STOP } from './abbreviations.js';
import { SENTENCE_END } from './sentence-end.js';
import type { ParagraphKind } from './types.js';

/** A paragraph this short without closing punctuation is a heading, not a sentence. */
const HEADING_MAX_WORDS = 16;
/** Longer than this many characters, a paragraph is body text whatever its ending. */
const HEADING_MAX_LENGTH = 200;

/**
 * A headline quoting someone: "Mayor: “We will not raise taxes.”", "Residents ask: "Who will
 * pay?"". Its closing punctuation is the quotation's, inside the closing quotation mark.
 */
const QUOTING_HEADLINE = /^[^"“‘«'.!?]{1,80}:\s*["“‘«'].*[.!?…]["”’»']$/;

/** The kind of a paragraph `text` (lines joined by one space), wherever it stands. */
export function paragraphKind(text: string): ParagraphKind {
  if (text.length > HEADING_MAX_LENGTH) return 'body';
  const words = text.split(' ').length;
  return words <= HEADING_MAX_WORDS && !SENTENCE_END.test(text) ? 'heading' : 'body';
}

/**
 * A paragraph's kind; the first paragraph of an article below any headings (a masthead, a
 * section label) may also be a headline that ends like a sentence, only there (further down,
 * such a line is reporting): one quoting someone, or one whose final full stop is a company's
 * legal form's ("Velstra to acquire Hollin Foods N.V."). English sets one full stop for an
 * abbreviation that ends a sentence, so in the body "The contract went to Hollin Foods Ltd."
 * is a sentence.
 */
export function kindAt(text: string, atTop: boolean): ParagraphKind {
  const kind = paragraphKind(text);
  if (
    kind === 'body' &&
    atTop &&
    text.length <= HEADING_MAX_LENGTH &&
    text.split(' ').length <= HEADING_MAX_WORDS &&
    (QUOTING_HEADLINE.test(text) || LEGAL_FORM_STOP.test(text))
  )
    return 'heading';
  return kind;
}
