/**
 * A participle after its noun that names its agent ("An inquiry led by Judge Anna Wray will
 * examine the flood", "the two men arrested by Kelby police on Monday"). A reduced relative
 * clause says which thing is meant (Quirk et al. 1985, §17.97ff, non-finite postmodification),
 * but a passive whose "by" phrase names the doer states that act of that doer: "by" + noun
 * phrase is the passive's agent, the active's subject (Quirk §3.63; Huddleston & Pullum 2002,
 * ch. 16 §10), so "an inquiry led by Judge Anna Wray" says what "Judge Anna Wray will lead the
 * inquiry" says. One with no agent ("A letter sent to some parents was wrong") states no sending
 * that another report could tell. "By" before a time ("sent by Friday", "by the end of May",
 * "by 2030", "by 5pm", "by May Day") is a deadline, not an agent (Quirk §9.39), and is not read
 * so; a figure counting persons ("signed by 6,800 people", "backed by 40 local traders") counts
 * the agents, a figure in an address ("returned by 5 Harlow Road") does not.
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { anyOfAnyInitial } from '../../text/word-class.js';
import { mayHeadNounPhrase, premodifierRank } from '../noun-phrase-words.js';
import { UNIT_NAMES } from './fact-lengths.js';
import { namesPersonOrGroup } from './person-nouns.js';

/**
 * A noun of time that, after a month's name, makes a named day or period of it ("May Day",
 * "August Bank Holiday", "June Week"): a unit of time (fact-lengths.ts) or a holiday, capitalised
 * or not, as a name's word after a forename that is also a month's ("May Lee") is not.
 */
const TIME_NOUN_AFTER_MONTH = `(?:${anyOfAnyInitial([...UNIT_NAMES.split('|'), 'bank', 'holiday'])})(?!\\p{L})`;

/** Words after "by" that open a time, not an agent: "by then", "by the end of May". */
const TIME_AFTER_BY = anyOfAnyInitial([
  'then',
  'now',
  'next',
  'last',
  'this',
  'tomorrow',
  'tonight',
  'today',
  'midnight',
  'noon',
  'early',
  'late',
]);

/**
 * "by" ("By" in a title-case headline, "Led By Judge Anna Wray") and the start of its noun phrase,
 * which is not a time: not a figure ("by 5pm", "by 2030", "by 10.30"), nor a month name unless a
 * capitalised word follows it, a surname after a forename that is also a month's ("by May Lee",
 * "by June Okafor"; "by May 2030" is a date), and that word no noun of time ("by May Day"). Read
 * case-sensitively past "by", so that a name is told from a common word.
 */
const BY_AGENT = new RegExp(
  String.raw`^\s+[Bb]y\s+(?!\d|(?:${WEEKDAY_RE}|${TIME_AFTER_BY}|[Mm]id-?\p{L}*|[Tt]he\s+(?:${anyOfAnyInitial(['end', 'start', 'beginning', 'middle', 'time', 'weekend', 'deadline'])}))(?!\p{L})|${MONTH_RE}(?!\p{L})(?!\s+(?!${TIME_NOUN_AFTER_MONTH})\p{Lu}))\S`,
  'u',
);

/** "by" and a figure, with the words after it up to a clause break: a count of agents or a time. */
const BY_FIGURE = /^\s+[Bb]y\s+\d[\d,.]*((?:\s+[\p{L}’'-]+)+)/u;

/** The most words read after the figure for its noun phrase's head. */
const MAX_PHRASE_WORDS = 5;

/**
 * The head of the noun phrase that `words` (after a figure) open, lower-cased: the last common
 * noun of its run of premodifiers ("40 local traders" → "traders", "40 taxi drivers" → "drivers":
 * noun-phrase-words.ts, Quirk et al. 1985 §17.97ff, a noun phrase ends in its head), names
 * ("40 Kelby residents") modifying it as well; null when no common noun heads it ("5 Harlow
 * Road", an address, "5 May", a date: names only).
 */
function headAfterFigure(words: readonly string[]): string | null {
  let head: string | null = null;
  for (const word of words.slice(0, MAX_PHRASE_WORDS)) {
    if (/^\p{Lu}/u.test(word)) {
      // A name after the head ends the phrase ("6,800 people Kelby …" is no phrase): read no further.
      if (head !== null) break;
      continue;
    }
    if (premodifierRank(word) === 0) break;
    if (mayHeadNounPhrase(word)) head = word;
  }
  return head;
}

/**
 * True when the participle ending at offset `end` of `text` is followed by its passive agent
 * ({@link BY_AGENT}), or by a figure counting persons or groups, the head of its noun phrase a
 * person's or a group's noun ("signed by 6,800 people", "backed by 40 local traders":
 * person-nouns.ts), who are the agents, not a time nor an address.
 */
export function namesPassiveAgent(text: string, end: number): boolean {
  const after = text.slice(end);
  const counted = BY_FIGURE.exec(after);
  if (counted !== null) {
    const head = headAfterFigure(counted[1]!.trim().split(/\s+/u));
    return head !== null && namesPersonOrGroup(head);
  }
  return BY_AGENT.test(after);
}
