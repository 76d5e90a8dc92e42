/**
 * Quotation marks across sentences: a sentence splitter cuts a speaker's quotation of several
 * sentences ("…said: “There is no plan to sell the market hall. Full stop.”") into pieces, and a
 * quote of one piece would start or end inside it. One definition for /ask's quote windows
 * (search/select/widen.ts) and the timeline's quotes (timeline/events.ts).
 */

/**
 * Most sentences a quote is widened to so that it starts and ends outside a quotation: a
 * quotation longer than this is cut rather than quoted whole.
 */
export const MAX_QUOTATION_SENTENCES = 6;

/** Double quotation marks that open a quotation: curly, low-9, a guillemet. */
const OPENING_MARKS = '“„«';
/** Double quotation marks that close a quotation: curly, a guillemet. */
const CLOSING_MARKS = '”»';
/** The straight double quote, which opens or closes by what stands before it. */
const STRAIGHT_MARK = '"';

/**
 * What the character at `i` of `text` does to quotations: opens one (true), closes one (false),
 * or neither (null). Curly and low quotes say which way they go; a straight double quote opens
 * after a space or at `from`, where the text read starts, and closes otherwise. Single quotes are
 * left alone: most are apostrophes.
 */
function quotationMarkAt(text: string, i: number, from: number): boolean | null {
  const c = text[i] as string;
  if (OPENING_MARKS.includes(c)) return true;
  if (CLOSING_MARKS.includes(c)) return false;
  if (c === STRAIGHT_MARK) return i === from || /[\s([{—–-]/.test(text[i - 1] as string);
  return null;
}

/**
 * True when `text` holds a double quotation mark of any kind ({@link quotationMarkAt}'s: straight,
 * curly, low-9, guillemets).
 */
export function holdsQuotationMark(text: string): boolean {
  for (const c of text)
    if (OPENING_MARKS.includes(c) || CLOSING_MARKS.includes(c) || c === STRAIGHT_MARK) return true;
  return false;
}

/**
 * The marks a verbatim quote is shown between: double curly quotes, or single ones when the quote
 * holds double marks of its own, so an article's quotation is never shown as `““We …””`:
 * quotations within quotations alternate double and single marks (Chicago Manual of Style, 17th
 * ed., §6.11; New Hart's Rules §9.2). The quote itself is left as it is.
 */
export function quoteMarksFor(quote: string): readonly [string, string] {
  return holdsQuotationMark(quote) ? ['‘', '’'] : ['“', '”'];
}

/**
 * `quote` between the marks {@link quoteMarksFor} gives it: `We sail at eight.` → `“We sail at
 * eight.”`, `“We sail,” she said.` → `‘“We sail,” she said.’`.
 */
export function inQuoteMarks(quote: string): string {
  const [open, close] = quoteMarksFor(quote);
  return `${open}${quote}${close}`;
}

/**
 * Where a text stands with quotation marks: whether it closes a quotation it did not open
 * (it starts inside one) and whether it opens one it does not close (it ends inside one).
 * Marks are read as {@link quotationMarkAt} says.
 */
export function quotationBalance(text: string): { startsInside: boolean; endsInside: boolean } {
  let depth = 0;
  let startsInside = false;
  for (let i = 0; i < text.length; i++) {
    const opens = quotationMarkAt(text, i, 0);
    if (opens === null) continue;
    if (opens) depth += 1;
    else if (depth > 0) depth -= 1;
    else startsInside = true;
  }
  return { startsInside, endsInside: depth > 0 };
}

/**
 * The characters of `text` outside quotation marks, the marks left out, as {@link
 * quotationMarkAt} reads them; a quotation left open runs to the end of the text (as one running
 * on over a paragraph break does: the Chicago Manual 13.30). `"We will not hurry," said Valdt.`
 * → ` said Valdt.`
 */
export function unquotedText(text: string): string {
  let depth = 0;
  let outside = '';
  for (let i = 0; i < text.length; i++) {
    const opens = quotationMarkAt(text, i, 0);
    if (opens === true) depth += 1;
    else if (opens === false) depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += text[i];
  }
  return outside;
}

/** True when `text`, leading spaces aside, opens with a quotation mark ({@link quotationMarkAt}). */
export function opensWithQuotation(text: string): boolean {
  const opened = text.trimStart();
  return opened.length > 0 && quotationMarkAt(opened, 0, 0) === true;
}

/**
 * {@link quotationBalance}'s `endsInside` for ever longer stretches of one text that start at
 * the same place (`text.slice(from, to)` for a growing `to`), each read on from where the last
 * one ended: the sentences of a paragraph, one after another, cost one reading of the paragraph,
 * not one of everything before each.
 */
export class OpenQuotations {
  #at: number;
  #depth = 0;

  /** Reads `text` from `from`. */
  constructor(
    private readonly text: string,
    readonly from: number,
  ) {
    this.#at = from;
  }

  /** Where the next stretch may end, at the earliest: the end of the last one. */
  get at(): number {
    return this.#at;
  }

  /**
   * True when `text.slice(from, to)` opens a quotation it does not close. Throws when `to` is
   * before {@link at}.
   */
  endsInsideAt(to: number): boolean {
    if (to < this.#at) throw new Error('quotation: stretches are read in order');
    for (; this.#at < to; this.#at++) {
      const opens = quotationMarkAt(this.text, this.#at, this.from);
      if (opens === true) this.#depth += 1;
      else if (opens === false && this.#depth > 0) this.#depth -= 1;
    }
    return this.#depth > 0;
  }
}

/**
 * The sentence range `first`–`last` (indices) moved out of quotations: earlier while its first
 * sentence closes a quotation it did not open, later while the range opens one it does not
 * close, one sentence at a time, only to sentences `joins` allows (its paragraph's) and to at
 * most `max` sentences in all.
 *
 * @param textOf a sentence's text by index
 * @param joins true when sentence `b` may join a range holding sentence `a` (adjacent indices)
 */
export function outsideQuotations(
  first: number,
  last: number,
  textOf: (sentence: number) => string,
  joins: (a: number, b: number) => boolean,
  max: number = MAX_QUOTATION_SENTENCES,
): { first: number; last: number } {
  while (
    last - first + 1 < max &&
    quotationBalance(textOf(first)).startsInside &&
    joins(first, first - 1)
  )
    first -= 1;
  const spanText = () => {
    let text = '';
    for (let s = first; s <= last; s++) text += `${textOf(s)} `;
    return text;
  };
  while (last - first + 1 < max && quotationBalance(spanText()).endsInside && joins(last, last + 1))
    last += 1;
  return { first, last };
}
