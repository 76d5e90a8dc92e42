/**
 * One pass of htmlparser2 (the parser under linkedom) over an HTML file before its DOM is built:
 * what the markup shows that the DOM does not keep (which elements were still open when the file
 * ended: cut-off-html.ts), and whether the file is small enough in elements to be read at all.
 *
 * Reading a page (a linkedom DOM, Readability, the page's blocks) costs time with its elements,
 * and more with their depth: Readability weighs each candidate block by the text of everything
 * under it, so a file of nested `<div>`s costs the square of its depth (about 15 s at 512 deep,
 * a minute at 1,000, and past a few thousand the recursion overflows the stack). A news page is
 * far from both bounds: counted in Firefox on 29 September 2021, The Guardian's home page held 3,592
 * elements nested at most 21 deep, Reddit's 2,705 and 30, Twitter's 1,895 and 52 ("Exploring
 * web page complexity", velt.info, 2021; Chamberland-Thibeault and Hallé, "An Empirical Study of
 * Web Page Structural Properties", J. Web Eng. 20(4), 2021, measure tree size and depth over 708
 * sites). So a file past either bound is refused with its problem, never read for minutes.
 */
import { Parser } from 'htmlparser2';
import { ArticleError } from './errors.js';
import { TEXT_BLOCKS } from './cut-off-html.js';

/**
 * The deepest nesting of elements read: the depth past which the HTML parsers of Chromium and
 * WebKit stop nesting (their tree builders' cap, 512), so no browser shows such a page as written.
 */
export const MAX_HTML_DEPTH = 512;
/** The most elements read: about eight times a large news home page's (see the file header). */
export const MAX_HTML_ELEMENTS = 30_000;

/** What {@link scanHtml} reads of a file's markup. */
export interface HtmlScan {
  /**
   * The text blocks (lower-case element names, innermost first) the file ends inside when it
   * closes neither `</body>` nor `</html>`: non-empty when the file was cut off
   * (cut-off-html.ts); empty otherwise.
   */
  openAtEnd: string[];
}

/** Thrown inside the parser's callbacks to stop at the first bound passed. */
class Stop {
  constructor(readonly message: string) {}
}

/**
 * Reads an HTML file's markup in one pass (see the file header).
 *
 * @throws ArticleError when the file nests elements deeper than {@link MAX_HTML_DEPTH} or holds
 *   more than {@link MAX_HTML_ELEMENTS}: its message says which, and what to do.
 */
export function scanHtml(html: string): HtmlScan {
  let ended = false;
  let closedPage = false;
  let depth = 0;
  let elements = 0;
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        elements += 1;
        if (depth > MAX_HTML_DEPTH)
          throw new Stop(
            `nests its elements more than ${MAX_HTML_DEPTH} deep, deeper than a browser builds a page (a news page nests them a few dozen deep): it is not read; save the article's page again`,
          );
        if (elements > MAX_HTML_ELEMENTS)
          throw new Stop(
            `holds more than ${MAX_HTML_ELEMENTS.toLocaleString('en-GB')} HTML elements (a news page holds a few thousand): it is not read, as reading it would take minutes; save the article's page alone`,
          );
      },
      onclosetag(name, implied) {
        depth -= 1;
        if (!implied && (name === 'body' || name === 'html')) closedPage = true;
        if (ended && implied && TEXT_BLOCKS.has(name)) open.push(name);
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.write(html);
    ended = true;
    parser.end();
  } catch (error) {
    if (error instanceof Stop) throw new ArticleError(error.message);
    throw error;
  }
  return { openAtEnd: closedPage ? [] : open };
}
