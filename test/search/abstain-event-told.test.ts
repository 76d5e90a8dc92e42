/**
 * Abstention's gate on a past polar question answered by a plan or a request
 * (src/search/abstain-event-told.ts): "did the minister call in the decision" is not answered by
 * a sentence that tells the calling-in only as asked for. A tiny invented corpus: a harbour
 * marina's planning approval, its opponents' plan to appeal, and a depot sold.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The marina: approved, a request to the minister, a sale done and a sale ahead. */
const MARINA: SearchFixtureArticle = {
  id: 'marina',
  title: 'Kestrel Quay marina approved',
  outlet: 'Wrenport Chronicle',
  published: '2025-09-03',
  paragraphs: [
    ['Wrenport council approved the Kestrel Quay marina on Tuesday by six votes to three.'],
    [
      'The Kestrel Quay Society said it would write to the housing minister asking for the marina decision to be called in.',
    ],
    ['The council sold the old harbour depot to Tidewell Homes last year.'],
    ['The council will sell the boatyard on Slipway Lane in the spring.'],
  ],
};

/** An inquiry: an inspector's visit planned, and a review asked for. */
const INQUIRY: SearchFixtureArticle = {
  id: 'inquiry',
  title: 'Saltmarsh inquiry opens',
  outlet: 'Wrenport Chronicle',
  published: '2025-10-14',
  paragraphs: [
    [
      "The inspector's site visit to the saltmarsh is planned for 14 November, a week after the hearing resumes.",
    ],
    ['The harbour trust asked for a review of the flood model.'],
  ],
};

describe('a past polar question', () => {
  it('is not answered by a sentence telling the event only as asked for or ahead', () => {
    const { engine } = engineOver(MARINA);
    for (const question of [
      'did the housing minister call in the marina decision',
      'has the council sold the boatyard on slipway lane',
    ])
      expect(engine.ask(question).answered, question).toBe(false);
  });

  it('is answered by a sentence telling the event as done', () => {
    const { engine } = engineOver(MARINA);
    for (const [question, answer] of [
      ['did the council approve the kestrel quay marina', 'approved the Kestrel Quay marina'],
      ['has the council sold the old harbour depot', 'sold the old harbour depot'],
    ] as const) {
      const reply = engine.ask(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.passages[0]?.quote, question).toContain(answer);
    }
  });

  it('of the future is answered by the plan', () => {
    const { engine } = engineOver(MARINA);
    const reply = engine.ask('will the council sell the boatyard on slipway lane');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('will sell the boatyard');
  });

  it('asking whether a plan or a request was made is answered by the plan or the request', () => {
    const { engine } = engineOver(INQUIRY);
    for (const [question, answer] of [
      ['did the inspector plan to visit the saltmarsh', 'site visit to the saltmarsh'],
      ['did the harbour trust ask for a review of the flood model', 'asked for a review'],
    ] as const) {
      const reply = engine.ask(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.passages[0]?.quote, question).toContain(answer);
    }
  });
});
