/**
 * A participle after its noun that names its agent ("An inquiry led by Judge Anna Wray will
 * examine the flood", "the two men arrested by Kelby police on Monday"). A reduced relative
 * clause says which thing is meant (Quirk et al. 1985, §17.97ff, non-finite postmodification),
 * but a passive whose "by" phrase names the doer states that act of that doer: "by" + noun
 * phrase is the passive's agent, the active's subject (Quirk §3.63; Huddleston & Pullum 2002,
 * ch. 16 §10), so "an inquiry led by Judge Anna Wray" says what "Judge Anna Wray will lead the
 * inquiry" says. One with no agent ("A letter sent to some parents was wrong") states no sending
 * that another report could tell. "By" before a time ("sent by Friday", "by the end of May",
 * "by 2030", "by 5pm") is a deadline, not an agent (Quirk §9.39), and is not read so; a figure
 * counting persons ("signed by 6,800 people") counts the agents.
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { namesPersonOrGroup } from './person-nouns.js';

/**
 * "by" and the start of its noun phrase, which is not a time: not a figure ("by 5pm", "by 2030",
 * "by 10.30"), nor a month name unless a capitalised word follows it, a surname after a
 * forename that is also a month's ("by May Lee", "by June Okafor"; "by May 2030" is a date).
 */
const BY_AGENT = new RegExp(
  String.raw`^\s+by\s+(?!\d|(?:${WEEKDAY_RE}|then|now|next|last|this|tomorrow|tonight|today|midnight|noon|mid-?\p{L}*|early|late|the\s+(?:end|start|beginning|middle|time|weekend|deadline))(?!\p{L})|${MONTH_RE}(?!\p{L})(?!\s+\p{Lu}))\S`,
  'u',
);

/** "by" and a figure, with the word after it: a count of agents or a time. */
const BY_FIGURE = /^\s+by\s+\d[\d,.]*\s+(\p{L}+)/u;

/**
 * True when the participle ending at offset `end` of `text` is followed by its passive agent
 * ({@link BY_AGENT}), or by a figure counting persons or groups ("signed by 6,800 people":
 * person-nouns.ts), who are the agents, not a time.
 */
export function namesPassiveAgent(text: string, end: number): boolean {
  const after = text.slice(end);
  const counted = BY_FIGURE.exec(after);
  if (counted !== null) return namesPersonOrGroup(counted[1]!);
  return BY_AGENT.test(after);
}
