/**
 * How a source is named in a reply: outlet, title and date exactly as the article states them,
 * "unknown outlet" / "date unknown" where it does not, and a link when its URL is known.
 */
import type { SourceRef } from '../../engine/types.js';
import { fitEscaped } from '../text.js';

/** Shown for an article whose outlet the corpus does not state. */
export const UNKNOWN_OUTLET = 'unknown outlet';
/** Shown for an article whose date the corpus does not state. */
export const UNKNOWN_DATE = 'date unknown';
/** Longest title shown inside a source line before it is cut. */
export const MAX_TITLE_IN_LINE = 150;
/** Longest outlet name and date shown inside a source line (as stated, but bounded). */
export const MAX_OUTLET_IN_LINE = 80;
export const MAX_DATE_IN_LINE = 40;

/** Longest URL linked: a link's URL counts toward the embed text limits. */
export const MAX_LINK_URL = 300;

/** The URL when it is safe to render as a link (http or https, at most {@link MAX_LINK_URL}), else null. */
export function linkableUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    // Parentheses and spaces would end a markdown link early.
    const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
    return href.length <= MAX_LINK_URL ? href : null;
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
  const title = fitEscaped(source.title.trim() || 'untitled', maxTitle);
  const url = linkableUrl(source.url);
  const titlePart = url ? `[“${title}”](${url})` : `“${title}”`;
  return `${fitEscaped(outletName(source), MAX_OUTLET_IN_LINE)} · ${titlePart} · ${fitEscaped(dateText(source), MAX_DATE_IN_LINE)}`;
}
