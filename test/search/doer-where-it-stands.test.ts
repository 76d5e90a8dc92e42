/**
 * The doer a "who VERB" or "which/what N VERB" question asks for, found where it stands
 * (src/search/plan/answer-type.ts `hasDoerOf`, `namesDoerOf`; query-plan.ts `withActWords`):
 * - before the verb phrase's operator, a form of "have" or a modal, and a medial adverb ("its
 *   volunteers had rescued"; Quirk et al. 1985 §3.21–3.22), or before the "be" of a
 *   progressive, never before the "be" of a passive, whose subject is the patient;
 * - never N itself: N is what is asked (§6.38), so "a High Court judge has refused" names no
 *   judge for "which judge refused";
 * - not a verb's noun premodifying another noun ("the trust's rescue coordinator"): a role is
 *   named by the head of its noun phrase (§17.3);
 * - as the subject or agent of a WordNet synonym of the verb ("arrived" for "came": arrive.v.01),
 *   including the named postmodifier ending a collective subject ("a team from the Army's 33
 *   Squadron arrived"; §5.36–5.40, §17.38).
 * Invented sentences and corpora.
 */
import { describe, expect, it } from 'vitest';
import {
  answerTypeOf,
  answerTypeScore,
  hasDoerOf,
  type AnswerType,
} from '../../src/search/plan/answer-type.js';
import { stem } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

describe('the doer of a verb phrase', () => {
  const rescue = stem('rescued');

  it('stands before the operator and a medial adverb, and before a progressive’s "be"', () => {
    expect(hasDoerOf('The trust said its volunteers had rescued 40 seabirds.', rescue)).toBe(true);
    expect(hasDoerOf('Coastguards will soon rescue anyone left on the bank.', rescue)).toBe(true);
    expect(hasDoerOf('Lifeboat volunteers are rescuing walkers from the bank.', rescue)).toBe(true);
  });

  it('is not the patient of a passive, nor a pronoun', () => {
    expect(hasDoerOf('Forty seabirds had been rescued from the slick.', rescue)).toBe(false);
    expect(hasDoerOf('Seabirds were rescued on Tuesday.', rescue)).toBe(false);
    expect(hasDoerOf('They had rescued 40 seabirds.', rescue)).toBe(false);
  });

  it('is never the noun the question asks which one of', () => {
    expect(hasDoerOf('A High Court judge has refused the challenge.', stem('refused'))).toBe(true);
    expect(
      hasDoerOf('A High Court judge has refused the challenge.', stem('refused'), stem('judge')),
    ).toBe(false);
    const type = answerTypeOf('which judge refused the challenge?')!;
    expect(answerTypeScore('A High Court judge has refused the challenge.', type)).toBeLessThan(1);
  });
});

describe('a "which N VERB" passage naming the doer', () => {
  const charity = answerTypeOf('which charity rescued the oiled birds?')!;

  it('counts a doer before "had", not the charity word itself nor a verb’s noun as a title', () => {
    expect(charity.verb).toBe(stem('rescued'));
    expect(
      answerTypeScore('The Puffin Aid Trust said its volunteers had rescued 40 birds.', charity),
    ).toBe(1);
    expect(answerTypeScore('The charity had rescued 40 birds by Friday.', charity)).toBeLessThan(1);
    expect(
      answerTypeScore(
        'Mara Lusk, the trust’s rescue coordinator, said each bird needed three washes.',
        charity,
      ),
    ).toBeLessThan(1);
    // The verb's noun heading the role still names its holder ("chair of").
    const chair = answerTypeOf('who chairs the association?')!;
    expect(answerTypeScore('April Dunmore, chair of the association, spoke.', chair)).toBe(1);
  });

  it('counts the doer of a WordNet synonym of the verb', () => {
    const withActs: AnswerType = { ...answerTypeOf('which army unit came')!, acts: ['arriv'] };
    const team = 'A team from the Army’s 33 Signal Squadron arrived from Didcombe at noon.';
    expect(answerTypeScore(team, answerTypeOf('which army unit came')!)).toBeLessThan(1);
    expect(answerTypeScore(team, withActs)).toBe(1);
  });

  const corpus = {
    published: '2026-03-05',
    paragraphs: [
      ['Mara Lusk, the trust’s rescue coordinator, said each oiled bird needed three washes.'],
      ['The Puffin Aid Trust said its volunteers had rescued 40 oiled birds on the shore.'],
      ['The Harbour Board said a second bomb team came by road from the south on Monday.'],
      ['A squad from the Army’s 33 Signal Squadron arrived from Didcombe in the afternoon.'],
    ],
  };

  it('ranks the passage naming the doer before "had" first', () => {
    const { engine } = engineOver(corpus);
    expect(engine.ask('which charity rescued the oiled birds?').passages[0]?.quote).toContain(
      'Puffin Aid Trust',
    );
  });

  it('answers by the doer of a synonym of the verb', () => {
    const { engine } = engineOver(corpus);
    const unit = engine.ask('which army unit came');
    expect(unit.answered).toBe(true);
    expect(unit.passages[0]?.quote).toContain('Signal Squadron arrived');
  });

  it('reads as the act a verb whose most frequent sense is one of the question verb’s', () => {
    const { index } = engineOver(corpus, {
      published: '2026-03-06',
      paragraphs: [
        ['The crew made the device safe, and the squad has a new van; the road is owned by Tarn.'],
        ['Tarn Estates holds the land, and Tarn Builders constructed the depot in 2019.'],
      ],
    });
    const acts = (question: string) => index.rank(question).plan.answerType?.acts ?? [];
    // arrive.v.01 is "arrive, get, come"; make.v.01 is not "come".
    expect(acts('which army unit came')).toContain(stem('arrived'));
    expect(acts('which army unit came')).not.toContain(stem('made'));
    // have.v.01 is "have, have got, hold", not "own".
    expect(acts('who owns the land')).not.toContain(stem('has'));
    expect(acts('who is building the depot')).toContain(stem('constructed'));
  });
});

describe('"who is VERBing"', () => {
  it('asks the doer of the verb, as the simple form does (the progressive)', () => {
    expect(answerTypeOf('who is building the flats')?.verb).toBe(stem('building'));
    expect(answerTypeOf('who was leading the inquiry?')?.verb).toBe(stem('leading'));
    expect(answerTypeOf('who is the leader of the council')?.verb).toBeUndefined();
    expect(answerTypeOf('who was being held')?.verb).toBeUndefined();
  });
});
