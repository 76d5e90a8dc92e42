/**
 * Untrue "also reported by" left from session 71, on invented sentences (session 72): additive
 * words beyond "also", "extra" and "more" (fact-additive.ts; Quirk et al. 1985, §8.116;
 * Huddleston & Pullum 2002, ch. 5), a passive followed by a measure of time that is no recipient
 * passive (fact-recipient-passive.ts), "by" before a time that is no agent and a forename that is
 * also a month's that is one (fact-agent-relative.ts), one doer's act over two things whose
 * shared head each narrows otherwise (fact-patients.ts). Related with the synonyms an index over
 * the two sentences would hold, each way round.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { additiveMemberApart } from '../../src/search/select/fact-additive.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { namesPassiveAgent } from '../../src/search/select/fact-agent-relative.js';
import { recipientSubjectApart } from '../../src/search/select/fact-recipient-passive.js';
import { synonymsFor } from '../support/index-synonyms.js';

/** The relation of `a` and `b`, each way round, with their words' synonyms. */
const related = (a: string, b: string) =>
  [a, b].map(
    (x) =>
      classifyFacts(x, x === a ? b : a, { published: [null, null], synonyms: synonymsFor(a, b) })
        .kind,
  );

const never = () => false;

describe('additive words beyond "also", "extra" and "more"', () => {
  it('reads clause-closing "too" and "as well" as "also": the clause must be told whole', () => {
    const other = 'Kelmoor Rowing Club cancelled its spring races and a novice coaching week.';
    for (const additive of [
      'Kelmoor Rowing Club has cancelled its open week too.',
      'Kelmoor Rowing Club has cancelled its open week as well, the secretary said.',
    ])
      expect(related(additive, other), additive).toEqual(['different-fact', 'different-fact']);
    expect(
      related(
        'Kelmoor Rowing Club has cancelled its open week as well.',
        'Kelmoor Rowing Club cancelled its open week.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('reads neither "too" before its head nor "as well as" as additive', () => {
    const plain = analyseFact('Letters to parents at Kelby School were sent on Monday.');
    for (const text of [
      'Letters to parents at Kelby School were sent too late on Monday.',
      'Letters to parents as well as pupils at Kelby School were sent on Monday.',
    ])
      expect(additiveMemberApart(analyseFact(text), plain, never), text).toBe(false);
  });

  it('reads "further", "additional" and "another" before a noun as "extra"', () => {
    for (const [additive, plain] of [
      [
        'Further warning signs were put up at each gate of the reservoir on Tuesday.',
        'Warning signs were put up at each gate of the reservoir on Tuesday, ahead of further tests.',
      ],
      [
        'Additional warning signs were put up at each gate of the reservoir on Tuesday.',
        'Warning signs were put up at each gate of the reservoir on Tuesday, ahead of additional tests.',
      ],
    ] as const)
      expect(related(additive, plain), additive).toEqual(['different-fact', 'different-fact']);
  });

  it('ends the added noun phrase before its verb: "more volunteers arrived" adds volunteers', () => {
    const police = analyseFact('Police arrived at the reservoir on Monday.');
    expect(
      additiveMemberApart(
        analyseFact('More volunteers arrived at the reservoir on Monday.'),
        police,
        never,
      ),
    ).toBe(false);
    expect(
      additiveMemberApart(
        analyseFact('More police arrived at the reservoir on Monday.'),
        police,
        never,
      ),
    ).toBe(true);
  });

  it('reads "further" as an adverb before a verb, no addition', () => {
    expect(
      additiveMemberApart(
        analyseFact('The new pumps would further reduce costs at the reservoir.'),
        analyseFact('The new pumps would reduce costs at the reservoir.'),
        never,
      ),
    ).toBe(false);
  });
});

describe('the passive of a verb of giving followed by a measure of time', () => {
  const at = (text: string) => [analyseFact(text), text.indexOf(' sent') + 1] as const;

  it('has the thing sent as its subject, not the recipient', () => {
    const [letters, atLetters] = at(
      'Letters warning parents at Kelby School were sent 10 days late.',
    );
    const [pupils, atPupils] = at('Pupils at Kelby School were sent a letter 10 days late.');
    expect(recipientSubjectApart(letters, atLetters, pupils, atPupils, never)).toBe(true);
    expect(recipientSubjectApart(pupils, atPupils, letters, atLetters, never)).toBe(true);
  });

  it('still reads a cardinal counting the things given as the retained object', () => {
    const [letters, atLetters] = at('Letters warning parents at Kelby School were sent on Monday.');
    const [pupils, atPupils] = at('Pupils at Kelby School were sent 10 letters on Monday.');
    expect(recipientSubjectApart(pupils, atPupils, letters, atLetters, never)).toBe(true);
  });
});

describe('"by" after a participle: an agent or a time', () => {
  const after = (text: string, participle: string) =>
    namesPassiveAgent(text, text.indexOf(participle) + participle.length);

  it('reads a clock time or a figure after "by" as a deadline', () => {
    expect(after('A letter sent by 5pm to parents was wrong.', 'sent')).toBe(false);
    expect(after('A review finished by 10.30 on Monday was wrong.', 'finished')).toBe(false);
    expect(after('A letter sent by May 2027 to parents was wrong.', 'sent')).toBe(false);
    expect(after('A letter sent by May to parents was wrong.', 'sent')).toBe(false);
  });

  it('reads a forename that is also a month, before a surname, as the agent', () => {
    expect(after('The review commissioned by May Lee will report soon.', 'commissioned')).toBe(
      true,
    );
    expect(after('An inquiry led by June Okafor will report soon.', 'led')).toBe(true);
  });

  it('reads a figure counting persons after "by" as the agents', () => {
    expect(after('The petition, signed by 6,800 people, was handed in.', 'signed')).toBe(true);
    expect(after('A letter sent by 5 May to parents was wrong.', 'sent')).toBe(false);
  });

  it('keeps a letter sent by a clock time apart from a report of letters sent', () => {
    expect(
      related(
        'A letter sent by 5pm to parents at Kelby School was wrong.',
        'Letters were sent to parents at Kelby School by 5pm.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });
});

describe('one doer and act over two things', () => {
  it('keeps a shared head each report narrows otherwise apart', () => {
    expect(
      related(
        'Kelmoor Rowing Club cancelled its evening races and a novice coaching week that was due to start on Tuesday.',
        'Kelmoor Rowing Club has cancelled its open week.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('joins the same thing named with and without its premodifier', () => {
    expect(
      related(
        'Kelmoor Rowing Club has cancelled its open week.',
        'Kelmoor Rowing Club cancelled its open week, which usually draws crews from across the county.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});
