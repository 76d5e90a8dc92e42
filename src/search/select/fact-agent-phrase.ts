/**
 * The agent phrase of a passive told after a count: "windows in 45 properties were broken by the
 * blast". In a passive clause the "by" phrase is the agent, an optional internal complement: the
 * agentless passive ("windows in 30 properties were broken") tells the same act with its doer left
 * unstated (Huddleston & Pullum, CGEL 2002, ch. 16 §10 on the passive's internal complement; Quirk
 * et al. 1985, §3.63–3.65: the agentless passive is the usual form). So where one report names the
 * agent and the other none, the agent is no other thing said of the count: the act is. Where both
 * name one, the agents are compared as any words are.
 */
import type { UnitOccurrence } from './fact-participants.js';

/** A form of "be" right before the participle: the clause is a passive. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;

/**
 * "by" and a determiner between the participle and the agent's noun. A bare noun after "by"
 * ("sold by auction", "by hand") is more often a means than an agent, so only a determined noun
 * phrase is read as the agent.
 */
const BY_DETERMINED = /^\s+by\s+(?:the|a|an|its|their|his|her)\s+$/i;

/** Nothing but the clause's end after the agent phrase: a phrase after it may say where or when. */
const CLAUSE_END = /^\s*(?:$|[,;:.!?)\u2013\u2014])/;

/**
 * How many of the content units `units` (the units after a count up to its clause's end, in
 * order, as fact-clauses.ts `unitsAfter` gives them; `from`: the offset they are read from)
 * stand before a passive's agent phrase that ends the clause: the participle right after a form of
 * "be", then "by" and a determiner, then one common noun phrase of at most three words, with no
 * name, figure or preposition in it and nothing after it in its clause (a name, a figure or a
 * phrase after it may say where or when as well as who). Null when there is no such phrase.
 *
 * @example
 * // "45 properties were broken by the blast" read from "45": units properties, broken, blast
 * agentPhraseStart(text, units, at) // 2
 */
export function agentPhraseStart(
  text: string,
  units: readonly UnitOccurrence[],
  from: number,
): number | null {
  for (let i = 1; i < units.length; i++) {
    const participle = units[i - 1]!;
    const agent = units[i]!;
    if (!BY_DETERMINED.test(text.slice(participle.end, agent.start))) continue;
    const before = text.slice(i >= 2 ? units[i - 2]!.end : from, participle.start);
    if (!BE_BEFORE.test(before)) return null;
    const phrase = units.slice(i);
    const end = phrase.at(-1)!.end;
    const oneNounPhrase = phrase.every(
      (unit, k) => k === 0 || /^[\s-]*$/.test(text.slice(phrase[k - 1]!.end, unit.start)),
    );
    if (
      phrase.length > 3 ||
      !oneNounPhrase ||
      !CLAUSE_END.test(text.slice(end)) ||
      phrase.some((unit) => unit.name) ||
      /\d/.test(text.slice(agent.start, end))
    )
      return null;
    return i;
  }
  return null;
}
