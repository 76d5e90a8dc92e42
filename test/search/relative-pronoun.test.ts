/**
 * A "who" after a noun opens a relative clause (src/search/plan/relative-pronoun.ts): "what did
 * the guys who tried to break in have with them" asks what they had, not for a person, so a
 * passage telling what they had answers it. Tiny invented corpus: a break-in at a dig.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { opensRelativeClause } from '../../src/search/plan/relative-pronoun.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

const DIG = `Funding agreed for barrow dig

By Tom Reyes
Fenwick Courier | 9 June 2026

The county has agreed to fund a second season at Hollin Barrow.

Police arrested two men who tried to force the site's gate on Sunday night. They had a crowbar and a metal detector.

Staff check the burial chamber every morning.
`;

describe('a relative "who"', () => {
  const at = (question: string) => opensRelativeClause(question, question.indexOf(' who') + 1);
  it('follows a noun, "those" or a comma', () => {
    expect(at('what did the guys who tried to break in have with them')).toBe(true);
    expect(at('what did those who attended say')).toBe(true);
    expect(at('what did Putin, who met Lukashenka, say')).toBe(true);
  });

  it('is not an interrogative "who": after a verb, a preposition, or opening the question', () => {
    expect(at('do they know who started the fire')).toBe(false);
    expect(at('what did the police say about who started the fire')).toBe(false);
    expect(opensRelativeClause('who tried to break in', 0)).toBe(false);
  });

  it('asks for no person', () => {
    expect(answerTypeOf('what did the guys who tried to break in have with them')).toBeNull();
    expect(answerTypeOf('who tried to break in')?.name).toBe('person');
    expect(answerTypeOf('do they know who started the fire')?.name).toBe('person');
  });
});

describe('a question holding a relative clause', () => {
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({ 'dig.txt': DIG }));
  }, 60_000);
  afterAll(() => cleanup());

  it('is answered by what the men had, though no one is named', () => {
    const reply = engine.ask('what did the guys who tried to break in have with them');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('They had a crowbar');
  });
});
