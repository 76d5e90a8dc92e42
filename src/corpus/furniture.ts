/**
 * Rules that recognise page furniture in articles as received: lines that belong to the web
 * page around the article rather than to its text. General rules, not per-file fixes: they
 * are meant to hold for articles an administrator adds later.
 */
import { isRealDate } from '../text/dates.js';
import { MONTH_RE, monthNumberIgnoringCase } from '../text/months.js';

/** Navigation, accessibility and site-chrome lines ("Skip to content", "Breaking News"). */
const NAVIGATION = [
  /^(?:\d+\.\s*)?skip to\b/i,
  /^accessibility links$/i,
  /^breaking news$/i,
  /^(?:back to top|top of page)$/i,
  /^more in (?:this )?section\b/i,
  /^(?:advertisement|sponsored content|share this article|share|print|email|comments?)$/i,
  /^(?:sign up|subscribe)\b.{0,60}$/i,
  /^(?:follow us|follow)\s+(?:on\s+)?\w+.{0,40}$/i,
];

/** Link teasers: a label, then the headline of another page. */
const TEASER =
  /^(?:related(?: articles?| stories| content)?|read more|read also|also read|see also|more on this(?: story)?|recommended|watch|listen|video)\s*[:|]/i;

/** A teaser tagged with the kind of page it links to: "… (ENG explainer)", "… (video)". */
const TAGGED_TEASER =
  /\((?:[A-Z]{2,3}\s+)?(?:explainer|video|podcast|gallery|photos?|live blog|opinion|interview|audio)\)\s*(?:back to top)?$/i;

/** A line that is only a URL. */
const BARE_URL = /^(?:<)?(?:https?:\/\/|www\.)\S+?(?:>)?$/i;

/** Image credits: "Image: picture-alliance/AP/D. Lovetsky", "Photo: Reuters". */
const IMAGE_CREDIT = /^(?:image|photo|picture|photograph|credit|source|illustration)\s*:\s*\S/i;

/**
 * A caption's closing credit: "… June 12, 2019. REUTERS/Maxim Shemetov", "… term. EPA / TASS",
 * "… (file photo)". The credit is one to three upper-case agency names, separated by slashes
 * or followed by a photographer's name.
 */
const CAPTION_CREDIT =
  /(?:[.!?]\s+|^)(?:[A-Z]{2,}(?:-[A-Z]+)?(?:\s*\/\s*(?:[A-Z]{2,}|[A-Z][a-z]+(?:\s+[A-Z][a-zA-Z.-]+)*))+|[A-Z]{2,}\s+Images?|Getty Images|AFP via Getty Images)\s*$/;
const PHOTO_NOTE = /\((?:file |archive )?(?:photo|picture|image)\)\s*$/i;

/** A wire-service sign-off at the end of an article: "rc/msh (AFP, AP, Reuters, dpa)". */
const SIGN_OFF = /^[a-z]{1,4}(?:\/[a-z]{1,4})+(?:\s*\([^)]*\))?$/;

/** True when a single line is page furniture that should never reach the article text. */
export function isFurnitureLine(line: string): boolean {
  return (
    NAVIGATION.some((rule) => rule.test(line)) ||
    TEASER.test(line) ||
    TAGGED_TEASER.test(line) ||
    BARE_URL.test(line) ||
    IMAGE_CREDIT.test(line) ||
    SIGN_OFF.test(line)
  );
}

/** True when a line closes an image caption with a credit or a photo note. */
export function isCaptionLine(line: string): boolean {
  return CAPTION_CREDIT.test(line) || PHOTO_NOTE.test(line) || IMAGE_CREDIT.test(line);
}

const DATELINE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\.?\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))$`,
  'i',
);

/**
 * Reads a line that is only a date ("December 18, 2020", "27 August 2020", "2020-08-27"),
 * as a dateline, and returns it as `YYYY-MM-DD`; `null` for any other line or an impossible date.
 */
export function parseDateline(line: string): string | null {
  const match = DATELINE.exec(line.trim());
  if (!match) return null;
  let year: number;
  let month: number;
  let day: number;
  if (match[1]) {
    month = monthNumberIgnoringCase(match[1]) ?? 0;
    day = Number(match[2]);
    year = Number(match[3]);
  } else if (match[5]) {
    month = monthNumberIgnoringCase(match[5]) ?? 0;
    day = Number(match[4]);
    year = Number(match[6]);
  } else {
    year = Number(match[7]);
    month = Number(match[8]);
    day = Number(match[9]);
  }
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
