/**
 * A page title without the site's name around it: pages title themselves "Headline | Outlet",
 * "Outlet — Headline" or "Headline – Section – Outlet", and that title (`<title>`, `og:title`)
 * is not the headline the article states.
 */
import {
  isCapitalisedWords,
  isOutletName,
  isSectionName,
  readPieceLabel,
} from './credit-fields.js';
import { outletKey } from './copyright.js';
import { isSentenceCase } from './kicker.js';

/** Most words in a site's name beside a section ("Radio Brackwater", "Gull Bay Echo"). */
const MAX_SITE_NAME_WORDS = 3;

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
  if (kept.length === 1 && kept[0] !== undefined) return kept[0];
  return headlineAmongNames(parts, kept.length < parts.length) ?? title;
}

/**
 * The headline among a title's parts when the others are names: "Mayor proposes parking charges
 * | Harbour Affairs | Brackwater Voice" is a headline, then the topic and the site it is filed
 * under. The title has the shape of one, three parts or more, or a part already known as a site's
 * or a section's name (`named`): two parts alone may be a headline of two clauses ("Brexit – What
 * happens next"). The headline is then the one part in sentence case (kicker.ts), at either
 * end, every other part a short run of capitalised words, as names are set; else null (a
 * title-case headline is not told from a name: no guess).
 */
function headlineAmongNames(parts: readonly string[], named: boolean): string | null {
  if (parts.length < 3 && !named) return null;
  const headlines = parts.filter(isSentenceCase);
  const headline = headlines[0];
  if (headlines.length !== 1 || headline === undefined) return null;
  const atEnd = parts[0] === headline || parts[parts.length - 1] === headline;
  const names = parts.filter((part) => part !== headline);
  return atEnd && names.every(isCapitalisedWords) ? headline : null;
}

/**
 * What a page title adds before or after the page's own headline (`h1`), separator removed
 * ("Pier closes | Kestrel Courier" → "Kestrel Courier"); null when the title is not the
 * headline with a separator and something beside it.
 */
function addedToHeadline(title: string, h1: string): string | null {
  return besideHeadline(title, h1)?.added ?? null;
}

/** {@link addedToHeadline}, and on which side of the headline it stands. */
function besideHeadline(
  title: string,
  h1: string,
): { added: string; side: 'after' | 'before' } | null {
  if (title === h1) return null;
  if (title.startsWith(h1) && SEPARATOR_FIRST.test(title.slice(h1.length)))
    return { added: title.slice(h1.length).replace(SEPARATOR_FIRST, ''), side: 'after' };
  if (title.endsWith(h1) && SEPARATOR_LAST.test(title.slice(0, -h1.length)))
    return { added: title.slice(0, -h1.length).replace(SEPARATOR_LAST, ''), side: 'before' };
  return null;
}

/**
 * The outlet a page title names beside its headline ("Ferry report finds … - Maritime Ledger"):
 * of what the title adds to the page's own headline (`h1`), the part at the far end from it
 * (parts between are its section or topic), when it names an outlet (credit-fields.ts); else
 * null. A section's name ("Politics") is no outlet.
 *
 * @example
 * outletInTitle('Harbour fees to double | Kestrel Courier', 'Harbour fees to double') // 'Kestrel Courier'
 */
export function outletInTitle(title: string, h1: string | undefined): string | null {
  const beside = h1 ? besideHeadline(title, h1) : null;
  if (beside === null) return null;
  const part = farEnd(beside);
  return isOutletName(part) && !isSectionName(part) ? part : null;
}

/**
 * The part of what a title adds to its headline at the far end from it: the site's name in
 * "Headline | Courts | Kestrel Courier", a part between them being its section or topic.
 */
function farEnd(beside: { added: string; side: 'after' | 'before' }): string {
  const parts = beside.added.split(SEPARATOR).map((part) => part.trim());
  return (beside.side === 'after' ? parts[parts.length - 1] : parts[0]) ?? '';
}

/** What else a page states of its site's name, to corroborate a name its `<title>` gives. */
export interface SiteEvidence {
  /**
   * Names the page gives its site elsewhere: the text (or a logo's `alt`) of its links to its
   * home page, a copyright notice's holder.
   */
  names: readonly string[];
  /** The holders its copyright notices name (copyright.ts copyrightHolder), among `names` too. */
  holders?: readonly string[];
  /** The host of the page's own address (canonical link, `og:url`), if it states one. */
  host?: string | undefined;
}

/** Letters and figures of a name, in lower case: "Quayside Voice" → "quaysidevoice". */
const compact = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * True when the page states `name` as its site's elsewhere: among `evidence.names` (compared by
 * outletKey: case, a leading "The" and a legal form aside), or spelled by a label of its host
 * ("quayside-voice.co.uk" for "Quayside Voice", with or without "The").
 */
function isStatedSiteName(name: string, evidence: SiteEvidence): boolean {
  const key = outletKey(name);
  if (evidence.names.some((stated) => outletKey(stated) === key)) return true;
  const spelled = new Set([compact(name), compact(name.replace(/^the\s+/i, ''))]);
  return (evidence.host ?? '')
    .toLowerCase()
    .split('.')
    .some((label) => spelled.has(compact(label)));
}

