/**
 * A request against the decision on it (src/search/select/fact-request.ts): "The angling society
 * asked Brenmoor Council for a grant of £6,500" and "Brenmoor Council approved the society's
 * request for a £6,500 grant" share parties, sum and purpose but tell the asking and the answer:
 * never "also reported by", nor a disagreement on the sum. Two reports of the asking, and two of
 * the decision, are not set apart by it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { requestAgainstDecision } from '../../src/search/select/fact-request.js';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';

const DAY = '2026-06-02';
/** As an index over the two sentences reads them: with its synonym table (corpus-synonyms.ts). */
function relate(a: string, b: string) {
  const table = new Map(corpusSynonymTable(new Set([...termsOf(a), ...termsOf(b)])));
  return classifyFacts(a, b, { published: [DAY, DAY], synonyms: (stem) => table.get(stem) ?? [] });
}

const ASKED =
  'The angling society asked Brenmoor Council for a grant of £6,500 to restock the lake.';
const APPROVED =
  "Brenmoor Council's leisure committee approved the angling society's request for a grant of £6,500 to restock the lake.";

describe('a request and the decision on it', () => {
  it('are read from verbs, not from nouns such as "grant" and "request"', () => {
    expect(requestAgainstDecision(ASKED, APPROVED)).toBe(true);
    expect(requestAgainstDecision(APPROVED, ASKED)).toBe(true);
    expect(
      requestAgainstDecision(
        ASKED,
        'The angling society has applied to Brenmoor Council for a grant of £6,500.',
      ),
    ).toBe(false);
    expect(
      requestAgainstDecision(APPROVED, 'Brenmoor Council granted the angling society £6,500.'),
    ).toBe(false);
  });

  it('are never one fact, nor a disagreement on the sum', () => {
    // Either reason is true of this pair: the acts ("asked" / "approved") differ before the request
    // and the decision on it are compared (fact-acts.ts reads a verb's synonym only as an act).
    expect([
      { kind: 'different-fact', reason: 'a request and the decision on it' },
      { kind: 'different-fact', reason: 'different acts' },
    ]).toContainEqual(relate(ASKED, APPROVED));
    expect(relate(APPROVED, ASKED).kind).toBe('different-fact');
    for (const decision of [
      'Brenmoor Council approved the request for a £6,500 grant from the angling society.',
      "Brenmoor Council's finance committee turned down the angling society's request for a grant of £6,500 to restock its lake.",
      "Brenmoor Council's finance committee approved the angling society's request for a grant of £5,000 to restock its lake.",
    ])
      expect(relate(ASKED, decision).kind, decision).toBe('different-fact');
  });

  it('leaves two reports of the decision one fact', () => {
    expect(
      relate(
        APPROVED,
        "Brenmoor Council's finance committee approved a grant of £6,500 for the angling society to restock its lake.",
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});
