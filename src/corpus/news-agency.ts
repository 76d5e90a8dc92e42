/**
 * News agencies (wire services): organisations that write news for other outlets to publish.
 * An agency a page names in a byline ("By Hannah Reyes, Associated Press") or a wire dateline
 * ("WASHINGTON (AP) —") credits who wrote the story, not who published the page: a local paper
 * or station runs the wire's copy under its own masthead, home link and copyright notice. So
 * such a name is not read as the article's outlet; the page's own publisher is (its masthead,
 * site name or copyright holder). With none stated, a byline's agency leaves the outlet unknown,
 * while a dateline's agency on a page naming nothing else is the wire's own story as it ran
 * (clean.ts). The byline or dateline stays a page line, so the wire's credit is still shown
 * when asked who wrote it.
 *
 * Source of the list: the world's largest general news agencies as their own style guides and
 * the agencies' pages name them (AP, Reuters, AFP, dpa, UPI, PA Media, The Canadian Press,
 * AAP, ANSA, EFE, Kyodo, Xinhua, PTI, Yonhap, TASS, Anadolu): the names a byline or dateline
 * credits when a story comes from the wire. Bloomberg and other agencies that are also
 * publishers in their own right are not listed: their name may well be the page's. An agency not
 * listed names itself one by its kind: a name ending in "News Agency" or "Press Agency" (as
 * Xinhua's and Yonhap's full names do; "Northern Press Agency"), and a wire dateline crediting it
 * by its initials ("(NPA)" beside the byline's "Northern Press Agency") credits the same agency.
 */
import { outletKey } from './copyright.js';
import { initialsOf, nameWords } from './newsletter-masthead.js';

/** Each agency's names and initials as bylines and datelines write them, compared by {@link outletKey}. */
const AGENCIES = new Set(
  [
    'Associated Press',
    'AP',
    'Reuters',
    'Thomson Reuters',
    'Agence France-Presse',
    'Agence France Presse',
    'AFP',
    'Deutsche Presse-Agentur',
    'dpa',
    'United Press International',
    'UPI',
    'PA Media',
    'Press Association',
    'PA',
    'Canadian Press',
    'CP',
    'Australian Associated Press',
    'AAP',
    'ANSA',
    'Agencia EFE',
    'EFE',
    'Kyodo News',
    'Kyodo',
    'Xinhua',
    'Xinhua News Agency',
    'Press Trust of India',
    'PTI',
    'Yonhap',
    'Yonhap News Agency',
    'TASS',
    'Anadolu Agency',
  ].map(outletKey),
);

/**
 * True when `name` is a news agency's (see the file header), as written or with "The", a legal
 * form or other capitals: "The Associated Press", "REUTERS", "AP".
 *
 * @example
 * isNewsAgency('The Associated Press') // true
 * isNewsAgency('Cedar Valley Gazette') // false
 */
export function isNewsAgency(name: string): boolean {
  const key = outletKey(name);
  return AGENCIES.has(key) || /\b(?:news|press) agency$/.test(key);
}

/**
 * The outlets of `outlets` that credit a news agency: an agency's name, or its initials as a
 * wire dateline writes them ("NPA") where another of `outlets` is that agency
 * ("Northern Press Agency").
 *
 * @example
 * wireCredits(['Northern Press Agency', 'NPA', 'Saltmarsh Courier']) // ['Northern Press Agency', 'NPA']
 */
export function wireCredits(outlets: readonly string[]): string[] {
  const initials = outlets.filter(isNewsAgency).map((name) => initialsOf(nameWords(name)));
  return outlets.filter((name) => isNewsAgency(name) || initials.includes(name));
}

/**
 * The agency a wire dateline's `credit` names, by the name `outlets` give it: its full name when
 * the credit is that name's initials ("BPA" beside the byline's "Baltic Press Agency"), else the
 * credit as written.
 *
 * @example
 * agencyCredited('BPA', ['Baltic Press Agency', 'BPA']) // 'Baltic Press Agency'
 */
export function agencyCredited(credit: string, outlets: readonly string[]): string {
  return (
    outlets.find((name) => isNewsAgency(name) && initialsOf(nameWords(name)) === credit) ?? credit
  );
}
