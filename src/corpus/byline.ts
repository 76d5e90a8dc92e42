/**
 * Bylines: the line naming who wrote an article ("By Maria Lopez, Staff Writer",
 * "By Chris Nolan · June 15, 2021"), or a bare name above an e-mail address or a date.
 * General rules for any outlet: a byline is short, starts with capitalised names and never
 * ends like a sentence.
 */
import { outletKey } from './copyright.js';
import {
  isBylineOutlet,
  isInstitutionalAuthor,
  isRoleLine,
  WRITING_ROLE,
} from './credit-fields.js';
import { findDateSpan } from './dates.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';

/** Lower-case particles inside names ("Ursula von der Leyen", "Ana de la Cruz"). */
const PARTICLE = '(?:de|da|del|della|der|den|van|von|la|le|di|du|bin|ibn|al|el|ter|zu)';
/** A capitalised name word ("Maria", "O’Brien", "J.", "Jean-Luc"), not an article or pronoun. */
const WORD =
  "(?!(?:The|A|An|This|That|These|Those|Our|Its|His|Her|Their|Staff)\\b)\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+)*${WORD}){1,3}`;
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*`;
/**
 * How a byline opens: "By", or "Written by", "Words by", "Story by", "Text by"; a reporter's
 * credit as wire services and broadcasters set it, at the head or the foot of a story
 * ("Reporting by Sam Okoye", "Reported by Sam Okoye"); or a magazine's credit label ("Words:
 * Sam Okoye", set beside "Pictures: …"). "Additional reporting by" credits a contributor, not
 * the author, and opens no byline.
 */
const BY = '(?:(?:(?:written|words|story|text|reporting|reported)\\s+)?by:?|words:)';
/**
 * "By NAME[, NAME and NAME][ <separator> role, outlet or date]", or a time or date straight
 * after the names ("By Tom Aske 06:00, 19 MAR 2025": a page setting the two in separate
 * elements, its text joined by a space).
 */
const BY_LINE = new RegExp(
  `^${BY}\\s+(${NAMES})\\s*(?:(?:,|;|\\||·|•|—|–|-|\\/)\\s*(.*)|(?<=\\s)(\\d.*))?$`,
  'iu',
);
/**
 * A publication label and date before the byline, as blog platforms set it ("Posted on March
 * 18, 2026 by Kemi Adeyemi", WordPress's default theme template).
 */
const POSTED_ON = /^(?:posted|published)\s+(?:on\s+)?/i;
/**
 * A tail part: a role or outlet in capitalised words, a date, an e-mail address, a time ("7:05am",
 * "7:05 PM"), or another credit ("Photos by Lars Berg").
 */
const TAIL_PART =
  /^(?:(?:\p{Lu}[\p{L}'’.&-]*|and|of|for|the|in|at|a\.m\.|p\.m\.|\d[\d:,.]*(?:\s?[aApP]\.?[mM]\.?)?)(?:\s+|$))+$|^\S+@\S+$|^(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Vv]ideo|[Gg]raphics?|[Ii]llustrations?|[Aa]dditional reporting|[Ee]diting|[Ee]dited|[Ww]riting|[Rr]esearch|[Ff]act-checking)\s+by\s+\p{Lu}.*$|^(?:[Pp]ictures|[Pp]hotos|[Pp]hotography|[Ii]mages)\s*:\s*\p{Lu}.*$/u;
/**
 * Where a piece was filed from or under, ending a byline: "By Ana Ruiz in Kyiv", "Posted … by
 * Ana Ruiz in Local News, Courts" (a blog's categories). No part of the name, and no outlet.
 */
const FILED_IN = /\s+in\s+\p{Lu}[\p{L}'’.&-]*(?:,?\s+\p{Lu}[\p{L}'’.&-]*)*$/u;
/**
 * Where each of several reporters filed from, set after that reporter's name: before the next
 * name or before the next credit ("Reporting by Jan Orre in Malmo and Peter Kell in London;
 * Editing by …", as wire credits set it). No part of a name. A comma does not end the place
 * ("in Kyiv, Ukraine").
 */
const FILED_IN_BEFORE_NAME =
  /\s+in\s+\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*(?=\s*;|\s+(?:and|&)\s)/gu;
/** A full stop ending a name that no initial ("F.") or suffix ("Jr.", "Snr.") ends in. */
const SENTENCE_STOP = /(?<!(?:^|[\s.])\p{Lu}|\b(?:Jr|Sr|Jnr|Snr))\.$/u;
const BY_START = new RegExp(`^${BY}\\s`, 'i');
const BARE_NAME = new RegExp(`^${NAME}$`, 'u');
/** A label that makes the date after it an update's or a correction's. */
const UPDATE_LABEL =
  /\b(?:updated|last updated|modified|corrected|amended|edited)\s*:?\s*(?:on\s+|at\s+)?$/i;
const SEPARATORS = /\s*(?:,|;|\||·|•|—|–|\s-\s|\/)\s*/;

/** What a byline says: who wrote it, for which outlet and the date it gives, if it says so. */
export interface Byline {
  author: string;
  /** The outlet a field of the byline names as one ("By Ana Ruiz, Kestrel Courier"), else null. */
  outlet: string | null;
  date: string | null;
}

/**
 * Reads a "By …" byline. Null for any other line, including sentences that start with "By"
 * ("By six o'clock, the basement had flooded.").
 *
 * @example
 * parseByline('By Maria Lopez, Staff Writer') // { author: 'Maria Lopez', outlet: null, date: null }
 * parseByline('By Tom Ekwueme · Riverton Daily Star') // { author: 'Tom Ekwueme', outlet: 'Riverton Daily Star', date: null }
 */
export function parseByline(line: string): Byline | null {
  const posted = POSTED_ON.exec(line.trimStart());
  if (posted) return postedByline(line.trimStart().slice(posted[0].length));
  // Most lines do not start with "By": skip the long pattern for them.
  if (!BY_START.test(line.trimStart())) return roleTitledByline(line.trim());
  const match = BY_LINE.exec(line.trim().replace(FILED_IN, '').replace(FILED_IN_BEFORE_NAME, ''));
  // "By" is matched case-insensitively; the names must still be capitalised.
  if (!match?.[1] || !/^\p{Lu}/u.test(match[1]))
    return institutionalByline(line.trim().replace(BY_START, '').trim());
  const fields = tailFields((match[2] ?? match[3])?.trim() ?? '');
  if (fields === null) return null;
  const { outlets, date } = fields;
  // The names' pattern also takes "Dana Whitfield, Harlow County Courier" (capitalised words
  // after a comma) and "Jane Roe, Science Correspondent": a last part that is an outlet or a
  // role is not a co-author.
  // "By Ana Ruiz in Kyiv", "Posted … by Ana Ruiz in Local News": where the piece was filed
  // from or under, no part of the name (the pattern's case-insensitive words take "in").
  const names = match[1]
    .trim()
    .split(FILED_IN)[0]!
    .split(/\s*,\s*/);
  // A credit set as a sentence ends in a full stop ("Reporting by Sam Okoye."): no part of the
  // name, unlike an initial's or a suffix's ("Tom Reddaway Jr.").
  names[names.length - 1] = (names[names.length - 1] ?? '').replace(SENTENCE_STOP, '');
  const last = names[names.length - 1] ?? '';
  if (names.length > 1 && isBylineOutlet(last)) outlets.unshift(last);
  if (names.length > 1 && (isBylineOutlet(last) || isRoleLine(last))) names.pop();
  // Two outlets in one byline: which one published the article is not stated.
  return {
    author: names.join(', '),
    outlet: outlets.length === 1 ? (outlets[0] ?? null) : null,
    date,
  };
}

/** Most words of a staff title before a writer's name ("Senior political correspondent"). */
const MAX_ROLE_WORDS = 4;

/**
 * Most capitalised words of the name after a staff title: a given name, a middle one and a
 * surname (particles such as "de la" are not counted).
 */
const MAX_NAME_WORDS = 3;

/**
 * True for a byline set as a staff title before the name, without "By" ("Herald reporter Owen
 * Lacey"). read-blocks.ts reads one only at the article's head: in the body such a line is a
 * list's entry or a caption ("Political columnist Tom Reyes" among a prize's judges).
 */
export function isRoleTitledByline(line: string): boolean {
  return !BY_START.test(line.trimStart()) && roleTitledByline(line.trim()) !== null;
}

/**
 * A byline without "By" that sets the writer's staff title before the name: "Herald reporter
 * Owen Lacey", "Staff writer Ana Ruiz", "Political editor Tom Reyes · 4 March 2026". A credit
 * line naming the writer is a byline with or without "By" (AP Stylebook, "byline"); the title is
 * a reporter's role (credit-fields.ts isRoleLine) whose noun is set in lower case, as an
 * occupational title before a name is (AP Stylebook, "titles": "peanut farmer Jimmy Carter"),
 * the name a bare name (capitalised words only, {@link isBareName}) and any field after a
 * separator a byline's ({@link tailFields}). A sentence opening so ("Herald reporter Owen Lacey
 * found …") is no byline: the words after the name are no name's. The title names no outlet
 * ("Herald reporter": which Herald is not stated).
 */
function roleTitledByline(line: string): Byline | null {
  const words = line.split(/\s+/, MAX_ROLE_WORDS + 1);
  if (!/^\p{Lu}/u.test(line)) return null;
  let prefix = '';
  for (const word of words.slice(0, MAX_ROLE_WORDS)) {
    prefix = prefix.length === 0 ? word : `${prefix} ${word}`;
    // An occupational title before a name is lower case ("reporter Owen Lacey"); a title-case
    // headline capitalises it ("Star Reporter Jane Doe Wins Award"), and is no byline.
    if (!isRoleLine(prefix) || !/^\p{Ll}/u.test(word) || !WRITING_ROLE.test(prefix)) continue;
    const rest = line.slice(prefix.length).trim();
    const separator = SEPARATORS.exec(rest);
    const name = separator === null ? rest : rest.slice(0, separator.index);
    if (
      !isBareName(name) ||
      name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length > MAX_NAME_WORDS
    )
      continue;
    const fields = tailFields(separator === null ? '' : rest.slice(separator.index));
    if (fields === null) return null;
    return {
      author: name,
      outlet: fields.outlets.length === 1 ? (fields.outlets[0] ?? null) : null,
      date: fields.date,
    };
  }
  return null;
}

/**
 * What a byline's fields after its names state ("Staff Writer · Kestrel Courier · March 5,
 * 2021"): the outlets named as such and the first date that is not an update's; null when a
 * field is none of a byline's (a role, an outlet, a date, a time, an address, another credit),
 * as the rest of a sentence is.
 */
function tailFields(tail: string): { outlets: string[]; date: string | null } | null {
  let rest = '';
  let date: string | null = null;
  let cursor = 0;
  for (let dated = findDateSpan(tail); dated !== null; dated = findDateSpan(tail.slice(cursor))) {
    const before = tail.slice(cursor, cursor + dated.start);
    // "Updated March 6, 2021" in a byline is the update's date, not the publication's.
    if (date === null && !UPDATE_LABEL.test(before)) date = dated.date;
    rest += `${before} `;
    cursor += dated.end;
  }
  rest += tail.slice(cursor);
  const outlets: string[] = [];
  for (const part of rest.trim().split(SEPARATORS)) {
    if (part.length > 0 && !TAIL_PART.test(part)) return null;
    if (isBylineOutlet(part)) outlets.push(part);
  }
  return { outlets, date };
}

/**
 * A byline crediting an institution or a role rather than a person ("By the Northmoor Ledger
 * editorial board", "By our reporter", "By Staff · 5 March 2021"; `rest` is the line after "By"):
 * the author as stated ({@link isInstitutionalAuthor}), with what its other fields state; null
 * for anything else ("By the time the board met").
 */
function institutionalByline(rest: string): Byline | null {
  const separator = SEPARATORS.exec(rest);
  const head = separator === null ? rest : rest.slice(0, separator.index);
  if (!isInstitutionalAuthor(head)) return null;
  const fields = tailFields(separator === null ? '' : rest.slice(separator.index));
  if (fields === null) return null;
  return {
    author: head.trim(),
    outlet: fields.outlets.length === 1 ? (fields.outlets[0] ?? null) : null,
    date: fields.date,
  };
}

/**
 * "by Carys Webb on Fernley Notes, 2 May 2026" after "Posted": the author, then the site the
 * post went up on (a blog's credit line says where and when it was posted, as "Posted on DATE"
 * says when). The site's name is capitalised words, taken as stated.
 */
const BY_ON_SITE =
  /^by\s+([^,;|·•]+?)\s+on\s+(\p{Lu}[\p{L}\d'’.&-]*(?:\s+\p{Lu}[\p{L}\d'’.&-]*){0,5})(?=$|\s*[,;|·•—–])(.*)$/u;

/** A weekday or month name opening a phrase ("Monday", "May"), which names a time, not a site. */
const DAY_WORD = new RegExp(`^(?:${WEEKDAY_RE}|${MONTH_RE}|today|yesterday|tomorrow)\\b`, 'i');

/**
 * "March 18, 2026 by Kemi Adeyemi" after "Posted on": the date, then a byline; or "by NAME on
 * SITE, DATE" after "Posted" ({@link BY_ON_SITE}); else null.
 */
function postedByline(rest: string): Byline | null {
  const onSite = BY_ON_SITE.exec(rest);
  // "Posted by Ana Ruiz on Monday": a day, not a site.
  if (onSite !== null && findDateSpan(onSite[2]!)?.start !== 0 && !DAY_WORD.test(onSite[2]!)) {
    const byline = parseByline(`By ${onSite[1]!}`);
    const fields = tailFields(onSite[3]!.trim());
    if (byline === null || byline.outlet !== null || byline.date !== null || fields === null)
      return null;
    if (fields.outlets.length > 0) return null;
    return { author: byline.author, outlet: onSite[2]!, date: fields.date };
  }
  const dated = findDateSpan(rest);
  if (dated?.start !== 0) return null;
  const byline = parseByline(rest.slice(dated.end).trim());
  if (byline === null || byline.date !== null) return null;
  return { ...byline, date: dated.date };
}

/**
 * The reporter a wire story's bracketed staff credits name, the story's byline in wire style
 * (Reuters sets it at the foot: "(Reporting by Owen Price; Editing by Clare Dunn)" → "Owen
 * Price"); null when the credits name no reporter ("(Editing by Clare Dunn)", "(Additional
 * reporting by …)") or the line is not in brackets.
 */
export function wireCreditAuthor(line: string): string | null {
  const inner = /^[([]\s*(.*?)\s*[)\]]$/.exec(line.trim());
  return inner === null ? null : (parseByline(inner[1]!)?.author ?? null);
}

/** The author a byline names ("By Maria Lopez · May 18, 2021" → "Maria Lopez"), else the line as stated. */
export function authorOfByline(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  return parseByline(trimmed)?.author ?? trimmed.replace(BY_START, '').trim();
}

/** True for a line that is only a personal name: 2–4 capitalised words ("Jane Smith"). */
export function isBareName(line: string): boolean {
  return BARE_NAME.test(line.trim());
}

/** An author read from a page, and the outlet named at its end ({@link authorAndOutlet}). */
export interface AuthorAndOutlet {
  author: string;
  /** The outlet the author field ended in, as written there; null when it named none. */
  outlet: string | null;
}

/**
 * An author field read from a page without the outlet's name at its end: "Ana Ruiz, Westmarch
 * Lantern" gives "Ana Ruiz" and "Westmarch Lantern" when `outlets` holds that outlet (compared by
 * {@link outletKey}). A byline's names take capitalised words after a comma as a co-author, and
 * an outlet whose name holds no newspaper's word ("Lantern"; credit-fields.ts isBylineOutlet)
 * has a name's shape; an outlet the page or its corpus states elsewhere is known to be one.
 * Anything else is returned as it is.
 *
 * @example
 * authorAndOutlet('Ana Ruiz, Westmarch Lantern', ['Westmarch Lantern']) // { author: 'Ana Ruiz', outlet: 'Westmarch Lantern' }
 * authorAndOutlet('Ana Ruiz, Ben Ode', ['Westmarch Lantern']) // { author: 'Ana Ruiz, Ben Ode', outlet: null }
 */
export function authorAndOutlet(author: string, outlets: Iterable<string>): AuthorAndOutlet {
  const parts = author.split(/\s*,\s*/);
  const last = parts.pop() ?? '';
  if (parts.length === 0 || parts.some((part) => part.length === 0))
    return { author, outlet: null };
  const key = outletKey(last);
  for (const outlet of outlets)
    if (outletKey(outlet) === key) return { author: parts.join(', '), outlet: last };
  return { author, outlet: null };
}
