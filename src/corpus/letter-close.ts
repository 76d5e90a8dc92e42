/**
 * A letter's close, in a block of plain-text lines: the complimentary close ("Yours, a worried
 * parent", "Yours sincerely,", "Kind regards") ends the letter's body, and a postscript ("P.S.
 * …", "P.P.S. …", "PS: …") is a paragraph of its own. A reader's letter typed without a blank
 * line between them is still three things, never one passage joining the signature to the
 * postscript's news.
 */

/** A line opening a postscript: "P.S.", "P. S.", "P.P.S.", "PS:" (the dotted forms, or a colon). */
const POSTSCRIPT = /^(?:(?:P\.\s?)+S\.|P{1,2}S:)\s*\S/;
/**
 * A complimentary close opening a line ("Yours,", "Yours sincerely", "Yours faithfully,",
 * "Kind regards", "With best wishes", "Many thanks", "All the best"), then at most a short
 * signature, and no sentence's end. The forms are the formal closes and their informal
 * variants (an adjective of warmth before "regards"/"wishes", optionally after "With"), the
 * complimentary closes The Gregg Reference Manual (W. A. Sabin) lists among a letter's parts.
 */
const CLOSE =
  /^(?:Yours(?:\s+(?:sincerely|faithfully|truly|ever))?|(?:With\s+)?(?:Kind|Kindest|Best|Warm|Warmest|Warmer)\s+(?:regards|wishes)|With\s+(?:regards|thanks|love)|(?:Best|Warm|Kind)\s+thanks|Many\s+thanks|All\s+the\s+best|Regards|Sincerely)\b(?:,|$)/i;
const MAX_CLOSE_WORDS = 12;

/** True for a line that is a letter's complimentary close and signature ("Yours, a reader"). */
export const isLetterClose = (line: string): boolean =>
  CLOSE.test(line.trim()) &&
  line.trim().split(/\s+/).length <= MAX_CLOSE_WORDS &&
  !/[.!?]["”’)]?$/.test(line.trim());

/** True for a line that is a complimentary close alone ("Best wishes,", "Yours sincerely"). */
export const isBareClose = (line: string): boolean => {
  const match = CLOSE.exec(line.trim());
  return match !== null && match[0].length === line.trim().length;
};

/**
 * Splits each block (paragraphs of `\n`-joined lines, in order) so that a line that is a
 * letter's close starts a paragraph, with the signature lines under it ("Yours sincerely," /
 * "Ana Ruiz"), and a line that opens a postscript starts one, when other lines share its block;
 * other blocks are returned as they were.
 *
 * @example
 * splitLetterClose(['It must stop.\nYours, a reader\nP.S. The bus was late again.'])
 * // ['It must stop.', 'Yours, a reader', 'P.S. The bus was late again.']
 */
export function splitLetterClose(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) => {
    const parts: string[][] = [[]];
    for (const line of block.split('\n')) {
      const current = parts[parts.length - 1] ?? [];
      if (current.length > 0 && (POSTSCRIPT.test(line.trim()) || isLetterClose(line)))
        parts.push([line]);
      else current.push(line);
    }
    const split = parts.filter((part) => part.some((line) => line.trim().length > 0));
    return split.length <= 1 ? [block] : split.map((part) => part.join('\n'));
  });
}
