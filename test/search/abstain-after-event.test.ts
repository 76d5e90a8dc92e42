/**
 * Abstention's gate on "… after being VERBed" (src/search/abstain-after-event.ts): the "after"
 * clause's event is given by the question, so a passage that tells only that event says
 * nothing of what followed it. Tiny invented corpora: a harbour official questioned by
 * auditors, then, in another article, what she did next.
 */
import { describe, expect, it } from 'vitest';
import { afterEventAsked, tellsBeyondEvent } from '../../src/search/abstain-after-event.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Only the questioning is told. */
const QUESTIONED: SearchFixtureArticle = {
  id: 'audit',
  title: 'Auditors question Kelby harbour official',
  outlet: 'Kelby Post',
  published: '2025-03-04',
  paragraphs: [
    [
      'Harbour treasurer Ruth Okafor on Monday became the third port official to be questioned by county auditors.',
      'The audit covers the sale of the east quay in 2023.',
    ],
  ],
};

/** What followed the questioning. */
const RELEASED: SearchFixtureArticle = {
  id: 'audit-after',
  title: 'Harbour treasurer speaks out',
  outlet: 'Kelby Courier',
  published: '2025-03-05',
  paragraphs: [
    [
      'Ruth Okafor resigned from the port board on Tuesday and said the audit was unfair.',
      'The board will name a new treasurer in April.',
    ],
  ],
};

/** Every word the coverage above uses as everyday English, as a test stand-in for the index's. */
const isCommon = (term: string) => !['okafor', 'ruth', 'kolesnikova', 'maria'].includes(term);

describe('what an "after" clause question gives and asks', () => {
  it('reads the passive event, the participant and the main predicate', () => {
    expect(afterEventAsked('was Ruth Okafor arrested after being questioned?', isCommon)).toEqual({
      verb: 'question',
      participant: 'okafor',
      predicate: ['arrest'],
    });
    expect(afterEventAsked('what happened to okafor after she was questioned', isCommon)).toEqual({
      verb: 'question',
      participant: 'okafor',
      predicate: [],
    });
  });

  it('is nothing for an "after" clause of another form', () => {
    // A noun phrase, an active clause, a clause with its own subject: whose event is not said.
    expect(afterEventAsked('what happened to okafor after the audit', isCommon)).toBeNull();
    expect(afterEventAsked('what did okafor say after leaving the board', isCommon)).toBeNull();
    expect(
      afterEventAsked('what did okafor do after the board was questioned', isCommon),
    ).toBeNull();
    // No name in the main clause: no participant to check a passage for.
    expect(afterEventAsked('what happened after being questioned', isCommon)).toBeNull();
  });
});

describe('a passage telling more than the given event', () => {
  it('is one with the asked predicate, a later act, or no form of the event', () => {
    const only = QUESTIONED.paragraphs[0]![0]!;
    expect(tellsBeyondEvent(only, 'question', [])).toBe(false);
    expect(tellsBeyondEvent(only, 'question', ['arrest'])).toBe(false);
    expect(tellsBeyondEvent('Okafor was questioned and arrested.', 'question', ['arrest'])).toBe(
      true,
    );
    expect(tellsBeyondEvent('Okafor was questioned and released on bail.', 'question', [])).toBe(
      true,
    );
    expect(tellsBeyondEvent(RELEASED.paragraphs[0]![0]!, 'question', [])).toBe(true);
  });
});

describe('the gate', () => {
  it('refuses when the passages naming the participant tell only the given event', () => {
    const { engine } = engineOver(QUESTIONED);
    expect(engine.ask('what happened to ruth okafor after she was questioned?').answered).toBe(
      false,
    );
    expect(engine.ask('was okafor arrested after being questioned').answered).toBe(false);
  });

  it('answers when a passage tells what the participant did next', () => {
    const answer = engineOver(QUESTIONED, RELEASED).engine.ask(
      'what happened to ruth okafor after she was questioned?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('resigned'))).toBe(true);
  });

  it('leaves questions without the "after" clause alone', () => {
    const { engine } = engineOver(QUESTIONED);
    expect(engine.ask('who questioned ruth okafor').answered).toBe(true);
  });
});
