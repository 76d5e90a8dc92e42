/**
 * One named party's share of one whole, told alone or in a list: "Norway will keep 30 percent of
 * the haul, Iceland 15 percent, and the institute the rest." / "Iceland will receive 15 per cent
 * of the haul." In a list of shares English writes the verb and the whole once, with the first
 * party, and leaves them out after the others ("Iceland 15 percent": the gapped verb is
 * "keep", the whole "the haul"), so each party of the list holds its share of the same whole.
 * A share named the same way for the same party of the same whole is one fact however the
 * sentences differ around it: what one adds (the other parties' shares) is more of the same
 * report, not another one.
 *
 * Only shares a party is said to get (keep, receive, get, take, retain, hold, own, be given,
 * allocated, awarded or granted) are read: "pay 15 percent of the cost" and "receive 15 percent
 * of the cost" are two sides of a payment. The share's figure is read by fact-values.ts (a share
 * kind); approximate and bounded shares ("about 15 percent", "at least 15 percent") identify no
 * report and are left out.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { withoutClosingMark } from '../../text/possessive.js';
import { stem } from '../../text/terms.js';
import type { FactValues } from './fact-values.js';

/** What a passage needs to be read here. */
export interface SharesSource {
  text: string;
  values: FactValues;
}

/** A named party, capitalised words joined by spaces ("Iceland", "Faroe Islands"). */
const PARTY = String.raw`([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*)`;

/** Verbs of a party getting a share, after the party and its auxiliaries ("will keep", "is to be given"). */
const TAKES = new RegExp(
  String.raw`${PARTY}\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|to|set|due|be|been)\s+)*(?:keeps?|kept|receiv(?:e|es|ed)|gets?|got|takes?|took|taken|retain(?:s|ed)?|holds?|held|owns?|owned|given|allocated|awarded|granted)\s+$`,
  'u',
);

/** A party later in a list whose verb is gapped: ", Iceland " or ", and Iceland ". */
const GAPPED = new RegExp(String.raw`,\s*(?:and\s+)?${PARTY}\s+$`, 'u');

/** The share's unit and the whole it is of: "15 per cent of the haul". */
const SHARE_OF =
  /^[\d.]+\s*(?:%|percent\b|per\s+cent\b)(?:\s+of\s+(?:the\s+|its\s+|their\s+)?([\p{L}’'-]+))?/iu;

const cut = (word: string) => stem(word.toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** One party's share of a whole. */
interface PartyShare {
  party: string;
  value: string;
  whole: string;
}

/** Each passage's party shares, read once. */
const sharesRead = new WeakMap<SharesSource, readonly PartyShare[]>();

/**
 * The shares a passage gives named parties: a party and a verb of getting before the share and
 * its whole after it, or, right after such a share in a list, a party alone before a share of
 * its own (the verb and the whole gapped, or the whole named again).
 */
function partySharesOf(source: SharesSource): readonly PartyShare[] {
  const read = sharesRead.get(source);
  if (read !== undefined) return read;
  const found: PartyShare[] = [];
  const { text } = source;
  let head: { whole: string; end: number } | null = null;
  for (const value of source.values.positioned) {
    if (!('number' in value) || value.kind !== 'share') continue;
    const after = SHARE_OF.exec(text.slice(value.at));
    const exact = value.bound === null && !value.approximate;
    const before = text.slice(0, value.at);
    const taker = TAKES.exec(before);
    const listed = head === null ? null : GAPPED.exec(text.slice(head.end, value.at));
    if (after === null) {
      head = null;
      continue;
    }
    const end = value.at + after[0].length;
    const ownWhole = after[1] === undefined ? null : cut(after[1]);
    if (taker !== null && ownWhole !== null) {
      head = { whole: ownWhole, end };
      if (exact) found.push({ party: party(taker[1]), value: value.number, whole: ownWhole });
    } else if (head !== null && listed !== null && listed.index === 0) {
      const whole: string = ownWhole ?? head.whole;
      head = { whole, end };
      if (exact) found.push({ party: party(listed[1]), value: value.number, whole });
    } else head = null;
  }
  sharesRead.set(source, found);
  return found;
}

const party = (name: string | undefined) =>
  withoutClosingMark(name ?? '')
    .split(/\s+/)
    .map(cut)
    .join(' ');

/**
 * True when both passages give the same named party the same share of the same whole, and
 * neither gives that party another share of it.
 */
export function partySharesAgree(a: SharesSource, b: SharesSource): boolean {
  const sa = partySharesOf(a);
  if (sa.length === 0) return false;
  const sb = partySharesOf(b);
  const one = (x: PartyShare, y: PartyShare) => x.party === y.party && x.whole === y.whole;
  return sa.some(
    (x) =>
      sb.some((y) => one(x, y) && x.value === y.value) &&
      sa.every((z) => !one(x, z) || z.value === x.value) &&
      sb.every((z) => !one(x, z) || z.value === x.value),
  );
}
