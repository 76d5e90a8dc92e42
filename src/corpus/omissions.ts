/**
 * Where cleaning left something out inside a paragraph: the paragraph's words stand in the
 * source in runs with other text between them (a block of links, an advertisement's line, a
 * page's furniture), so the paragraph as one string is no span of its source. Cleaning changes
 * no word and only drops text and collapses whitespace, so each paragraph is the concatenation
 * of runs of the source, in order; the runs are found by aligning the two, whitespace aside.
 *
 * A quotation marks such an omission with an ellipsis (Chicago Manual of Style, 17th ed.,
 * 13.50–13.56; APA Publication Manual, 7th ed., §8.31): the text shown keeps "…" at each gap,
 * so every piece between two marks is a verbatim run of the source.
 */

/** The ellipsis that marks an omission inside a paragraph, with the spaces around it. */
export const OMISSION_MARK = ' … ';

/** `text` without whitespace. */
const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

const WHITESPACE = /\s/;

/** For each character of `text` but whitespace, its offset in `text`. */
function offsetsOfCharacters(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (!WHITESPACE.test(text[i]!)) at.push(i);
  return at;
}

/**
 * The length of the longest prefix of `needle` found in `haystack` at or after `from`, and where
 * it is first found. Finding is monotone in the prefix's length, so the length is searched by
 * halves.
 */
function longestPrefix(
  haystack: string,
  needle: string,
  from: number,
): { length: number; at: number } {
  let low = 0;
  let at = from;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const found = haystack.indexOf(needle.slice(0, mid), from);
    if (found >= 0) {
      low = mid;
      at = found;
    } else high = mid - 1;
  }
  return { length: low, at };
}

/**
 * The offsets in `paragraph` where text of `source` was left out between two of its runs, each
 * at a run of whitespace between words (the mark replaces it) or, where none is, between two
 * characters. Empty when the paragraph is one span of the source, whitespace aside, or when its
 * text is not found in the source at all (no run to align: nothing is claimed).
 *
 * @param source the text cleaning read (a file as decoded, a page's extracted text)
 * @param sourceBare `source` without whitespace (precomputed for an article's paragraphs)
 * @param hint where in `sourceBare` to look first (the end of the paragraph before), or 0
 */
export function omissionsIn(
  paragraph: string,
  sourceBare: string,
  hint = 0,
): { gaps: Array<{ start: number; end: number }>; end: number } {
  const bare = withoutWhitespace(paragraph);
  if (bare.length === 0) return { gaps: [], end: hint };
  const whole = sourceBare.indexOf(bare, hint);
  const anywhere = whole >= 0 ? whole : sourceBare.indexOf(bare);
  if (anywhere >= 0) return { gaps: [], end: anywhere + bare.length };
  const at = offsetsOfCharacters(paragraph);
  const gaps: Array<{ start: number; end: number }> = [];
  let done = 0;
  let from = -1;
  while (done < bare.length) {
    const rest = bare.slice(done);
    const first = from < 0;
    let run = longestPrefix(sourceBare, rest, first ? hint : from);
    if (first && run.length < rest.length) {
      const earlier = longestPrefix(sourceBare, rest, 0);
      if (earlier.length > run.length) run = earlier;
    }
    if (run.length === 0) return { gaps: [], end: hint };
    let length = run.length;
    if (done + length < bare.length) {
      // A run ends at a word's end: one ending inside a word stops at the space before that
      // word (a shorter prefix of a run is a run), unless the word is all the run has.
      let k = done + length;
      while (k > done + 1 && at[k]! === at[k - 1]! + 1) k -= 1;
      if (k > done + 1 || at[k]! > at[k - 1]! + 1) length = k - done;
      gaps.push({ start: at[done + length - 1]! + 1, end: at[done + length]! });
    }
    from = run.at + length;
    done += length;
  }
  return { gaps, end: from };
}

/**
 * Sentence-final punctuation, then any closing quotation marks or brackets: text left out after
 * it stands between two sentences, inside none.
 */
const SENTENCE_END = /[.!?]["'\u2019\u201d)\]]*$/;

/**
 * Whether the text of `paragraph` before `offset` ends a sentence. Quotes are whole sentences, each
 * a span of the source on its own, so a gap between two sentences needs no mark; marking it would
 * start the next sentence with "…", which is no word of the article.
 */
const endsSentence = (paragraph: string, offset: number) =>
  SENTENCE_END.test(paragraph.slice(0, offset).trimEnd());

/**
 * The paragraphs of a cleaned text with an {@link OMISSION_MARK} at each gap
 * {@link omissionsIn} finds against `source` inside a sentence, or the same paragraphs when none
 * has such a gap.
 */
export function markOmissions(paragraphs: readonly string[], source: string): string[] {
  const bare = withoutWhitespace(source);
  let hint = 0;
  return paragraphs.map((paragraph) => {
    const { gaps, end } = omissionsIn(paragraph, bare, hint);
    hint = end;
    let marked = paragraph;
    for (const gap of [...gaps].reverse().filter((g) => !endsSentence(paragraph, g.start)))
      marked = marked.slice(0, gap.start) + OMISSION_MARK + marked.slice(gap.end);
    return marked;
  });
}
