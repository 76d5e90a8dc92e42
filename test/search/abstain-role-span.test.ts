/**
 * Abstention's reading of "how long has X been ROLE" (src/search/abstain-role-span.ts, read by
 * the asked-duration gate): a span answers only where it is said of the role. Tiny invented
 * corpora: a ferry company's managing director quoted beside a span of another act, then her
 * time in the post stated, after the role and by its start.
 */
import { describe, expect, it } from 'vitest';
import { askedDurationHeld } from '../../src/search/abstain-asked-duration.js';
import { roleOfSpan } from '../../src/search/abstain-role-span.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The managing director named, a span said of the crews' work. */
const STRIKE: SearchFixtureArticle = {
  id: 'strike',
  title: 'Ferry crews end walkout',
  outlet: 'Orrin Courier',
  published: '2026-04-14',
  paragraphs: [
    [
      'Managing director Petra Valk told the Orrin Courier that crews had worked without a pay rise for three years.',
    ],
    ['Sailings to the islands resumed on Monday morning.'],
  ],
};

/** Her time in the post, told after the role. */
const SPAN: SearchFixtureArticle = {
  id: 'span',
  title: 'Ferry chief to stand down',
  outlet: 'Orrin Courier',
  published: '2026-05-02',
  paragraphs: [['Petra Valk has been managing director of Orrin Ferries for eleven years.']],
};

/** Her time in the post, told by its start. */
const START: SearchFixtureArticle = {
  id: 'start',
  title: 'Ferry chief profile',
  outlet: 'Orrin Courier',
  published: '2026-05-03',
  paragraphs: [['Petra Valk became managing director of Orrin Ferries in 2015.']],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedDurationHeld(index.abstentionInput(index.rank(question)));
}

describe('the role a "how long has X been ROLE" question asks the holding of', () => {
  it('is the person noun the complement of "been" ends with, before a preposition', () => {
    expect(roleOfSpan('how long had maren holloway been chief executive')).toBe('executive');
    expect(roleOfSpan('how long has lachlan been the warden of the reserve')).toBe('warden');
  });

  it('is none for a complement that is no person noun, a phrase of place, or a progressive', () => {
    expect(roleOfSpan('how long has the bridge been closed')).toBeNull();
    expect(roleOfSpan('how long has the leader been in power')).toBeNull();
    expect(roleOfSpan('how long has lukashenka been running belarus')).toBeNull();
    expect(roleOfSpan('how long did the meeting last')).toBeNull();
  });
});

describe('the gate on a role held', () => {
  const question = 'how long has petra valk been managing director';

  it('refuses when the only span stands after another finite verb than the role', () => {
    expect(held(question, STRIKE)).toBe(false);
    expect(engineOver(STRIKE).engine.ask(question).answered).toBe(false);
  });

  it('answers when the span is said of the role, after it or by its start', () => {
    expect(held(question, STRIKE, SPAN)).toBe(true);
    const answer = engineOver(STRIKE, SPAN).engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('eleven years');
    expect(held(question, STRIKE, START)).toBe(true);
    expect(engineOver(STRIKE, START).engine.ask(question).answered).toBe(true);
  });
});
