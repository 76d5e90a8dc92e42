/**
 * A light verb in the progressive ("is taking the council to the High Court") tells an act, not
 * what its subject is: a claim brought is not the ruling on it, whatever the two share of what
 * the case is about; the same act told alike, or in other words, stays one fact.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  lightVerbProgressive,
  progressiveLightAct,
} from '../../src/search/select/fact-light-progressive.js';

const brought =
  'A widower is taking Tenbury District Council to the High Court over the closure of five libraries.';
const ruled =
  'The High Court has ruled that Tenbury District Council acted unlawfully when it closed five branch libraries.';
const apart = { published: ['2025-04-03', '2025-07-24'] as const };
const close = { published: ['2025-04-03', '2025-04-04'] as const };

describe('a light verb in the progressive', () => {
  it('a claim brought and the ruling on it are two events, both ways round', () => {
    expect(classifyFacts(brought, ruled, apart)).toEqual({
      kind: 'different-fact',
      reason: 'different acts',
    });
    expect(classifyFacts(ruled, brought, { published: ['2025-07-24', '2025-04-03'] }).kind).toBe(
      'different-fact',
    );
    // Not a matter of the months between them.
    expect(classifyFacts(brought, ruled, close).kind).toBe('different-fact');
  });

  it('is not the act of a report that names no light verb, though a count and its noun agree', () => {
    const notice = 'The union is giving Harlow Buses notice of a strike over the loss of 45 jobs.';
    const loss = 'Harlow Buses has confirmed the loss of 45 jobs.';
    expect(classifyFacts(notice, loss, close).kind).toBe('different-fact');
    expect(classifyFacts(loss, notice, close).kind).toBe('different-fact');
  });

  it('the same act told alike, or by the other as its verb, stays one fact', () => {
    const again =
      'A widower is taking Tenbury District Council to the High Court over the closure of five branch libraries.';
    expect(classifyFacts(brought, again, close)).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(
        'Engineers are making repairs to the Ashwick footbridge after a lorry struck it.',
        'Engineers are repairing the Ashwick footbridge after a lorry struck it.',
        close,
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads the -ing participle of a light verb after "be", and nothing else', () => {
    expect(['taking', 'Making', 'giving', 'getting'].map(lightVerbProgressive)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['being', 'closing', 'open', 'taken'].map(lightVerbProgressive)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(progressiveLightAct(analyseFact(brought))).toBe('take');
    expect(progressiveLightAct(analyseFact('The library was open on Sunday.'))).toBeNull();
    expect(progressiveLightAct(analyseFact(ruled))).toBeNull();
  });
});
