/**
 * The fact relation of two invented sentences read both ways round, for the tests of
 * src/search/select/: a rule joining or parting two reports must hold whichever is the passage
 * shown and whichever the other article's.
 */
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

/**
 * The relation kinds of `a` against `b` and of `b` against `a`, under `context` (their
 * articles' publication dates, as the tests give them).
 *
 * @example factKindsBothWays(RISE, UP_FROM, CLOSE) // ['same-fact', 'same-fact']
 */
export function factKindsBothWays(
  a: string,
  b: string,
  context: RelationContext,
): [string, string] {
  return [classifyFacts(a, b, context).kind, classifyFacts(b, a, context).kind];
}
