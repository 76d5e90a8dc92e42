/**
 * Mastheads: the outlet's name set as a line of its own above or beside the headline ("KELLAN
 * COURIER", then the headline). Such a line has the shape of a short heading, as a section
 * label or a title-case headline does, so its shape alone is no statement: it is read as the
 * outlet only when the page corroborates it, by naming the same outlet elsewhere: a copyright
 * notice, a byline or metadata line, a wire dateline, the site name beside the headline, a
 * signature's card opening with it (signature.ts, "Kellan Courier, 14 March Lane, …"), a
 * photo credit ("… Ana Ruiz / Kellan Courier"), a name it extends with a news outlet's noun (the
 * company "(c) Radio Tarn Ltd 2025" publishing "Radio Tarn News"), or, for a line that names itself as an outlet
 * (credit-fields.ts: "Courier", "Times", a domain), the article's own words ("Kellan Courier
 * reported", "told the Courier"). Uncorroborated, the line is left as it was (a heading of the
 * text) and the outlet stays unknown: never a guess.
 */
import { outletKey } from './copyright.js';
import { parseDateline } from './dates.js';
import { withStatedThe } from './stated-case.js';
import {
  isCapitalisedWords,
  isOutletName,
  isOutletNameLast,
  isOutletNoun,
  isPaperTitle,
  isSectionName,
} from './credit-fields.js';
import { escapeRegExp } from '../text/escape.js';
import { CURRENCY_SIGN } from '../text/notation-words.js';
import { YEAR_DIGITS } from '../text/year.js';

/** What the rest of the page says, to corroborate a masthead. */
export interface MastheadEvidence {
  /**
   * Outlets the page names elsewhere (copyright notice, byline, metadata line, wire dateline,
   * title, a signature's card).
   */
  outlets: readonly string[];
  /** Photo captions and credits, which may credit a picture to the outlet ("Ana Ruiz / Kellan Courier"). */
  credits: readonly string[];
  /** The article's body text. */
  body: string;
}

/**
 * Longest masthead named by its last word alone ("told the Courier" for "Gull Bay Courier"),
 * in words after a leading "The": a longer run of capitalised words ending in "Mail" or "Times"
 * is as likely a title-case headline.
 */
const MAX_WORDS_NAMED_BY_NOUN = 3;

/** A name with a leading "The" left out (the page may write either). */
const withoutThe = (name: string) => name.trim().replace(/^the\s+/i, '');
const hasLowerCase = (text: string) => /\p{Ll}/u.test(text);

/**
 * True for a line with a masthead's shape: a short run of capitalised words (or capitals, as
 * mastheads are often set), not a section's name ("World", "Local News").
 */
export function isMastheadShape(line: string): boolean {
  return isCapitalisedWords(line) && !isSectionName(line);
}

/**
 * True for a line that is an outlet's name set as a masthead ("Velmora Courier", "NORTHSHORE
 * HERALD"): a masthead's shape, ending in a news outlet's noun (credit-fields.ts).
 * Such a line is no part of the headline, corroborated or not: it names the outlet (or is
 * left unknown), never the article.
 */
export function isMastheadName(line: string): boolean {
  return isMastheadShape(line) && isOutletNameLast(line);
}

/**
 * True when `line` is the name `stated` (compared by {@link outletKey}: without "The" or a
 * legal form) followed only by news outlet nouns: "Radio Tarn News" beside the footer's
 * "(c) Radio Tarn Ltd 2025". A publisher names its publication after itself, so the page states
 * the name twice; the line is the publication, the other the company (or brand) behind it.
 */
function extendsName(line: string, stated: string): boolean {
  const base = outletKey(stated).split(' ');
  const words = withoutThe(line).split(/\s+/);
  const added = words.slice(base.length);
  return (
    added.length > 0 &&
    outletKey(words.slice(0, base.length).join(' ')) === base.join(' ') &&
    added.every(isOutletNoun)
  );
}

