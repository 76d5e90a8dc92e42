/**
 * A wire dateline opening a story's first paragraph: the place, the date it was filed and the
 * outlet, then a dash and the story's first sentence. "Lakeside, March 3, 2024 (Lakeside
 * Courier) - The marathon …", "LONDON, March 3 (Reuters) - …", "WASHINGTON (AP) — …",
 * "KYIV, Ukraine, Jan. 15, 2024 – …" (AP and Reuters style; the AP Stylebook's "datelines"
 * entry). The dateline states metadata (a publication date, an outlet), not an event of the
 * sentence after it, so ingestion takes it off the paragraph and reads what it states.
 *
 * Only what is written is taken: a date without a year ("March 3") gives its day and month, no
 * publication date, and a weekday alone ("HARBURY, Sunday — …", the style of British regional
 * papers) gives neither.
 * To stay clear of sentences that open with a name and a dash ("Tanaka — who ran in 2019 —"),
 * a place in title case must come with a date or an outlet in brackets; a place in capitals
 * alone ("LONDON —") is a dateline by the wire convention.
 * The outlet in brackets closes a dateline by itself, as the dash does (the Reuters Handbook of
 * Journalism: place, date, then "(Reuters)" and the story; feeds often drop the dash after it):
 * "LONDON, Monday (Reuters) The …". Without a dash a name and a bracket may be the sentence's
 * ("Harbour Trust (HT) The …" is no English sentence, but a heading may read so), so there the
 * head must be a place in capitals or carry a date. A place in capitals may be followed by its
 * weekday without the comma ("BERLIN Monday – …"); a weekday is never a place ("MONDAY: …"). Some outlets set a place in
 * capitals off with a colon ("LONDON: The …", the style of British regional papers); a colon
 * also sets off a label of the story's subject ("NHS: Hospitals …"), so a label before a colon is
 * a place only where the article reads it as one ({@link mayBePlaceLabel}).
 * A place in capitals and its date alone on a line, with no dash ("KESTREL BAY, Saturday", the
 * story on the next line), is a dateline too: the line break ends it as a dash would.
 */
import { monthDayString } from '../text/dates.js';
import { MONTH_RE, monthNumberIgnoringCase } from '../text/months.js';
import { parseDateline } from './dates.js';
import { isHeaderKey } from './front-matter.js';
import { paragraphKind } from './paragraph-kind.js';
import { PLAYER_LABEL } from './player-bar.js';
import { escapeRegExp } from '../text/escape.js';

/** What a wire dateline states, and where the story's sentence starts after it. */
export interface WireDateline {
  /** The dateline as written, without the dash. */
  dateline: string;
  /** The publication date as `YYYY-MM-DD`; null when the dateline gives no year. */
  published: string | null;
  /**
   * The day and month a date without a year states ("May 15"), as `--MM-DD` (text/dates.ts
   * MonthDay); null when the dateline gives a year, or no day.
   */
  monthDay: string | null;
  /**
   * The day of the week a dateline names alone ("KESTREL BAY, Saturday —"), 0 for Sunday to 6
   * for Saturday (as `Date.getUTCDay`); null when it names none.
   */
  weekday: number | null;
  /** The outlet in brackets ("Reuters", "Lakeside Courier"), or null. */
  outlet: string | null;
  /** Offset in the paragraph where the sentence after the dash starts. */
  end: number;
}

/**
 * Head (place and date), an optional outlet in brackets (or between slashes, as a press-release
 * wire sets its name: "KELLOW, Wales, March 4, 2026 /PRNewswire/ -- …"), then a dash: a hyphen
 * between spaces ("Bielsko-Biała" is a place) or an en/em dash, spaced or closed up (US style
 * sets it closed up: "WASHINGTON—The …"), or a colon and a space (captured), or, after the
 * outlet's closing bracket, a space alone, then the sentence, which starts with a capital, a
 * digit or an opening quotation mark.
 */
