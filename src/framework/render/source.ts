/**
 * How a source is named in a reply: the title (linked when the URL is known), then outlet and
 * date exactly as the article states them, each said once. What an article does not state is
 * said plainly, once ("Outlet not stated", "date not stated", "Outlet and date not stated"),
 * never guessed.
 */
import type { SourceRef } from '../../engine/types.js';
import { utcDate } from '../../text/calendar.js';
import { parseMonthDay, parsePartialDate } from '../../text/dates.js';
import { writtenDay, writtenDayMonth, writtenMonth } from '../../text/written-dates.js';
import { fitEscaped } from '../text.js';
import { keptIn } from '../../text/bounded-memo.js';

/** Longest title shown inside a source line before it is cut. */
export const MAX_TITLE_IN_LINE = 150;
/** Longest outlet name and date shown inside a source line (as stated, but bounded). */
export const MAX_OUTLET_IN_LINE = 80;
export const MAX_DATE_IN_LINE = 40;
/** Shown for an article with no title. */
export const UNTITLED = 'Untitled article';

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

/** The title as stated, or {@link UNTITLED}. Plain text, not escaped. */
export function titleText(source: Pick<SourceRef, 'title'>): string {
  return source.title.trim() || UNTITLED;
}

/**
 * A stated date as people read it, at the precision stated: `2020-08-27` → "27 August 2020",
 * `2020-08` → "August 2020", `2020` → "2020". Anything else, an impossible day such as
 * `2021-02-29` included, is shown as stated.
 */
export function readableDate(published: string): string {
  return keptIn(readableDates, published, MAX_KEPT_READABLE_DATES, () =>
    readableDateOnce(published),
  );
}

/**
 * Dates made readable, kept: every passage of a reply names its source's date, a corpus states
 * few distinct dates, and `Intl.DateTimeFormat.format` was a few per cent of a served /ask's CPU
 * (a profile of `router.dispatch`, session 20).
 */
const readableDates = new Map<string, string>();
/** Distinct date strings {@link readableDates} keeps at most. */
const MAX_KEPT_READABLE_DATES = 10_000;

/** {@link readableDate}, made anew. */
function readableDateOnce(published: string): string {
  const stated = parsePartialDate(published.trim());
  if (!stated) return published.trim();
  const { year, month, day } = stated;
  if (month === undefined) return String(year);
  const date = utcDate(year, month, day ?? 1);
  return day === undefined ? writtenMonth(date) : writtenDay(date);
}

/**
 * A day and month stated without a year (`--MM-DD`, text/dates.ts MonthDay) as people read it,
 * the year said to be unknown: `--05-15` → "15 May, year not stated"; anything else as stated.
 */
export function readableMonthDay(monthDay: string): string {
  const stated = parseMonthDay(monthDay.trim());
  if (!stated) return monthDay.trim();
  // A leap year, so 29 February reads as stated; the year itself is never shown.
  const date = utcDate(2000, stated.month, stated.day);
  return `${writtenDayMonth(date)}, year not stated`;
}

/** Characters of an unreadable stated date shown in a source line before it is cut. */
const MAX_UNREAD_DATE_IN_LINE = 24;

/**
 * A date the article states in a form no rule reads (SourceRef.publishedUnread), quoted as
 * written and said to be unread, so it is neither "not stated" (untrue) nor taken for a date:
 * "around midsummer 2025" → `date not read: “around midsummer 2025”`; cut with "…" past
 * {@link MAX_UNREAD_DATE_IN_LINE} characters, at a word's end.
 */
