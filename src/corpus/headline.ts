/**
 * A page title without the site's name around it: pages title themselves "Headline | Outlet",
 * "Outlet — Headline" or "Headline – Section – Outlet", and that title (`<title>`, `og:title`)
 * is not the headline the article states.
 */
import { isOutletName, isSectionName } from './credit-fields.js';

/** Separators between a headline and a site's name: a bar or dot, or a dash between spaces. */
const SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+/;
const SEPARATOR_FIRST = new RegExp(`^(?:${SEPARATOR.source})`);
const SEPARATOR_LAST = new RegExp(`(?:${SEPARATOR.source})$`);

/**
 * The headline in a page title. When the page's own headline (`h1`) is the title with a site
 * name before or after it, that headline; else the title with parts that are the site's name
 * (`site`), an outlet's name or a section name removed, when exactly one part is left; else the
 * title unchanged (never a guess between two parts).
 *
 * @example
 * withoutSiteName('Harbour fees to double – Politics – Kestrel Courier', {}) // 'Harbour fees to double'
 */
export function withoutSiteName(
  title: string,
  page: { h1?: string | undefined; site?: string | undefined },
): string {
  const { h1, site } = page;
  if (h1 && addedToHeadline(title, h1) !== null) return h1;
  const parts = title.split(SEPARATOR).filter((part) => part.length > 0);
  if (parts.length < 2) return title;
  const siteName = site?.trim().toLowerCase();
  const kept = parts.filter(
    (part) => part.toLowerCase() !== siteName && !isOutletName(part) && !isSectionName(part),
  );
  return kept.length === 1 && kept[0] !== undefined ? kept[0] : title;
}

/**
 * What a page title adds before or after the page's own headline (`h1`), separator removed
 * ("Pier closes | Kestrel Courier" → "Kestrel Courier"); null when the title is not the
 * headline with a separator and something beside it.
 */
function addedToHeadline(title: string, h1: string): string | null {
  if (title === h1) return null;
  if (title.startsWith(h1) && SEPARATOR_FIRST.test(title.slice(h1.length)))
    return title.slice(h1.length).replace(SEPARATOR_FIRST, '');
  if (title.endsWith(h1) && SEPARATOR_LAST.test(title.slice(0, -h1.length)))
    return title.slice(0, -h1.length).replace(SEPARATOR_LAST, '');
  return null;
}

/**
 * The outlet a page title names beside its headline ("Ferry report finds … - Maritime Ledger"):
 * the part the title adds to the page's own headline (`h1`), when it is one part and names an
 * outlet (credit-fields.ts); else null. A section's name ("Politics") is no outlet.
 *
 * @example
 * outletInTitle('Harbour fees to double | Kestrel Courier', 'Harbour fees to double') // 'Kestrel Courier'
 */
export function outletInTitle(title: string, h1: string | undefined): string | null {
  const added = h1 ? addedToHeadline(title, h1) : null;
  if (added === null || SEPARATOR.test(added)) return null;
  return isOutletName(added) && !isSectionName(added) ? added.trim() : null;
}
