/**
 * "By" after a participle set after its noun: the passive's agent, or a time or a place
 * (src/search/select/fact-agent-relative.ts). A named day of a month ("by May Day", "by August
 * Bank Holiday") is a deadline, a figure heading an address ("by 5 Harlow Road") counts no
 * agents, a figure whose noun phrase a person noun heads past its premodifiers ("by 40 local
 * traders") counts them, and a title-case "By" is "by". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { namesPassiveAgent } from '../../src/search/select/fact-agent-relative.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const after = (text: string, participle: string) =>
  namesPassiveAgent(text, text.indexOf(participle) + participle.length);

describe('"by" after a participle', () => {
  it('before a named day of a month is a time, not a surname after a forename', () => {
    expect(after('Letters sent by May Day to parents were wrong.', 'sent')).toBe(false);
    expect(after('A report commissioned by August Bank Holiday was late.', 'commissioned')).toBe(
      false,
    );
    expect(after('The review commissioned by May Lee will report soon.', 'commissioned')).toBe(
      true,
    );
  });

  it('before a figure counts agents only when a person noun heads its noun phrase', () => {
    expect(after('A plan backed by 40 local traders was approved.', 'backed')).toBe(true);
    expect(after('A plan backed by 40 taxi drivers was approved.', 'backed')).toBe(true);
    expect(after('A plan backed by 40 Kelby residents was approved.', 'backed')).toBe(true);
    expect(after('Forms returned by 5 Harlow Road were lost.', 'returned')).toBe(false);
    expect(after('A letter sent by 5 May to parents was wrong.', 'sent')).toBe(false);
  });

  it('written "By" in a title-case headline still names the agent', () => {
    expect(after('An Inquiry Led By Judge Anna Wray Will Examine The Flood', 'Led')).toBe(true);
  });

  it('written "By" in a title-case headline before a time names no agent', () => {
    expect(after('Pool Repairs Finished By The End Of May', 'Finished')).toBe(false);
    expect(after('Letters Sent By Tomorrow Will Be Counted', 'Sent')).toBe(false);
    expect(after('Forms Returned By Noon Are Valid', 'Returned')).toBe(false);
    expect(after('Work Completed By Next Spring', 'Completed')).toBe(false);
  });
});

describe('a participle with a deadline after "by"', () => {
  it('tells no act of sending that another report of sending could be one with', () => {
    const a = 'Letters sent by May Day to parents at Kelby School contained the wrong exam dates.';
    const b = 'Kelby School sent letters to parents by May Day.';
    expect(classifyFacts(a, b).kind).toBe('different-fact');
    expect(classifyFacts(b, a).kind).toBe('different-fact');
  });
});
