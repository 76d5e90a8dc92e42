/**
 * The publisher a copyright notice names: "(c) Kellan Courier 2026", "© 2021 Riverton Gazette",
 * "Copyright 2021 The Harbour Herald. All rights reserved.", "Kestrel Courier © 2023". A notice
 * at the foot of a page says who publishes it, so it states the outlet (clean.ts takes it when
 * nothing else on the page names one); furniture.ts decides which lines are notices at all.
 */
import { ABBREVIATION_END, LEGAL_FORMS } from './abbreviations.js';
import { isCapitalisedWords, isSectionName } from './credit-fields.js';
import { matchesOf } from '../text/matches-of.js';

/** A copyright mark: the sign, "(c)" or the word, alone or together ("Copyright ©"). */
const MARK = String.raw`(?:copyright\s*(?:©|\(c\))?|©|\(c\))`;
/**
 * A year or a range of years: "2026", "2019–2026", "2019-26". A copyright notice's year, a field
 * of a page's furniture, not a year in prose (text/year.ts): kept to 1900–2099, the years of
 * pages published on the web and of the notices they carry.
 */
const YEARS = String.raw`(?:19|20)\d{2}(?:\s*[-–]\s*\d{2,4})?`;
/** "All rights reserved", after a full stop, comma or nothing. */
const RESERVED = String.raw`(?:[.,;]?\s*all rights reserved)?\.?`;

/** Mark first: "© 2021 Riverton Gazette", "(c) Kellan Courier 2026", "Copyright by The Post". */
const MARK_FIRST = new RegExp(
  String.raw`^${MARK}\s*(?:${YEARS}\s*,?\s*)?(?:by\s+)?(.+?)(?:,?\s*${YEARS})?${RESERVED}$`,
  'i',
);
/** Name first: "Kestrel Courier © 2023", "Kellan Courier (c) 2019-2026". */
const NAME_FIRST = new RegExp(String.raw`^(.+?)\s*(?:©|\(c\))\s*${YEARS}${RESERVED}$`, 'i');
/** A legal form after a publisher's name, any case, left out when names are compared. */
const LEGAL_FORM = new RegExp(`,?\\s+(?:limited|${LEGAL_FORMS.join('|')})\\.?$`, 'i');
/** A web domain holding the rights: "kellancourier.com". */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** Fields of a footer line after the notice: "(c) Radio Tarn Ltd 2025 | Contact the newsroom: …". */
const FIELD_SEPARATOR = /\s+[|·•]\s+/;
/**
 * A note after the notice's year, set off by a full stop or a spaced dash: an imprint ("© The
 * Ledger Weekly 2025. Printed and published by …") or terms of use ("© Wexmoor Review 2025 –
 * subscribers only."). The holder is named before it; a range of years ("2019 – 2026") is no
 * note, as its dash is followed by a figure.
 */
// The notice's year, as {@link YEARS}.
const AFTER_YEAR = /^(.*?\b(?:19|20)\d{2})(?:\.|\s+[-–—])\s+(?!\d)\S/;

/**
 * The notice a footer line opens with: its first field, without the fields after it (a
 * contact, a link: "(c) Radio Tarn Ltd 2025 | Contact the newsroom: news@…"). A footer sets
 * the rights notice first and its other fields after a bar or dot, so the line is a notice
 * when its first field is one.
 *
 * @example
 * noticeField('(c) Radio Tarn Ltd 2025 | Contact the newsroom: news@radiotarn.example') // '(c) Radio Tarn Ltd 2025'
 */
export function noticeField(line: string): string {
  return line.trim().split(FIELD_SEPARATOR)[0] ?? '';
}

/**
 * The rights holder a copyright notice names, as written (without marks, years or "All
 * rights reserved"), or null when the line is no such notice or its holder is not a name: a
 * short run of capitalised words or a web domain, not a section name ("© 2026 News").
 *
 * @example
 * copyrightHolder('(c) Kellan Courier 2026') // 'Kellan Courier'
 * copyrightHolder('Copyright 2021 The Harbour Herald. All rights reserved.') // 'The Harbour Herald'
 * copyrightHolder('© The Ledger Weekly 2025. Printed by Ledger Newspapers Ltd, Kelderby.') // 'The Ledger Weekly'
 * copyrightHolder('© Wexmoor Review 2025 – subscribers only.') // 'Wexmoor Review'
 * copyrightHolder('(c) Radio Northvale. Listen on 97.4 FM and DAB.') // 'Radio Northvale'
 */