/**
 * The outlet a masthead line names, when the page corroborates it (see the file header), else
 * null. The name is given as the corroborating statement spells it when the masthead is set in
 * capitals only ("KELLAN COURIER" beside "(c) Kellan Courier 2026" gives "Kellan Courier"),
 * else as the masthead spells it.
 *
 * @example
 * mastheadOutlet('KELLAN COURIER', { outlets: ['Kellan Courier'], credits: [], body: '' }) // 'Kellan Courier'
 */
export function mastheadOutlet(line: string, evidence: MastheadEvidence): string | null {
  if (!isMastheadShape(line)) return null;
  const spelled = (other: string) =>
    hasLowerCase(line) || !hasLowerCase(other) ? line : withStatedThe(line, other);
  const key = outletKey(line);
  const stated = evidence.outlets.find((outlet) => outletKey(outlet) === key);
  if (stated !== undefined) return spelled(stated);
  // The publication's own name, not its publisher's: "Radio Tarn News", not "Radio Tarn Ltd".
  if (isOutletNameLast(line) && evidence.outlets.some((outlet) => extendsName(line, outlet)))
    return line;
  const name = escapeRegExp(withoutThe(line)).replace(/\s+/g, '\\s+');
  const credited = evidence.credits
    .map((credit) => new RegExp(`/\\s*(?:the\\s+)?(${name})\\b`, 'i').exec(credit)?.[1])
    .find((match) => match !== undefined);
  if (credited !== undefined) return spelled(credited);
  // The article's words name many things in capitals (a place, a party, a company): they
  // corroborate only a line that names itself as an outlet ("Courier", "Times", a domain).
  if (!isOutletName(line)) return null;
  const mentioned = new RegExp(`\\b${name}\\b`, 'i').exec(evidence.body)?.[0];
  if (mentioned !== undefined && mentioned !== mentioned.toLowerCase()) return spelled(mentioned);
  const words = withoutThe(line).split(/\s+/);
  const noun = words[words.length - 1] ?? '';
  if (words.length < 2 || words.length > MAX_WORDS_NAMED_BY_NOUN || !isOutletName(noun))
    return null;
  // "told the Courier": the noun in title case after "the", as a name, not "the courier".
  const titled = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  return new RegExp(`\\bthe ${escapeRegExp(titled)}\\b`).test(evidence.body) ? line : null;
}

/** A masthead's issue number: "Issue 7,212", "No. 48", "Vol. 12". */
const ISSUE_FIELD = /^(?:issue|no\.?|number|vol\.?|volume|edition)\s*[\d,]+$/i;
/** A cover price: "Price £1.50", "£1.50", "90p". */
const PRICE_FIELD = new RegExp(
  String.raw`^(?:price\s*:?\s*)?(?:${CURRENCY_SIGN}\s?\d+(?:[.,]\d{1,2})?|\d{1,3}p)$`,
  'i',
);
/** The outlet's founding: "Est. 1887", "Founded in 1887", "Since 1887". */
const FOUNDED_FIELD = new RegExp(
  String.raw`^(?:est\.?|established|founded|since)\s+(?:in\s+)?${YEAR_DIGITS}$`,
  'i',
);
/** The outlet's slogan of service: "Serving the Tarn Valley since 1887". */
const SERVING_FIELD = new RegExp(String.raw`^serving\s.{1,60}\bsince\s+${YEAR_DIGITS}$`, 'i');
/**
 * A newsletter's frequency and kind: "Monthly letter", "Weekly briefing". It describes the
 * publication as an issue number does, but says nothing of the paper alone (a headline may be
 * "Weekly briefing"), so it counts only beside another field of the tagline's.
 */
const KIND_FIELD =
  /^(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|annual)\s+(?:letter|newsletter|briefing|bulletin|digest|update|round-?up|dispatch|edition)$/i;
/** Separators between a tagline's fields. */
const TAGLINE_SEPARATOR = /\s*[|·•]\s*/;

/**
 * True for a masthead's tagline: the line a paper sets under its name, of fields that describe
 * the paper, not the article ("Serving the Tarn Valley since 1887 | Issue 7,212 | Price
 * £1.50"): an issue number, a cover price, its founding or slogan of service, a newsletter's
 * frequency and kind ("Monthly letter | No. 40"), and the date. Every field must be one of those,
 * and one at least other than a date or a kind (a date alone is a dateline). Such a line is furniture, never the title.
 */
