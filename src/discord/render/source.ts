/**
 * How a source is named in a reply: outlet, title and date exactly as the article states them,
 * "unknown outlet" / "date unknown" where it does not, and a link when its URL is known.
 */
import type { SourceRef } from '../../engine/types.js';
import { escapeMarkdown, truncate } from '../text.js';

/** Shown for an article whose outlet the corpus does not state. */
export const UNKNOWN_OUTLET = 'unknown outlet';
/** Shown for an article whose date the corpus does not state. */
export const UNKNOWN_DATE = 'date unknown';
/** Longest title shown inside a source line before it is cut. */
export const MAX_TITLE_IN_LINE = 150;

/** The URL when it is safe to render as a link (http or https), else null. */
export function linkableUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    // Parentheses and spaces would end a markdown link early.
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return null;
  }
}

/** The outlet as stated, or {@link UNKNOWN_OUTLET}. Plain text, not escaped. */
export function outletName(source: Pick<SourceRef, 'outlet'>): string {
  return source.outlet?.trim() || UNKNOWN_OUTLET;
}

/** The date as stated, or {@link UNKNOWN_DATE}. Plain text, not escaped. */
export function dateText(source: Pick<SourceRef, 'published'>): string {
  return source.published?.trim() || UNKNOWN_DATE;
}

/**
 * One markdown line naming a source: `Outlet · “Title” · date`, the title linked when the URL
 * is known. Every part is escaped, so a hostile title cannot inject markup or links.
 */
export function sourceLine(source: SourceRef, maxTitle = MAX_TITLE_IN_LINE): string {
  const title = escapeMarkdown(truncate(source.title.trim() || 'untitled', maxTitle));
  const url = linkableUrl(source.url);
  const titlePart = url ? `[“${title}”](${url})` : `“${title}”`;
  return `${escapeMarkdown(outletName(source))} · ${titlePart} · ${escapeMarkdown(dateText(source))}`;
}
