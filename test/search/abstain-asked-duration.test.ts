/**
 * Abstention's duration gate (src/search/abstain-asked-duration.ts): "how long did X last" is
 * answered only by a span of time said of X, not by a span of another act in the same
 * passages, and it is said of X where X is named by the verb its noun nominalises or a word of
 * that verb's sense ("walked out" of a strike), not by a word of another sense ("run", "see" of
 * a meeting). Invented articles: a ferry strike, a pier hearing, a hosepipe ban, a harbour
 * meeting.
 */
import { describe, expect, it } from 'vitest';
import { askedDurationHeld, durationEventuality } from '../../src/search/abstain-asked-duration.js';
import { nominalisedVerbWords } from '../../src/search/nominalised-verbs.js';
import { stem } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const STRIKE: SearchFixtureArticle = {
  id: 'strike',
  title: 'Ferry crews end walkout at Tarnholm',
  outlet: 'Tarnholm Courier',
  published: '2026-03-12',
  paragraphs: [
    ['Ferry crews at Tarnholm returned to work on Tuesday after the strike over rotas ended.'],
    ['Skipper Odile Brack, who has sailed the island route for 19 years, said crews were tired.'],
    ['Union leaders met harbour managers at the Tarnholm hall on Monday to agree the rotas.'],
  ],
};

const HEARING: SearchFixtureArticle = {
  id: 'hearing',
  title: 'Tarnholm pier hearing closes',
  outlet: 'Tarnholm Courier',
  published: '2026-04-02',
  paragraphs: [
    ['The pier inquiry hearing closed on Wednesday.'],
    ['The hearing lasted three days, with evidence from 14 witnesses.'],
  ],
};

const BAN: SearchFixtureArticle = {
  id: 'ban',
  title: 'Tarnholm hosepipe ban stays',
  outlet: 'Tarnholm Courier',
  published: '2026-06-02',
  paragraphs: [
    [
      'The hosepipe ban is expected to remain in force until at least the autumn, the water board said.',
    ],
    ['Gardener Pell Orrin, who has tended the allotments for 30 years, said beds were dry.'],
  ],
};

const WALKOUT: SearchFixtureArticle = {
  id: 'walkout',
  title: 'Tarnholm ferry crews stop work',
  outlet: 'Tarnholm Courier',
  published: '2026-03-02',
  paragraphs: [
    ["The Tarnholm ferry strike was called over new rotas, the crews' union said."],
    ['Ferry crews at Tarnholm walked out for 48 hours from Friday.'],
    ['Skipper Odile Brack, who has sailed the island route for 19 years, said crews were tired.'],
  ],
};

const MEETING: SearchFixtureArticle = {
  id: 'meeting',
  title: 'Tarnholm harbour meeting ends without deal',
  outlet: 'Tarnholm Courier',
  published: '2026-05-20',
  paragraphs: [
    ['The harbour meeting at Tarnholm was chaired by Dora Fell.'],
    ['Fell, who has run the harbour board for 11 years, said no deal was struck.'],
    ['She said she had seen the quay silt up over two decades.'],
  ],
};

describe('the eventuality a "how long … last" question asks of', () => {
  it('is the head of the subject', () => {
    expect(durationEventuality('how long did the ferry strike at Tarnholm last?')).toBe(
      stem('strike'),
    );
    expect(durationEventuality('How long was the inquiry supposed to last?')).toBe(stem('inquiry'));
    expect(durationEventuality("how long did Brack's voyage take")).toBe(stem('voyage'));
    // No noun phrase: a pronoun, a reporting clause, no verb of duration.
    expect(durationEventuality('how long did it take to agree the rotas')).toBeNull();
    expect(durationEventuality('how long did Brack say the strike took')).toBeNull();
    expect(durationEventuality('how long has Brack sailed the route')).toBeNull();
  });
});

describe('a span of time of another act', () => {
  it('does not answer how long the strike lasted', () => {
    const { index, engine } = engineOver(STRIKE);
    const question = 'how long did the ferry strike at Tarnholm last?';
    expect(askedDurationHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 120_000);

  it('leaves a span said of the asked event to answer', () => {
    const { index, engine } = engineOver(HEARING);
    const question = 'how long did the pier inquiry hearing last?';
    expect(askedDurationHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    expect(engine.ask(question).answered).toBe(true);
  }, 120_000);

  it('reads "until" before a span\'s end as a span said of the asked act', () => {
    const { index } = engineOver(BAN);
    const question = 'how long is the hosepipe ban expected to last?';
    expect(askedDurationHeld(index.abstentionInput(index.rank(question)))).toBe(true);
  }, 120_000);
});

describe('the verb a noun of an act nominalises', () => {
  it('is told by the words of its own sense, not by a sense far down a word', () => {
    expect(nominalisedVerbWords('strike')).toEqual(expect.arrayContaining(['strike', 'walk out']));
    expect(nominalisedVerbWords('meeting')).toContain('meet');
    expect(nominalisedVerbWords('meeting')).not.toContain('see');
    expect(nominalisedVerbWords('meeting')).not.toContain('run');
    expect(nominalisedVerbWords('bridge')).toEqual([]);
  });

  it('answers how long the strike lasted with a span said of walking out', () => {
    const { index, engine } = engineOver(WALKOUT);
    const question = 'how long did the ferry strike at Tarnholm last?';
    expect(askedDurationHeld(index.abstentionInput(index.rank(question)))).toBe(true);
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('walked out for 48 hours'))).toBe(true);
  }, 120_000);

  it('does not answer how long the meeting lasted with a span of running or seeing', () => {
    const { index, engine } = engineOver(MEETING);
    const question = 'how long did the harbour meeting at Tarnholm last?';
    expect(askedDurationHeld(index.abstentionInput(index.rank(question)))).toBe(false);
    expect(engine.ask(question).answered).toBe(false);
  }, 120_000);
});
