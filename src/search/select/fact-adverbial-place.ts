/**
 * A place and the act two reports share, told in different clauses of one report: "…the first
 * letters to parents at Fenwick Road Primary went out eight days after the first case was
 * confirmed" shares with "The first case was confirmed at Ostwick Primary School on Monday" only
 * what its clause of time tells (the first case confirmed), and its place is where the letters
 * went. A clause of time, reason or condition has a subject and predicate of its own and sets the
 * time or the ground of its sentence's event (Quirk et al. 1985, §15.1 and §§15.25ff on adverbial
 * clauses); what it tells is presupposed, not asserted as the sentence's news (Levinson 1983,
 * Pragmatics, §4.2: temporal clauses as presupposition triggers). So "sources differ" on a place
 * claims two places for one event only from a place a report states outside any such clause, of
 * an act it shares with the other report outside one too; a place in such a clause, or a place
 * beside a shared act told only in one, is no ground for it.
 */
import { inAdverbialClause } from './fact-clauses.js';
import type { AnalysedFact } from './fact-analysis.js';

/** What is read of a report here (fact-analysis.ts `AnalysedFact`). */
type PlacedSource = Pick<AnalysedFact, 'text' | 'sequence' | 'events' | 'values'>;

/**
 * True when `report` states places, tells an act that `other` names too (one of its event words,
 * a term of `other`), and no place it states stands, outside any clause of time, reason or
 * condition (fact-clauses.ts `inAdverbialClause`), in a report whose shared acts include one
 * outside such a clause. False when no shared act is read (nothing to tell the place's event by).
 */
export function placeBesideAdverbialAct(
  report: PlacedSource,
  other: Pick<AnalysedFact, 'terms'>,
): boolean {
  const { text, values } = report;
  if (values.places.length === 0) return false;
  const events = report.events();
  const shared = report.sequence.filter((unit) =>
    unit.keys.some((key) => events.has(key) && other.terms.has(key)),
  );
  if (shared.length === 0) return false;
  const assertedAct = shared.some((unit) => !inAdverbialClause(text, unit.start));
  if (!assertedAct) return true;
  return values.places.every((place) => {
    let at = text.indexOf(place);
    if (at < 0) return false;
    for (; at >= 0; at = text.indexOf(place, at + 1))
      if (!inAdverbialClause(text, at)) return false;
    return true;
  });
}
