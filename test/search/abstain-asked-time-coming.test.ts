/**
 * Abstention's gate on "when will/does X VERB" (src/search/abstain-asked-time.ts): the date must
 * be said of the act asked, done by its subject, not of another act sharing the question's
 * words. Tiny invented corpora: a bell's hoped-for move with only a talk dated, then the move
 * dated by its verb and by its noun.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { askedComingAct, otherDoerBefore } from '../../src/search/abstain-asked-time.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

/** A wish for the bell's move, and a talk about the bell dated. */
const WISH = `Bell appeal

By Lia Dorn
Marston Gazette | 4 March 2026

Many in Marston want the old bell to move to the abbey. A petition for it has 400 names.

Our winter lecture, on the story of the bell, will move to the Guild Hall on Friday 20 March.
`;

/** The bell's move dated by the verb. */
const VERB = `Bell to leave museum

By Lia Dorn
Marston Gazette | 10 March 2026

The old bell will move to the abbey on 3 May, the trustees said.
`;

/** The move dated by its noun. */
const NOUN = `Bell news

By Lia Dorn
Marston Gazette | 11 March 2026

The trustees have agreed to the bell's return to the abbey. The move is set for 14 June.
`;

describe('the act a "when will X VERB" question asks the date of', () => {
  it("is the verb after the subject, or a plan's verb after 'to'", () => {
    expect(askedComingAct('when will the statue go to the cathedral')).toBe('go');
    expect(askedComingAct('When does the night ferry sail?')).toBe('sail');
    expect(askedComingAct('when is the bridge due to open')).toBe('open');
  });

  it('is the subject when the verb only frames the question', () => {
    expect(askedComingAct('when will the move happen')).toBe('move');
  });

  it('is none for a past or passive question, or no subject told from a verb', () => {
    expect(askedComingAct('when did the ferry sail')).toBeNull();
    expect(askedComingAct('when was the bridge opened')).toBeNull();
    expect(askedComingAct('when will it open')).toBeNull();
  });
});

describe('whose act a dated sentence tells', () => {
  const asked = new Set(['bell', 'move', 'abbey']);
  const doer = (text: string) => otherDoerBefore(text, text.lastIndexOf('move'), asked);

  it("is another doer's when a content word the question lacks stands as the verb's subject", () => {
    expect(doer('Our winter lecture, on the story of the bell, will move')).toBe(true);
    expect(doer('The family will move')).toBe(true);
  });

  it("is the asked act's when the subject is the question's, a pronoun, or past an adverb among the auxiliaries", () => {
    expect(doer('The old bell will move')).toBe(false);
    expect(doer('It will move')).toBe(false);
    expect(doer('The old bell will finally move')).toBe(false);
    expect(doer('The old bell will not now move')).toBe(false);
  });
});

describe('the gate', () => {
  let wish: Engine;
  let verb: Engine;
  let noun: Engine;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const built = await Promise.all([
      plainCorpusEngine({ 'wish.txt': WISH }),
      plainCorpusEngine({ 'wish.txt': WISH, 'verb.txt': VERB }),
      plainCorpusEngine({ 'wish.txt': WISH, 'noun.txt': NOUN }),
    ]);
    [wish, verb, noun] = built.map((b) => b.engine) as [Engine, Engine, Engine];
    cleanups.push(...built.map((b) => b.cleanup));
    // Three index builds: on a busy machine they take longer than one.
  }, 180_000);
  afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

  it("refuses when the only date is of another doer's act sharing the verb", () => {
    expect(wish.ask('when will the bell move to the abbey').answered).toBe(false);
  });

  it('answers with the passage dating the act by its verb', () => {
    const answer = verb.ask('when will the bell move to the abbey');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('3 May');
  });

  it('answers with the passage dating the act by its noun', () => {
    const answer = noun.ask('when will the bell move to the abbey');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('set for 14 June');
  });
});