const SHAPE =
  /^([^()\n—–]{2,80}?)\s*(?:\(([^()\n]{1,40})\)|\/([^()/\n]{1,40})\/)?(?:\s+-{1,2}\s+|\s*[—–]\s*|(:)\s+|(?<=\))\s+)(?=["“‘'«\p{Lu}\d])/u;
/**
 * The same head and outlet with the dash (or the outlet's bracket) ending the line: the story starts on the next line or
 * in the next paragraph ("TOLLMERE, February 10, 2025 (Orlan Herald) —", then "Council …"), as
 * a dateline with no outlet ("MARROWICK, Jan. 14, 2021 —") is read on its own line (dates.ts).
 */
const SHAPE_AT_LINE_END =
  /^([^()\n—–]{2,80}?)\s*(?:\(([^()\n]{1,40})\)|\/([^()/\n]{1,40})\/)?(?:\s+-{1,2}|\s*[—–]|(?<=\)))\s*$/u;
/**
 * A head alone on its line with no dash or bracket after it ("KESTREL BAY, Saturday", then the
 * story on the next line): the line break ends the dateline as the dash would (the AP
 * Stylebook's "datelines": the place in capitals, then the date). Read only as a place in
 * capitals with a date ({@link parseWireDateline}): a line of title-case words is a heading's.
 */
const HEAD_ALONE = /^([^()\n—–:]{2,80}?)\s*$/u;
/**
 * Labels in capitals set before a dash or a colon at a story's start that are no place: an
 * editor's ("UPDATE:", "CORRECTION —"), a piece's kind ("ANALYSIS:"), a transcript's speaker
 * role ("PRESENTER:"), a live or video label ("LIVE —", "WATCH:"), or a player's ("ON AIR NOW –",
 * player-bar.ts): what the page does, not where the story was filed.
 */
const PLAYER = new RegExp(`^${PLAYER_LABEL}$`, 'i');
const STORY_LABEL =
  /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|EXCLUSIVE|CORRECTION|CLARIFICATION|EDITOR'?S NOTE|NOTE|ANALYSIS|OPINION|COMMENT|REVIEW|INTERVIEW|EXPLAINER|FACT CHECK|PICTURED|WARNING|PS|PRESENTER|HOST|INTERVIEWER|REPORTER|ANCHOR|LIVE|LATEST|(?:LISTEN|WATCH)(?: LIVE| AGAIN| NOW)?)$/;
/** One part of a place: a run of up to four capitalised words ("New York", "St. John's", "D.C."). */
const PLACE_PART = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A date without a year, as wire services write it: "March 3", "Jan. 15", "3 March". */
const YEARLESS_DATE = new RegExp(`^(?:${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})$`, 'i');
/**
 * The day of the week alone, as British regional papers date a story filed that week
 * ("HARBURY, Sunday — Firefighters …"): the dateline's date, giving no publication date.
 */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** The weekdays' names in `Date.getUTCDay` order. */
const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
/** An outlet's name: a few capitalised words or initials ("AP", "Reuters", "Lakeside Courier"). */
const OUTLET = /^\p{Lu}[\p{L}\d'’.&-]*(?:\s+[\p{Lu}&][\p{L}\d'’.&-]*){0,4}$/u;

/** A vowel: a place's name is a word, with one in each of its words ("LEEDS", "NEW YORK"). */
const VOWEL = /[AEIOUYÀ-ÖØ-Ý]/u;

/**
 * True when a label in capitals set off by a colon at a story's start may be its dateline's
 * place, by how the article writes it. A place's name is a word, set in capitals only in the
 * dateline: written in title case in the text ("in Castlebridge") or not at all. A label of
 * letters read one by one ("NHS", no vowel in a word), one the text writes in capitals again (an
 * abbreviation: "the NHS", "NATO allies") or in lower case (a common word: "police said") is
 * the story's subject, not a place, and stays in the text.
 *
 * @example
 * mayBePlaceLabel('CASTLEBRIDGE', 'CASTLEBRIDGE: The depot closed.') // true
 * mayBePlaceLabel('NHS', 'NHS: Hospitals are full.') // false
 * mayBePlaceLabel('POLICE', 'POLICE: Officers said the police would stay.') // false
 */
