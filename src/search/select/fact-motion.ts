/**
 * The thing a vote decides (the motion or question put, in the terms of Robert's Rules of Order
 * and Erskine May), read where a sentence names it by a definite noun phrase with no proper name:
 * "Councillors approved the levy by 27 votes to 14" (the object of the verb of deciding) / "The
 * levy was backed by 27 councillors" (the subject of its passive). The definite article, or a
 * genitive determiner ("Port Carrow's visitor levy"), presents the referent as one the reader can
 * identify (Huddleston & Pullum, CGEL 2002, ch. 5, on definiteness), and the head of the phrase
 * says what kind of thing it is ("the spending plan for the levy's proceeds" is a plan, not the
 * levy: CGEL ch. 5, on the head of a noun phrase).
 */
import { stem } from '../../text/terms.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { matchesOf } from '../../text/matches-of.js';

/** Verbs of deciding a motion, in any form ("approve", "was approved", "backing"). */
const DECIDING = String.raw`(?:approv(?:e|es|ed|ing)|reject(?:s|ed|ing)?|pass(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|back(?:s|ed|ing)?|adopt(?:s|ed|ing)?|defeat(?:s|ed|ing)?)`;
/** A definite determiner: the article or a genitive ("the", "Port Carrow's"). */
const DEFINITE = String.raw`(?:the|\p{L}+['’]s)`;
/** Up to four words of a noun phrase after its determiner. */
const WORDS = String.raw`((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`;
const BE = String.raw`(?:is|are|was|were|(?:has|have|had)\s+been)`;

const OBJECT = new RegExp(String.raw`\b${DECIDING}\s+${DEFINITE}\s+${WORDS}`, 'giu');
const PASSIVE_SUBJECT = new RegExp(
  String.raw`\b${DEFINITE}\s+${WORDS}\s+${BE}\s+${DECIDING}\b`,
  'giu',
);

/** The head of a noun phrase's words: the last before the first function word. */
function headOf(words: string): string | null {
  const kept: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (STOP_WORDS.has(word.toLowerCase())) break;
    kept.push(word);
  }
  const head = kept.at(-1);
  return head === undefined || /^\p{Lu}/u.test(head) ? null : stem(head.toLowerCase());
}

/**
 * The stem of the head noun of the motion a passage's vote decides ("levy"), or null when it
 * names none, several, or names it by a proper name (which the comparison of names reads). A
 * passive subject's words must all be the phrase's ("the levy, which was backed" is no subject).
 */
export function motionOf(text: string): string | null {
  const heads = new Set<string>();
  for (const m of matchesOf(text, OBJECT)) {
    const head = headOf(m[1] ?? '');
    if (head !== null) heads.add(head);
  }
  for (const m of matchesOf(text, PASSIVE_SUBJECT)) {
    // "On the day the levy was passed": the subject is the phrase after the last function word,
    // when that word is "the"; otherwise ("the levy, which was backed") there is none.
    const words = (m[1] ?? '').split(/\s+/);
    const last = words.findLastIndex((word) => STOP_WORDS.has(word.toLowerCase()));
    if (last >= 0 && words[last]?.toLowerCase() !== 'the') continue;
    const head = headOf(words.slice(last + 1).join(' '));
    if (head !== null) heads.add(head);
  }
  return heads.size === 1 ? ([...heads][0] ?? null) : null;
}
