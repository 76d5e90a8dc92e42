/**
 * The role whose holder a "who" question asks for, as holders-first.ts reads it. A question
 * asks for a role's holder by the role's noun ("who is the leader of the council", "which
 * judge": the answer type's focus) or by the verb of the role's act ("who chairs the
 * committee", "who leads the trust"). A verb and the noun naming its doer are one relation
 * whether the noun has the verb's own form ("chair", "head": WordNet's noun "the officer who
 * presides at the meetings of an organization" beside its verb "act or preside as chair"; "a
 * person who is in charge" beside "be in charge of") or is its agent noun ("lead" / "leader":
 * WordNet's derivational links, query-plan.ts `withRoleNouns`). "Its chair, Tom Bellamy, said
 * …" names who chairs the committee as "Tom Bellamy chairs it" does. Sources: Fellbaum 1998,
 * "WordNet: an electronic lexical database", on the derivational links between verbs and the
 * nouns of their agents; Quirk et al. 1985, "A Comprehensive Grammar of the English
 * Language", Appendix I on conversion (a verb and a noun of the same form).
 */
import type { AnswerType } from './plan/answer-type.js';
import type { Concept } from './plan/query-plan.js';

/** The asked role: `concept`, the plan's concept naming it; `stems`, words naming its holder. */
export interface AskedRole {
  concept: number;
  stems: string[];
}

/**
 * The role `type` asks the holder of, with the index of the concept in `concepts` that names it
 * and the stems a holder is named beside: for a role asked by its noun, that concept's one-word
 * alternatives (its synonyms: "justic" for "judg"); for a role asked by a "who" verb, the verb
 * (as a noun of the same form) and its agent nouns ({@link AnswerType.roles}), not the verb's
 * synonyms, whose nouns may name a thing ("make" of "run"). Null when `type` asks for no
 * person, or names no role the plan holds.
 */
export function askedRole(type: AnswerType | null, concepts: readonly Concept[]): AskedRole | null {
  if (type?.name !== 'person') return null;
  const word = type.focus ?? type.verb;
  if (word === undefined) return null;
  const concept = concepts.findIndex((candidate) =>
    candidate.alternatives.some((alternative) => alternative.terms.join(' ') === word),
  );
  if (concept < 0) return null;
  const stems =
    type.focus !== undefined
      ? concepts[concept]!.alternatives.filter((alternative) => alternative.terms.length === 1).map(
          (alternative) => alternative.terms[0]!,
        )
      : [word, ...(type.roles ?? [])];
  return { concept, stems };
}