/**
 * The site's name a page's `<title>` gives beside the page's own headline (`h1`): "Festival
 * licence approved | Westmarch Echo", "Festival boss denies fraud – Harbourside Voice" (the
 * en dash WordPress writes as `&#8211;`, decoded), "Pier closes – Courts – Westmarch Echo". The
 * `h1` anchors the reading: the title is that headline exactly, a separator and more, and the
 * site's name is the part at the far end from the headline; parts between them are the
 * section or topic the site files the story under ("Courts"), never its name. That part is what
 * the page titles itself by, stated as `og:site_name` states it. It must name an outlet (a news
 * outlet's noun or a web domain, {@link outletInTitle}'s rule) or be a run of two or more
 * capitalised words, and not be a section's name ("Politics", "Local News"), a section the
 * page's own navigation lists (`sections`, any case: "Harbour Affairs" beside a menu linking to
 * it) nor a piece's kind ("Analysis"); else null. Such a run alone beside the headline ("Pier
 * closes | City Hall") is as often the topic a site files the story under as its name, so it is
 * taken only when the page states the same name elsewhere ({@link SiteEvidence}: its home
 * link, its address, its copyright notice); with a topic between, its place names it. One word
 * without an outlet's noun ("… - Kellan") is as often a place or a section a regional site
 * files the story under as its own name, so it is not taken. Only for a `<title>` beside its
 * `h1`: a headline line in pasted text has no such anchor and is read by {@link outletInTitle}.
 *
 * @example
 * siteNameInTitle('Pier closes | Westmarch Echo', 'Pier closes', [], { names: ['Westmarch Echo'] }) // 'Westmarch Echo'
 * siteNameInTitle('Pier closes – Courts – Westmarch Echo', 'Pier closes') // 'Westmarch Echo'
 * siteNameInTitle('Pier closes | City Hall', 'Pier closes') // null
 * siteNameInTitle('Pier closes | Politics', 'Pier closes') // null
 */
export function siteNameInTitle(
  title: string,
  h1: string | undefined,
  sections: readonly string[] = [],
  evidence: SiteEvidence = { names: [] },
): string | null {
  const candidate = titleCandidate(title, h1, sections);
  if (candidate === null) return null;
  const { part, placed } = candidate;
  if (isOutletName(part) && !isSectionName(part)) return part;
  return /\s/.test(part) && (placed || isStatedSiteName(part, evidence)) ? part : null;
}

/**
 * The name a page's `<title>` sets where a site's name stands beside its headline (`h1`), as
 * {@link siteNameInTitle} reads it, whether or not the page confirms it: a name with a news
 * outlet's noun, or a run of capitalised words that is no section's name (nor one the page's
 * navigation lists, `sections`) nor a piece's kind. Null when the title sets none there. Such a
 * name unconfirmed is never the outlet; it only makes the outlet unknown rather than unstated.
 *
 * @example
 * siteNameCandidate('Pier closes | City Hall', 'Pier closes') // 'City Hall'
 * siteNameCandidate('Pier closes | Politics', 'Pier closes') // null
 */
export function siteNameCandidate(
  title: string,
  h1: string | undefined,
  sections: readonly string[] = [],
): string | null {
  return titleCandidate(title, h1, sections)?.part ?? null;
}

/** {@link siteNameCandidate}, and whether a topic stands between it and the headline. */
function titleCandidate(
  title: string,
  h1: string | undefined,
  sections: readonly string[],
): { part: string; placed: boolean } | null {
  const beside = h1 ? besideHeadline(title, h1) : null;
  if (beside === null) return null;
  const part = farEnd(beside);
  if (part.length === 0 || sections.some((name) => name.toLowerCase() === part.toLowerCase()))
    return null;
  const named =
    (isOutletName(part) && !isSectionName(part)) ||
    (isCapitalisedWords(part) && !isSectionName(part) && !readPieceLabel(part));
  return named ? { part, placed: SEPARATOR.test(beside.added) } : null;
}

/**
 * The parts of a line naming a site and one of its sections, not an article: "Radio Brackwater
 * - News", "Brackwater Voice | Local Politics": two or more short runs of capitalised words
 * between a title's separators, one at least a section's name ("News", "Local Politics", or one
 * the page's navigation lists: `sections`, in lower case) and one at least not. Such a line is a
 * site's header, never the headline. Null for any other line.
 *
 * @example
 * siteAndSection('Radio Brackwater - News') // ['Radio Brackwater', 'News']
 * siteAndSection('Pier closes - News') // null: a headline beside a section
 */
export function siteAndSection(
  line: string,
  sections: ReadonlySet<string> = new Set(),
): string[] | null {
  const parts = line
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length < 2 || !parts.every(isCapitalisedWords)) return null;
  const section = (part: string) => isSectionName(part) || sections.has(part.toLowerCase());
  const names = parts.filter((part) => !section(part));
  // A site's name is short; a longer run of capitalised words is a title-case headline.
  const short = names.every((part) => part.split(/\s+/).length <= MAX_SITE_NAME_WORDS);
  return names.length > 0 && names.length < parts.length && short ? parts : null;
}
