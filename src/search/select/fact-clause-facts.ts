/**
 * A passage's parts read as passages of their own (fact-analysis.ts), each with the whole
 * passage's event words and read once: its first main clause (fact-clauses.ts `mainClauses`),
 * unless the later one bears on it; the fact it tells in a clause of time or reason
 * (fact-subordinate.ts `factiveClause`); its own clause (fact-clauses.ts `ownClause`), when
 * what is set aside is a detail only; and its claim, the attribution framing set aside
 * (fact-attribution.ts `claimOf`), when the frame takes no stance (fact-stance.ts); and its
 * main clause, its supplementary relative clauses cut out (fact-supplement.ts).
 */
import { BEARING_ON_EARLIER, stancesOf } from './fact-stance.js';
import { mainClauses, ownClause } from './fact-clauses.js';
import { clockTimes } from './fact-clock.js';
import { factiveClause } from './fact-subordinate.js';
import { type AnalysedFact, analyseFact, analysedWith } from './fact-analysis.js';
import { withoutSupplements } from './fact-supplement.js';

/**
 * The first of a passage's two main clauses (fact-clauses.ts `mainClauses`), analysed as a
 * passage of its own, its event words the whole passage's; the passage itself when it joins
 * none, or when the later clause may bear on the first ({@link BEARING_ON_EARLIER}).
 */
export function firstClauseOf(fact: AnalysedFact): AnalysedFact {
  let first = firstClauses.get(fact);
  if (first === undefined) firstClauses.set(fact, (first = readFirstClause(fact)));
  return first;
}

/** Each passage's {@link firstClauseOf}, read once. */
const firstClauses = new WeakMap<AnalysedFact, AnalysedFact>();

function readFirstClause(fact: AnalysedFact): AnalysedFact {
  const clauses = mainClauses(fact.text);
  if (clauses === null) return fact;
  const later = stancesOf(clauses.later);
  if (BEARING_ON_EARLIER.some((stance) => later.has(stance))) return fact;
  return analysedWith(clauses.first, fact.events);
}

/**
 * The fact a passage tells in a clause of time or reason (fact-subordinate.ts), analysed as a
 * passage of its own, its event words the whole passage's; null when it tells none. Read once.
 */
export function clauseFactOf(fact: AnalysedFact): AnalysedFact | null {
  let clause = clauseFacts.get(fact);
  if (clause === undefined) {
    const text = factiveClause(fact.text);
    clause = text === null ? null : analysedWith(text, fact.events);
    clauseFacts.set(fact, clause);
  }
  return clause;
}

/**
 * A passage's claim (its attribution framing set aside) as a passage of its own, its event words
 * the whole passage's; the passage itself when it has no frame, or when the frame takes a stance
 * ("The council has not said that …", "may announce that …"): a stance there bears on the
 * claim. A participle's clause after a closing frame ("…, adding that it could stay shut") is
 * the speaker's further words: its stance bears on them, not on the claim before. Read once.
 */
export function claimFactOf(fact: AnalysedFact): AnalysedFact {
  let found = claimFacts.get(fact);
  if (found === undefined) {
    found = fact;
    if (fact.claim !== fact.text) {
      const frame = [...fact.text]
        .map((char, i) => (fact.claim[i] === char ? ' ' : char))
        .join('')
        .split(/,\s*\p{Ll}+ing\b/u)[0] as string;
      if (stancesOf(frame).size === 0) found = analysedWith(fact.claim.trim(), fact.events);
    }
    claimFacts.set(fact, found);
  }
  return found;
}

/** Each passage's {@link claimFactOf}, read once. */
const claimFacts = new WeakMap<AnalysedFact, AnalysedFact>();

/**
 * A passage's own clause as a passage of its own; the passage itself when that is all of it, or
 * when what is set aside is more than a detail ({@link setAsideAlone}).
 */
export function ownClauseFactOf(fact: AnalysedFact): AnalysedFact {
  let own = ownClauseFacts.get(fact);
  if (own === undefined) {
    const text = ownClause(fact.text);
    const clause = text === fact.text ? null : analysedWith(text, fact.events);
    own = clause !== null && setAsideAlone(fact, clause) ? clause : fact;
    ownClauseFacts.set(fact, own);
  }
  return own;
}

/**
 * True when what a passage's own clause sets aside is a detail only: it takes no stance ("…, a
 * leaked forecast suggested", "…, but the museum disputes the figure"), frames no claim ("…,
 * police said": fact-attribution.ts) and says nothing of when ("on Tuesday, 4 August", "at
 * 2am"): each of those bears on the fact the clause tells.
 */
function setAsideAlone(fact: AnalysedFact, clause: AnalysedFact): boolean {
  const whenOf = (x: AnalysedFact) =>
    [x.values.dates.length, x.values.weekdays.length, clockTimes(x.text).length].join(' ');
  return (
    fact.claim === fact.text &&
    [...fact.stances.keys()].every((stance) => clause.stances.has(stance)) &&
    whenOf(fact) === whenOf(clause)
  );
}

/** Each passage's {@link ownClauseFactOf}, read once. */
const ownClauseFacts = new WeakMap<AnalysedFact, AnalysedFact>();

/** Each passage's {@link clauseFactOf}, read once. */
const clauseFacts = new WeakMap<AnalysedFact, AnalysedFact | null>();

/**
 * A passage's main clause, its supplementary relative clauses cut out (fact-supplement.ts
 * `withoutSupplements`), analysed as a passage of its own with its own event words (the cut
 * clauses' verbs are none of its acts); the passage itself when it holds no such clause. Read once.
 */
export function mainClauseFactOf(fact: AnalysedFact): AnalysedFact {
  let main = mainClauseFacts.get(fact);
  if (main === undefined) {
    const text = withoutSupplements(fact.text);
    mainClauseFacts.set(fact, (main = text === fact.text ? fact : analyseFact(text)));
  }
  return main;
}

/** Each passage's {@link mainClauseFactOf}, read once. */
const mainClauseFacts = new WeakMap<AnalysedFact, AnalysedFact>();
