/**
 * A planned concept's alternatives as `[terms joined by a space, kind]` pairs, for tests that
 * check how a question's word was read (as itself, a correction, a synonym…).
 */
export function kindsOf(
  plan: {
    concepts: Array<{ label: string; alternatives: Array<{ terms: string[]; kind: string }> }>;
  },
  label: string,
): Array<[string, string]> | undefined {
  return plan.concepts
    .find((concept) => concept.label === label)
    ?.alternatives.map((a): [string, string] => [a.terms.join(' '), a.kind]);
}