export function mayBePlaceLabel(label: string, text: string): boolean {
  if (!isWordName(label)) return false;
  const name = escapeRegExp(label).replace(/\s+/g, '\\s+');
  const capitals =
    text.match(new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])`, 'gu'))?.length ?? 0;
  if (capitals > 1) return false;
  return !new RegExp(`(?<![\\p{L}\\d])${name.toLowerCase()}(?![\\p{L}\\d])`, 'u').test(text);
}

/**
 * The paragraph of `text` that `line` opens, from the line to the paragraph's end, its lines
 * joined by one space as cleaning joins them; `line` alone where `text` does not hold it.
 */
function paragraphFrom(line: string, text: string): string {
  const start = text.indexOf(line);
  if (start < 0) return line;
  const end = text.indexOf('\n\n', start);
  return (
    text
      .slice(start, end < 0 ? undefined : end)
      .split('\n')
      .map((part) => part.trim())
      // The text's last paragraph may end in a line break: no line of it.
      .filter((part) => part.length > 0)
      .join(' ')
  );
}

/**
 * The words the story goes on with after the dateline that `line` opens (its first
 * `datelineLength` characters): the rest of its paragraph, or, when the dateline is the whole
 * paragraph, the next paragraph of `text`.
 */
function storyAfter(line: string, datelineLength: number, text: string): string {
  const rest = paragraphFrom(line, text).slice(datelineLength).trim();
  if (rest.length > 0 || line.length > datelineLength) return rest;
  const at = text.indexOf(line);
  if (at < 0) return '';
  const next = text.slice(at + line.length).replace(/^\s+/u, '');
  return paragraphFrom(next.split('\n')[0] ?? '', next);
}

/** The `--MM-DD` of a date without a year ("May 15", "15 May", "Jan. 15"); else null. */
export function yearlessMonthDay(text: string): string | null {
  if (!YEARLESS_DATE.test(text)) return null;
  const words = text.split(/\s+/);
  const monthFirst = /^\d/.test(words[1] ?? '');
  const month = monthNumberIgnoringCase(words[monthFirst ? 0 : 1] ?? '');
  const day = Number(words[monthFirst ? 1 : 0]);
  return month === undefined ? null : monthDayString(month, day);
}

function isDate(text: string): boolean {
  return parseDateline(text) !== null || YEARLESS_DATE.test(text) || WEEKDAY.test(text);
}

/** True when every word of `place` has a vowel, as a place's name does ("LEEDS"; not "NHS"). */
function isWordName(place: string): boolean {
  return place.split(/[\s,.'’-]+/).every((word) => word.length === 0 || VOWEL.test(word));
}

/**
 * The place and weekday of a head that sets a place in capitals before its weekday without a
 * comma ("BERLIN Monday", "NEW YORK Tuesday"); null otherwise. Only a place in capitals: in
 * title case the words may be the sentence's ("Officials Monday …" is no dateline).
 */
function placeThenWeekday(head: string): { place: string; date: string } | null {
  const match = /^(.+?)\s+(\p{L}+)$/u.exec(head);
  if (match === null || !WEEKDAY.test(match[2] ?? '')) return null;
  const place = match[1] ?? '';
  return /\p{Ll}/u.test(place) || !isWordName(place) ? null : { place, date: match[2] ?? '' };
}

/**
 * Reads a wire dateline at the start of a paragraph (see the file header); null when the
 * paragraph does not open with one. `text` is the article's whole text, which tells whether a
 * label before a colon is a place ({@link mayBePlaceLabel}); by default the paragraph alone.
 *
 * @example
 * parseWireDateline('LONDON, March 3, 2024 (Reuters) - Shares rose.')
 * // { dateline: 'LONDON, March 3, 2024 (Reuters)', published: '2024-03-03', monthDay: null, weekday: null, outlet: 'Reuters', end: 34 }
 */
export function parseWireDateline(paragraph: string, text = paragraph): WireDateline | null {
  const marked = SHAPE.exec(paragraph) ?? SHAPE_AT_LINE_END.exec(paragraph);
  const match = marked ?? HEAD_ALONE.exec(paragraph);
  if (!match) return null;
  const outlet = (match[2] ?? match[3])?.trim() ?? null;
  // "TOLLMERE, February 10, 2025, (Orlan Herald) —": US style sets a comma after the year.
  const written = (match[1] ?? '').trim();
  const head = outlet === null ? written : written.replace(/,$/u, '');
  if (outlet !== null && !OUTLET.test(outlet)) return null;
  const parts = head.split(/\s*,\s*/);
  // The date is the last parts ("March 3, 2024" is two): the rest is the place.
  let placeParts = parts;
  let date: string | null = null;
  for (let k = 1; k < parts.length; k += 1) {
    const candidate = parts.slice(k).join(', ');
    if (isDate(candidate)) {
      placeParts = parts.slice(0, k);
      date = candidate;
      break;
    }
  }
  const unseparated = parts.length === 1 ? placeThenWeekday(head) : null;
  if (date === null && unseparated !== null) {
    placeParts = [unseparated.place];
    date = unseparated.date;
  }
  // "March 26 (MNA) -", "Tuesday (AFP) —": a wire story filed with no place states its date and
  // agency alone. Only with the agency's bracket: a date and a dash alone open sentences
  // ("Sunday — the day the moor burned — began quietly").
  const placeless = date === null && outlet !== null && isDate(head);
  if (placeless) {
    placeParts = [];
    date = head;
  }
  if (!placeParts.every((part) => PLACE_PART.test(part))) return null;
  const place = placeParts.join(', ');
  const inCapitals = !placeless && !/\p{Ll}/u.test(place);
  if (date === null && outlet === null && !inCapitals) return null;
  // "Harbour Trust (HT) The …": with no dash, the bracket closes a dateline only after a place
  // in capitals or a date.
  // Alone on its line, a bracket after a name is as often a masthead's ("THE TIMES (London)"):
  // there the head must carry a date.
  const bare = !/[-—–:]\s*$/u.test(match[0]);
  const lineEnd = match[0].length === paragraph.length;
  if (bare && date === null && (!inCapitals || lineEnd)) return null;
  // A date and a bracket alone on a line are as often a heading's ("March 2024 (Updated)").
  if (placeless && lineEnd) return null;
  // "KESTREL BAY, Saturday" alone on its line: only a place in capitals and its date.
  if (marked === null && (date === null || !inCapitals)) return null;
  if (STORY_LABEL.test(place.replace(/[’]/g, "'")) || PLAYER.test(place)) return null;
  // "MONDAY: …", "SUNDAY —": a day's label over the story, not where it was filed.
  if (placeParts.some((part) => WEEKDAY.test(part))) return null;
  // A dateline opens the story's first paragraph: what follows its dash is prose. A player
  // bar ("ON AIR NOW – Breakfast with Dan Whitcombe, 6am–10am") or a label over a show's or
  // section's name is followed by a heading's words, not a sentence.
  const story = storyAfter(paragraph, match[0].length, text);
  if (!/^["“‘'«\p{Lu}\d]/u.test(story) || paragraphKind(story) !== 'body') return null;
  // "CASTLEBRIDGE: The …": a colon sets off a place as a dash does, but also a label.
  // A title-case word before a colon is a label as often ("Correction, March 9, 2022: …"), so
  // only a place in capitals is read so.
  // A header's key ("HEADLINE:", "HED:", "SLUG:"; front-matter.ts) is a field's, no place.
  if (
    match[4] !== undefined &&
    (!inCapitals || isHeaderKey(place) || !mayBePlaceLabel(place, text))
  )
    return null;
  return {
    dateline: paragraph.slice(0, match[0].length).replace(/\s*(?:[-—–]+|:)?\s*$/, ''),
    published: date === null ? null : parseDateline(date),
    monthDay: date === null ? null : yearlessMonthDay(date),
    weekday: date !== null && WEEKDAY.test(date) ? WEEKDAY_NAMES.indexOf(date.toLowerCase()) : null,
    outlet,
    end: match[0].length,
  };
}
