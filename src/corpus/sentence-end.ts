/**
 * How a sentence ends, for the line and paragraph rules of cleaning: its final punctuation
 * (".", "!", "?", "…"), then any closing quotation marks and brackets ("… he said.”",
 * "(see below.)"). One definition, so that a heading, a label and a paragraph's end are read
 * alike; the rules that mean something narrower or wider build on {@link CLOSING_MARKS}.
 */

/**
 * Closing quotation marks and brackets that may follow a sentence's final punctuation, as a
 * regular-expression source (any number: "… ‘no.’”").
 */
export const CLOSING_MARKS = `["”’'»)\\]]*`;

/** A text ending a sentence: final punctuation, closing marks after it. */
export const SENTENCE_END = new RegExp(`[.!?…]${CLOSING_MARKS}$`);

/**
 * A text ending a sentence or a clause the page sets apart: a colon or a semicolon counts
 * too. Used where the question is whether a line or paragraph stands complete, not whether it
 * is a sentence: a paragraph ending "the council listed three options:" is not cut off by a
 * page break, so the lower-case paragraph after it is not its continuation, and a promotion
 * after such a line stands alone.
 */
export const CLAUSE_END = new RegExp(`[.!?…:;]${CLOSING_MARKS}$`);

/**
 * The space between two sentences at a quotation: after a final "." "!" or "?" (closing marks
 * after it) before an opening quotation mark and a capital ("… at 5pm. “I checked them twice,”
 * she said."), or after a quotation closed by its full stop before a capital ("… left at 5pm."
 * Then …"). A quotation mark between a space and a capital opens a quotation, one right after a
 * full stop closes one; either way the space is a sentence's end unless the full stop is an
 * abbreviation's ("Mr. “Bud” Smith": segment.ts joins those back). "!" and "?" before a closed
 * quotation are left out: the quotation may be the object of the words after it ("“Where is
 * it?” Smith asked").
 */
export const SENTENCE_BREAK_AT_QUOTATION = new RegExp(
  `(?<=[.!?]${CLOSING_MARKS})\\s+(?=["“‘']\\p{Lu})|(?<=\\.["”’'])\\s+(?=\\p{Lu})`,
  'gu',
);

/** A list item's marker in plain text, "-", "*", "•", or a number, "1.", "2)": a source. */
const MARKER = String.raw`(?:[-*•·–]|\d{1,2}[.)])`;
/** {@link MARKER} and the space after it, as a regular-expression source. */
export const ITEM_MARKER = String.raw`${MARKER}\s+`;

/**
 * A list item's marker run on after a sentence's end, before a capital: a plain-text list whose
 * lines were joined into one paragraph ("It closes on 17 April. - Write to your councillor …").
 * Each item is a sentence of its own, as CommonMark reads a list's items (0.31, §5.2), and the
 * marker belongs to neither: the space before it, the marker and the space after it are the cut.
 */
export const LIST_ITEM_AFTER_SENTENCE = new RegExp(
  `(?<=[.!?…]${CLOSING_MARKS})\\s+${ITEM_MARKER}(?=["“‘']?\\p{Lu})`,
  'gu',
);

/** A list item's marker opening a piece of text, before a capital: dropped from its sentence. */
export const LIST_ITEM_OPENING = new RegExp(`^\\s*${ITEM_MARKER}(?=["“‘']?\\p{Lu})`, 'u');

/** A piece of text that is a list item's marker alone ("1.", "2)", "-"). */
export const LIST_ITEM_ALONE = new RegExp(String.raw`^\s*${MARKER}\s*$`, 'u');