export function isMastheadTagline(line: string): boolean {
  const fields = line
    .trim()
    .split(TAGLINE_SEPARATOR)
    .filter((field) => field.length > 0);
  const describes = (field: string) =>
    ISSUE_FIELD.test(field) ||
    PRICE_FIELD.test(field) ||
    FOUNDED_FIELD.test(field) ||
    SERVING_FIELD.test(field);
  return (
    fields.some(describes) &&
    fields.every(
      (field) => describes(field) || KIND_FIELD.test(field) || parseDateline(field) !== null,
    )
  );
}

/** Between the outlet's name and its slogan: a dash, a bar or a middle dot, spaced. */
const SLOGAN_SEPARATOR = /\s+[—–|·-]\s+/;
/** Longest slogan, in words: "your town, your paper", not a clause of reporting. */
const MAX_SLOGAN_WORDS = 8;

/**
 * A line of a name, a separator and a short slogan ("Marrow Bay Gazette — your town, your
 * paper", "OSPREY WEEKLY — stories from the estuary"): the name and the slogan, else null. The
 * slogan ends no sentence and holds no figure (a teaser's "Gull Bay Times — 3 jobs go" names its
 * news). What the name must be is the caller's: an outlet's masthead, a newsletter's.
 */
export function splitSlogan(line: string): { name: string; slogan: string } | null {
  const parts = line.trim().split(SLOGAN_SEPARATOR);
  if (parts.length !== 2) return null;
  const [name = '', slogan = ''] = parts;
  return hasSloganShape(slogan) ? { name, slogan } : null;
}

/**
 * The name in a line of a name, a separator and a masthead's tagline ({@link isMastheadTagline}:
 * "HARBOUR NOTES - Issue 48", "Gull Bay Times | Issue 4,118 | Price £1.20"), else null.
 */
export function nameBeforeTagline(line: string): string | null {
  const separator = SLOGAN_SEPARATOR.exec(line);
  if (separator === null) return null;
  const name = line.slice(0, separator.index).trim();
  const tagline = line.slice(separator.index + separator[0].length);
  return name.length > 0 && isMastheadTagline(tagline) ? name : null;
}

/**
 * True for words with a slogan's shape ({@link splitSlogan}): a letter first, at most
 * {@link MAX_SLOGAN_WORDS} words, no figure, no sentence's end ("Stories from the estuary, every
 * Friday").
 */
export function hasSloganShape(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words <= MAX_SLOGAN_WORDS && !/[.!?:;]$|\d/.test(text) && /^\p{L}/u.test(text.trim());
}

/**
 * The outlet's name in its sign-off, else null: its name set as a masthead, a separator and a
 * short slogan ({@link splitSlogan}: "Marrow Bay Gazette — your town, your paper", "Gull Bay
 * Times | News you can trust") or a masthead's tagline ({@link nameBeforeTagline}: "Marrow Bay
 * Gazette – serving the bay since 1908"): a line that is the outlet's name plus words describing
 * the paper, not the article. The caller applies it only to a line standing alone after the
 * article's prose, where a headline does not stand; the page then states that name where a
 * nameplate does, at its foot.
 */
export function outletSignOffName(line: string): string | null {
  const name = splitSlogan(line)?.name ?? nameBeforeTagline(line);
  return name !== null && isMastheadName(name) ? name : null;
}

/**
 * `line` when it is an outlet's name alone, one that names itself as an outlet: a masthead's
 * shape with a news outlet's noun last ("Ebbsworth Gazette", {@link isMastheadName}) or a
 * paper's title ("Saltmere Echo", credit-fields.ts `isPaperTitle`); else null. No figure and no
 * sentence's end: "Copyright 2026 Ebbsworth Gazette." is a notice (copyright.ts).
 */
export function bareOutletName(line: string): string | null {
  const name = line.trim();
  if (/\d|[.:;!?]$/u.test(name)) return null;
  return isMastheadName(name) || (isMastheadShape(name) && isPaperTitle(name)) ? name : null;
}
