/**
 * A phrasal verb's passive ("has been set up") tells an act, as a verb of its own does: it is
 * not what its subject is, and a report of another act on the same thing ("were lifted") is
 * another event, never "also reported by" (fact-phrasal-passive.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { particleAfter, tellsPhrasalVerb } from '../../src/search/select/fact-phrasal-passive.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';

describe('a phrasal verb in the passive', () => {
  it('a zone set up and zones lifted are two events, both ways round', () => {
    const lifted = 'Exclusion zones around Brenley Quarry and Oxton Mill were lifted in March.';
    const setUp =
      'An exclusion zone has been set up around the depot, and nearby footpaths have been closed.';
    expect(classifyFacts(lifted, setUp).kind).toBe('different-fact');
    expect(classifyFacts(setUp, lifted).kind).toBe('different-fact');
  });

  it('the same phrasal verb told by both reports is still read as one act', () => {
    const source = analyseFact('The council has set up a hardship fund for tenants.');
    const at = source.text.indexOf('set') + 'set'.length;
    expect(particleAfter(source.text, at)).toBe('up');
    const set = source.sequence.find((unit) => unit.start === source.text.indexOf('set'));
    expect(tellsPhrasalVerb(source, set!.keys[0]!, 'up')).toBe(true);
    expect(tellsPhrasalVerb(source, set!.keys[0]!, 'off')).toBe(false);
  });

  it('a particle that is also a preposition makes no phrasal verb here', () => {
    expect(particleAfter('was set in 1920', 'was set'.length)).toBeNull();
  });
});