export function copyrightHolder(line: string): string | null {
  const imprint = imprintNotice(line);
  if (imprint !== null) return holderOf(imprint);
  const field = noticeField(line);
  // The note after the year ("… 2025. Printed and published by …") names the printer or terms.
  const noted = AFTER_YEAR.exec(field)?.[1];
  const holder = (noted === undefined ? null : holderOf(noted)) ?? holderOf(field);
  // A notice with no year ends at its sentence's end ("(c) Radio Northvale. Listen Live."): a
  // holder running past it takes in the footer's next words.
  if (holder !== null && noticeSentence(holder) === null) return holder;
  const sentence = noticeSentence(field);
  return sentence === null ? holder : holderOf(sentence.notice);
}

/** Where a copyright mark starts, anywhere in a line. */
const MARK_ANYWHERE = new RegExp(MARK, 'gi');
/** Longer than this many characters, the sentences before a notice are no footer's imprint. */
const MAX_IMPRINT_LENGTH = 200;

/**
 * The copyright notice closing a publisher's imprint line: "Harbour Weekly is published by Quay
 * Media Ltd. (c) Harbour Weekly 2026", a footer's statement of who publishes the page with its
 * notice run on. The notice is the line's last sentence and names a holder, and the sentences
 * before it (at most {@link MAX_IMPRINT_LENGTH} characters) name that holder too: the line is about
 * the publication. A sentence of a story does not close on a rights notice. Null for any other
 * line, including a notice that opens its line ({@link copyrightHolder} reads those).
 *
 * @example
 * imprintNotice('Harbour Weekly is published by Quay Media Ltd. (c) Harbour Weekly 2026') // '(c) Harbour Weekly 2026'
 * imprintNotice('The court heard the song was (c) Ana Ruiz 2019.') // null: no sentence ends before the mark
 */
export function imprintNotice(line: string): string | null {
  const text = line.trim();
  const marks = [...matchesOf(text, MARK_ANYWHERE)];
  const start = marks.at(-1)?.index;
  if (start === undefined || start === 0) return null;
  const imprint = text.slice(0, start).trim();
  if (imprint.length > MAX_IMPRINT_LENGTH || !/[.!?]$/.test(imprint)) return null;
  const notice = text.slice(start);
  const holder = holderOf(notice);
  if (holder === null) return null;
  return outletKey(imprint).includes(outletKey(holder)) ? notice : null;
}

/** A full stop, then a space and a capital (or a quotation mark or bracket): a sentence may end. */
const MAY_END_SENTENCE = /\.\s+(?=[\p{Lu}"“‘'(])/gu;

/**
 * A footer line split after its notice's first sentence: a notice with no year ends at its
 * full stop, and what follows is the footer's next line run on (the station's frequency,
 * terms). A full stop after an abbreviation or an initial ("St. Albans", "J. Ruiz";
 * abbreviations.ts) ends no sentence. Null when the line holds one sentence. The caller
 * decides whether the line is a notice.
 *
 * @example
 * noticeSentence('(c) Radio Northvale. Listen on 97.4 FM and DAB.') // { notice: '(c) Radio Northvale.', rest: 'Listen on 97.4 FM and DAB.' }
 */
export function noticeSentence(line: string): { notice: string; rest: string } | null {
  const text = line.trim();
  for (const match of matchesOf(text, MAY_END_SENTENCE)) {
    const notice = text.slice(0, match.index + 1);
    if (!ABBREVIATION_END.test(notice))
      return { notice, rest: text.slice(match.index + match[0].length) };
  }
  return null;
}

/** The holder a notice without a note after its year names ({@link copyrightHolder}). */
function holderOf(notice: string): string | null {
  const holder = (MARK_FIRST.exec(notice) ?? NAME_FIRST.exec(notice))?.[1]?.trim();
  if (holder === undefined || holder.length === 0) return null;
  if (DOMAIN.test(holder)) return holder;
  return isCapitalisedWords(holder) && !isSectionName(holder) ? holder : null;
}

/**
 * The one rights holder a page's notices name (`holders`, as {@link copyrightHolder} read them),
 * however often: the outlet the page states at its foot. Two different holders name none (a
 * syndicated story's notice beside the site's): never a choice. Null when there are none.
 *
 * @example
 * soleHolder(['Carrowmere Herald', 'The Carrowmere Herald']) // 'Carrowmere Herald'
 * soleHolder(['Carrowmere Herald', 'Quay Media']) // null
 */
export function soleHolder(holders: readonly string[]): string | null {
  const first = holders[0];
  if (first === undefined) return null;
  return holders.every((holder) => outletKey(holder) === outletKey(first)) ? first : null;
}

/**
 * One form of an outlet's name for comparing two statements of it: lower case, without a
 * leading "The" or a trailing legal form ("The Kellan Courier Ltd" and "KELLAN COURIER" agree).
 */
export function outletKey(name: string): string {
  return name
    .trim()
    .replace(LEGAL_FORM, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
