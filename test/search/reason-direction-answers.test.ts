/**
 * "Why …?" asks for a reason or an aim, "which direction …?" for a direction: a passage stating
 * one by the words English marks it with ("because", "so that", "hope … will"; "south-west",
 * "towards") answers, above one that only repeats the question's other words. A reason or a
 * direction may be given without such words, so their absence is no ground to refuse.
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  answerTypeOf,
  answerTypeScore,
  askedAnswerType,
} from '../../src/search/plan/answer-type.js';
import { givesDirection } from '../../src/search/plan/direction-in-text.js';
import { reasonAttachedTo, statesReason } from '../../src/search/plan/reason-in-text.js';
import { engineOver } from './fixtures.js';

describe('a reason a passage states', () => {
  it('is a connective of cause or purpose, or a verb of intending', () => {
    for (const text of [
      'The crossing was cancelled because of high winds.',
      'The plan was shelved for lack of funds.',
      'Divers hope the survey will show how the reef recovers.',
      'The council aims to reopen the pier by June.',
      'Sandbags were laid so that the road stays open.',
    ])
      expect(statesReason(text), text).toBe(true);
  });

  it('is not an infinitive alone or a hope with no clause', () => {
    expect(statesReason('Ann Bell drove 200 miles to see the regatta.')).toBe(false);
    expect(statesReason('There is little hope for the old pier.')).toBe(false);
  });

  it('is what "why" asks for, but not what abstention checks a passage for', () => {
    const why = answerTypeOf('why did the ferry stop running?')!;
    expect(why.name).toBe('reason');
    // Weaker evidence: a reason is as often given with no such word.
    expect(
      answerTypeScore('Fares rose because the quay cracked, and the ferry stopped.', why),
    ).toBe(0.5);
    expect(askedAnswerType('why did the ferry stop running?', why)).toBeNull();
  });
});

describe('a reason told beside the act asked about', () => {
  const closing = ['close'];

  it('is a connective of cause, or "after", "following" or "over" a complaint, next to the act', () => {
    for (const text of [
      'The pool was closed in 2019 after a roof beam cracked.',
      'The pool closed following complaints from swimmers.',
      'The pool was closed over safety fears.',
      'Because of the flood, the pool was closed for a month.',
    ])
      expect(reasonAttachedTo(text, closing), text).toBe(true);
  });

  it('is not a time after the act, nor a reason for another act of the sentence', () => {
    for (const text of [
      'The pool was closed after two years.',
      'The pool closed after March.',
      'The pool, which closed in 2019, has a new owner; the lido reopened after a roof beam cracked and was fixed by volunteers over the summer.',
      'The pool closed in 2019.',
      'Fares rose because of the flood, and the pool closed.',
    ])
      expect(reasonAttachedTo(text, closing), text).toBe(false);
  });

  it('is the act of a "why" question, its names left out', () => {
    expect(answerTypeOf('why did Harrow pool close?')?.act).toEqual(['close', 'pool']);
    const why = answerTypeOf('why did the ferry stop running?')!;
    expect(
      answerTypeScore('The ferry stopped running in May after a crack was found in the quay.', why),
    ).toBe(1);
  });
});

describe('a direction a passage gives', () => {
  it('is a compass point, a direction adverb or a bearing', () => {
    for (const text of [
      'Face south-west after sunset.',
      'North of the bridge the river narrows.',
      'The wind blew from the north-east all night.',
      'Walk towards the lighthouse.',
      'The salmon swim upstream in autumn.',
    ])
      expect(givesDirection(text), text).toBe(true);
  });

  it('is not a compass word that begins a name', () => {
    for (const text of [
      'Aid flights from South Africa landed on Monday.',
      'The West Bank talks resumed.',
      'Crews from the North returned.',
    ])
      expect(givesDirection(text), text).toBe(false);
  });

  it('is what "which direction" asks for; "direction" only frames the question', () => {
    const type = answerTypeOf('which direction should I look to see the comet?')!;
    expect(type.name).toBe('direction');
    expect(type.framing).toHaveLength(1);
  });
});

describe('ranking by the reason or direction asked for', () => {
  const { engine } = engineOver(
    {
      published: '2026-08-10',
      paragraphs: [
        ['Look north-east, just above the horizon.'],
        ['The comet will be visible from the whole coast on Friday.'],
      ],
    },
    {
      published: '2026-08-11',
      paragraphs: [
        [
          'Amateur astronomer Ben Hale, who cycled 80 kilometres to see the comet, said it was the sight of his life.',
        ],
      ],
    },
  );

  it('puts the direction first for "which direction"', () => {
    expect(engine.ask('which direction should i look to see the comet').passages[0]?.quote).toBe(
      'Look north-east, just above the horizon.',
    );
  });

  it('keeps the order of a question asking neither', () => {
    expect(engine.ask('who cycled to see the comet').passages[0]?.quote).toContain('Ben Hale');
  });
});

describe('ranking the cause of the act a "why" asks about', () => {
  const { engine } = engineOver(
    {
      published: '2026-05-02',
      paragraphs: [
        [
          'The Harrow lido in Kent was closed to swimmers in 1998 after chlorine fumes damaged its roof.',
        ],
        [
          'Campaigners fear that too few swimmers could sink the new pool, as happened at Harrow, which closed in 1998.',
        ],
      ],
    },
    {
      published: '2026-05-03',
      paragraphs: [
        ['The Marl pool has been closed to swimmers, and a fence was put up last week.'],
      ],
    },
  );

  it('puts the sentence giving the cause above one that only tells the act', () => {
    expect(engine.ask('why did Harrow close?').passages[0]?.quote).toContain(
      'after chlorine fumes',
    );
  });
});