export function unreadDateText(unread: string): string {
  const text = unread.trim();
  let shown = text;
  if (text.length > MAX_UNREAD_DATE_IN_LINE) {
    // Cut at a word's end where one is near, so no word is shown half.
    const cut = text.slice(0, MAX_UNREAD_DATE_IN_LINE - 1);
    const space = cut.lastIndexOf(' ');
    shown = `${(space > 0 && /\S/u.test(text[cut.length] ?? '') ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return `date not read: “${shown}”`;
}

/**
 * Said of a field `articles.json` sets to null: the administrator gives none there, and the
 * article's own statement, if it makes one, is not used (so "not stated" would be untrue).
 */
const NOT_GIVEN = 'not given in articles.json';

/**
 * Said of an outlet the article names only where an outlet's name may stand, with nothing to
 * confirm it (a `<title>`'s site name alone): the article may state it, so "not stated" would
 * be untrue, and the name is not shown, as it may be a topic.
 */
const UNCONFIRMED = 'Outlet unknown';
/**
 * Said of a date no rule reads though the article's package gives one that may be it (an
 * e-mail's sending date): "not stated" would be untrue, and the sending date is not shown as the
 * publication date.
 */
const DATE_UNCONFIRMED = 'date unknown';

/**
 * Outlet and date, each said once and always in that order, the one rendering of an article's
 * source line everywhere (replies, autocomplete, the command line): "DW · 27 August 2020",
 * "DW · date not stated", "Outlet not stated · 27 August 2020", or "Outlet and date not
 * stated"; a field `articles.json` sets to null is "not given in articles.json" ("DW · date not
 * given in articles.json"), which is true whatever the article states; an outlet the article
 * names without confirming it (`outletUnconfirmed`) is "Outlet unknown", and a date known only as
 * a package's sending date (`publishedUnconfirmed`) "date unknown"; a date stated in a form
 * no rule reads (`publishedUnread`) is `date not read: “around midsummer 2025”` ({@link
 * unreadDateText}). Plain text, not escaped.
 */
export function outletAndDate(
  source: Pick<
    SourceRef,
    | 'outlet'
    | 'published'
    | 'publishedMonthDay'
    | 'publishedUnread'
    | 'nullInArticlesJson'
    | 'outletUnconfirmed'
    | 'publishedUnconfirmed'
  >,
): string {
  const outlet = source.outlet?.trim().slice(0, MAX_OUTLET_IN_LINE);
  const date = source.published?.trim()
    ? readableDate(source.published).slice(0, MAX_DATE_IN_LINE)
    : source.publishedMonthDay
      ? readableMonthDay(source.publishedMonthDay).slice(0, MAX_DATE_IN_LINE)
      : source.publishedUnread?.trim()
        ? unreadDateText(source.publishedUnread)
        : '';
  const nulled = (field: 'outlet' | 'published') =>
    source.nullInArticlesJson?.includes(field) === true;
  const unconfirmed = source.outletUnconfirmed === true && !nulled('outlet');
  const dateUnconfirmed = source.publishedUnconfirmed === true && !nulled('published');
  if (
    !outlet &&
    !date &&
    !nulled('outlet') &&
    !nulled('published') &&
    !unconfirmed &&
    !dateUnconfirmed
  )
    return 'Outlet and date not stated';
  const noOutlet = nulled('outlet')
    ? `Outlet ${NOT_GIVEN}`
    : unconfirmed
      ? UNCONFIRMED
      : 'Outlet not stated';
  const noDate = nulled('published')
    ? `date ${NOT_GIVEN}`
    : dateUnconfirmed
      ? DATE_UNCONFIRMED
      : 'date not stated';
  return `${outlet || noOutlet} · ${date || noDate}`;
}

/**
 * The byline as a list of sources shows it (`/sources`, `npm run sources`): "by Ana Ruiz" as
 * stated, "author not given in articles.json" where `articles.json` sets it to null, else "author
 * not stated". A list of sources is where an administrator checks what each article states, so an
 * author it does not state is said, as an unstated date is; a reply's source line leaves the
 * author out whether stated or not. Plain text, not escaped.
 */
export function authorText(source: Pick<SourceRef, 'author' | 'nullInArticlesJson'>): string {
  const author = source.author?.trim();
  if (author) return `by ${author}`;
  return source.nullInArticlesJson?.includes('author') === true
    ? `author ${NOT_GIVEN}`
    : 'author not stated';
}

/**
 * One markdown line naming a source: `“Title” — DW · 27 August 2020`, the title linked when the
 * URL is known. Every part is escaped, so a hostile title cannot inject markup or links.
 */
export function sourceLine(source: SourceRef, maxTitle = MAX_TITLE_IN_LINE): string {
  const title = fitEscaped(titleText(source), maxTitle);
  const url = linkableUrl(source.url);
  const titlePart = url ? `[“${title}”](${url})` : `“${title}”`;
  return `${titlePart} — ${fitEscaped(outletAndDate(source), MAX_OUTLET_IN_LINE + MAX_DATE_IN_LINE + 3)}`;
}
