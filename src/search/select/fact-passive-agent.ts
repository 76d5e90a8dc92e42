/**
 * Who did an act told in the active and in the passive: the subject of the active is the agent
 * of the passive, the "by" phrase after its verb (Huddleston & Pullum, CGEL 2002, ch. 16, on the
 * passive and its internal complement "by" + NP). "The Fenby Traders Group has lodged an
 * application" / "An application was lodged by Kelby Council" tell one kind of act by two
 * parties: two facts, however much else the reports share.
 */
import { subjectOf } from './fact-count-acts.js';
import { CLAUSE_BREAK, type ClausedSource } from './fact-clauses.js';

/** What is read of a report here (fact-acts.ts `ActSource`). */
export interface AgentSource extends ClausedSource {
  terms: ReadonlyMap<string, number>;
}

/** What stands between the last word before a passive's agent and its name ("… by the"). */
const BY = /\sby\s+(?:the\s+)?$/i;

/**
 * The keys of the name a passive's "by" phrase names after the act at offset `at`, in its own
 * clause (no clause break before it); empty when none is named ("by councillors" names no one
 * whose name another report could write).
 */
function agentNames(source: AgentSource, at: number): ReadonlySet<string> {
  let from = at;
  for (const unit of source.sequence) {
    if (unit.start <= at) continue;
    const gap = source.text.slice(from, unit.start);
    if (CLAUSE_BREAK.test(gap)) break;
    if (unit.name && BY.test(gap)) return new Set(unit.keys);
    from = unit.end;
  }
  return new Set();
}

/**
 * True when one report names the agent of its passive act (at `at*`) by a name the other does not
 * write, and the other names its own active subject by a name this one does not write: two
 * parties did the act. False whenever either names no one, or a name of one is the other's.
 */
export function agentsApart(a: AgentSource, atA: number, b: AgentSource, atB: number): boolean {
  const oneWay = (passive: AgentSource, at: number, active: AgentSource, activeAt: number) => {
    const agent = agentNames(passive, at);
    if (agent.size === 0) return false;
    const subject = subjectOf(active, activeAt).names;
    if (subject.size === 0) return false;
    const subjectKeys = [...subject].flatMap((name) => name.split(' '));
    return (
      ![...agent].some((key) => active.terms.has(key)) &&
      !subjectKeys.some((key) => passive.terms.has(key))
    );
  };
  return oneWay(a, atA, b, atB) || oneWay(b, atB, a, atA);
}
