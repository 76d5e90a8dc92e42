/**
 * The act a support verb's noun tells in the passive is the head of the verb's subject, not the
 * last word of a complement after that head ("[a petition [for judicial review]] was lodged" →
 * "petition": src/search/select/fact-support-verbs.ts `subjectHead`), so the active and the
 * passive of one filing are one act; and the agent of the passive is the subject of the active
 * (src/search/select/fact-passive-agent.ts), so a filing by another named party is another act.
 * Near misses stay apart: another noun filed, another filer, another verb. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { supportedNoun } from '../../src/search/select/fact-support-verbs.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';

const ACTIVE =
  'The Fenby Traders Group has lodged an application for a judicial review at the High Court.';
const PASSIVE =
  'An application for a judicial review was lodged at the High Court by the Fenby Traders Group.';

/** The noun the support verb `verb` takes, read from the analysed passage. */
function nounOf(text: string, verb: string): string | undefined {
  const { sequence } = analyseFact(text);
  const at = sequence.findIndex((unit) => unit.keys.includes(verb));
  return supportedNoun(text, sequence, at)?.keys[0];
}

describe("a support verb's noun in the passive", () => {
  it('is the head of the subject, read back through its complements', () => {
    expect(nounOf(PASSIVE, 'lodg')).toBe('applic');
    expect(nounOf('A petition for the review was lodged.', 'lodg')).toBe('petit');
    expect(nounOf('A petition was lodged.', 'lodg')).toBe('petit');
  });

  it('makes the active and the passive of one filing one fact', () => {
    expect(classifyFacts(ACTIVE, PASSIVE).kind).toBe('same-fact');
    expect(classifyFacts(PASSIVE, ACTIVE).kind).toBe('same-fact');
  });

  it('keeps another noun filed, another filer or another verb apart', () => {
    for (const other of [
      'An appeal for a judicial review was lodged at the High Court by the Fenby Traders Group.',
      'An application for a judicial review was lodged at the High Court by Kelby Council.',
      'An application for a judicial review was refused at the High Court.',
    ]) {
      expect(classifyFacts(ACTIVE, other).kind).not.toBe('same-fact');
      expect(classifyFacts(other, ACTIVE).kind).not.toBe('same-fact');
    }
  });

  it("keeps a passive whose agent is not the active's subject apart", () => {
    const active = 'The Fenby Traders Group has lodged an application at the High Court.';
    const passive = 'An application was lodged at the High Court by Kelby Council.';
    expect(classifyFacts(active, passive).kind).not.toBe('same-fact');
    expect(classifyFacts(passive, active).kind).not.toBe('same-fact');
    expect(
      classifyFacts(
        active,
        'An application was lodged at the High Court by the Fenby Traders Group.',
      ).kind,
    ).toBe('same-fact');
  });
});
