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

/**
 * Where a text stands with quotation marks: whether it closes a quotation it did not open
 * (it starts inside one) and whether it opens one it does not close (it ends inside one).
 * Curly and low quotes say which way they go; a straight double quote opens after a space or
 * at the start, and closes otherwise. Single quotes are left alone: most are apostrophes.
 */
export function quotationBalance(text: string): { startsInside: boolean; endsInside: boolean } {
  let depth = 0;
  let startsInside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let opens: boolean;
    if (c === '“' || c === '„' || c === '«') opens = true;
    else if (c === '”' || c === '»') opens = false;
    else if (c === '"') opens = i === 0 || /[\s([{—–-]/.test(text[i - 1] as string);
    else continue;
    if (opens) depth += 1;
    else if (depth > 0) depth -= 1;
    else startsInside = true;
  }
  return { startsInside, endsInside: depth > 0 };
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
