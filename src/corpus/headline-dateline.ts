/**
 * A dateline beside an HTML page's headline that its layout puts outside the article body: a
 * newsletter set in table cells ("MMR DAILY" / "Wednesday 3 December 2025" in one cell, the
 * headline and story in the next) leaves Readability's article body without it, so the text's
 * own rule for a line that is only a date near the top (date-rules.ts) never sees it.
 */
import { parseDateline } from './dates.js';
import type { HtmlBlock } from './html-blocks.js';

const blockKey = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The date (`YYYY-MM-DD`) a block that is only a date states, when that block is left out of the
 * article body (`inBody` false) and stands beside the headline: the block just above it, or one
 * between it and the body's first block. A date elsewhere outside the body (a site's header
 * bar, a sidebar's list) is not the article's. Null when there is none or no `headline` block.
 */
export function datelineBesideHeadline(
  page: readonly HtmlBlock[],
  headline: string | undefined,
  inBody: (block: HtmlBlock) => boolean,
): string | null {
  if (headline === undefined) return null;
  const at = page.findIndex((block) => blockKey(block.text) === headline);
  if (at < 0) return null;
  const beside = [page[at - 1]];
  for (const block of page.slice(at + 1)) {
    if (inBody(block)) break;
    beside.push(block);
  }
  for (const block of beside)
    if (block !== undefined && !inBody(block) && !block.text.includes('\n')) {
      const date = parseDateline(block.text);
      if (date !== null) return date;
    }
  return null;
}
