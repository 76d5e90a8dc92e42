/**
 * Abstention's gate on the outcome of a process (src/search/abstain-pending-outcome.ts): a
 * question for what an arbitration, an assessment or a review produced is not answered by
 * passages that tell the process as still ahead. Two tiny invented corpora: one reporting the
 * processes only before their end, one reporting their outcomes too.
 */
import { describe, expect, it } from 'vitest';
import { outcomeReported, processAsked } from '../../src/search/abstain-pending-outcome.js';
import { toldAsAhead } from '../../src/search/told-as-ahead.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A dispute over a late pier, its arbitration and a wildlife assessment still to come. */
const PENDING: SearchFixtureArticle = {
  id: 'pending',
  title: 'Pier contractor disputes penalty',
  outlet: 'Kelby Echo',
  published: '2024-03-02',
  paragraphs: [
    ['Kelby council fined the contractor Harlow Marine £2m for finishing the new pier late.'],
    ['Harlow Marine is disputing the £2m penalty; an arbitration hearing is due in September.'],
    ['The wildlife assessment of the pier will be published in the spring, the council said.'],
    ['Fishers said the pier had already harmed the mussel beds near the harbour wall.'],
  ],
};

/** The same dispute months later: the arbitrator's ruling and the assessment's finding. */
const SETTLED: SearchFixtureArticle = {
  id: 'settled',
  title: 'Arbitrator backs council over pier penalty',
  outlet: 'Kelby Post',
  published: '2024-10-12',
  paragraphs: [
    ['The arbitrator ruled on Friday that Kelby council was right to fine Harlow Marine £2m.'],
    ['The wildlife assessment found that the pier would not harm the mussel beds.'],
  ],
};

function reported(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return outcomeReported(index.abstentionInput(index.rank(question)));
}

describe('the process whose outcome a question asks', () => {
  it('is the head of the noun phrase before an outcome verb, or after "won"', () => {
    expect(processAsked('who won the arbitration over the penalty?')).toBe('arbitration');
    expect(processAsked('how did the september arbitration over the penalty turn out')).toBe(
      'arbitration',
    );
    expect(processAsked('what did the environmental assessment conclude about the beds')).toBe(
      'assessment',
    );
    expect(processAsked('what did the arbitrator decide on the penalty')).toBe('arbitrator');
    expect(processAsked('what was the outcome of the review?')).toBe('review');
    expect(processAsked('what was the result of her B sample')).toBe('sample');
    expect(processAsked('what were the results of the tests?')).toBe('tests');
  });

  it('is none when the question asks no outcome, or a clause holds the verb', () => {
    expect(processAsked('when is the arbitration hearing?')).toBeNull();
    expect(processAsked('what did the council say about the pier')).toBeNull();
    expect(processAsked('what did Fennick say about how quickly the council decided')).toBeNull();
  });
});

describe('a process told as still ahead', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return toldAsAhead(text, start, start + word.length);
  };

  it('is governed by a future marker, or said not to be done yet', () => {
    expect(at('An arbitration hearing is due in September.', 'arbitration')).toBe(true);
    expect(at('The assessment will be published in the spring.', 'assessment')).toBe(true);
    expect(at('The council said the review would be published in May.', 'review')).toBe(true);
    expect(at('The inquiry has yet to report.', 'inquiry')).toBe(true);
  });

  it('is told as possible, asked for, or still to be done', () => {
    const rider = 'The rider, a three-time champion, may still ask for her B sample to be tested.';
    expect(at(rider, 'sample')).toBe(true);
    expect(at('The rider asked for a second test.', 'test')).toBe(true);
    expect(at('Residents have called for an inquiry into the flood.', 'inquiry')).toBe(true);
    expect(at('The inquiry could report in May.', 'inquiry')).toBe(true);
    expect(at('She wants the sample to be tested in Lausanne.', 'sample')).toBe(true);
  });

  it('is not one found, or found wanting, or asked for by a past clause after it', () => {
    expect(at('The inquiry could not find any fault.', 'inquiry')).toBe(false);
    expect(at('Her B sample was tested on Monday and matched the first.', 'sample')).toBe(false);
    expect(at('The inquiry the residents called for found no fault.', 'inquiry')).toBe(false);
  });

  it('reads a capitalised "May" after another word as the month, not the modal', () => {
    expect(at('The inquiry into the flood reported in May.', 'inquiry')).toBe(false);
    expect(at('In May the inquiry found no fault.', 'inquiry')).toBe(false);
    expect(at('May the inquiry report soon, residents said.', 'inquiry')).toBe(true);
  });

  it('is not one whose own verb is past, whatever a later clause says', () => {
    expect(at('The arbitrator ruled that the council would keep the money.', 'arbitrator')).toBe(
      false,
    );
    expect(at('The assessment found that the pier would not harm the beds.', 'assessment')).toBe(
      false,
    );
    // A clause break ends the clause: the penalty's dispute is now, the hearing ahead.
    expect(at('Harlow is disputing the penalty; a hearing is due in May.', 'penalty')).toBe(false);
  });
});

/** A doping hearing: the rider may still have her second sample tested. */
const HEARING: SearchFixtureArticle = {
  id: 'hearing',
  title: "Cyclist's appeal heard in Bern",
  outlet: 'Bernese Courier',
  published: '2026-09-08',
  paragraphs: [
    ['Nine witnesses gave evidence at the hearing in Bern.'],
    ['The rider, a three-time national champion, may still ask for her B sample to be tested.'],
    ['Her uncle told the panel he had kept the tablets in the team car.'],
  ],
};

/** The same case later: the second sample tested. */
const TESTED: SearchFixtureArticle = {
  id: 'tested',
  title: 'Second sample confirms positive test',
  outlet: 'Bernese Courier',
  published: '2026-10-02',
  paragraphs: [['Her B sample, tested in Lausanne on Monday, confirmed the first finding.']],
};

describe('the outcome gate', () => {
  it('refuses a result asked of a test told only as possible or asked for', () => {
    const question = 'what was the result of her B sample';
    expect(reported(question, HEARING)).toBe(false);
    expect(engineOver(HEARING).engine.ask(question).answered).toBe(false);
    expect(reported(question, HEARING, TESTED)).toBe(true);
    expect(engineOver(HEARING, TESTED).engine.ask(question).answered).toBe(true);
    // Two engines built, each reading WordNet: slow on a busy machine.
  }, 120_000);

  it('refuses when every passage naming the process tells it as ahead', () => {
    const { engine } = engineOver(PENDING);
    for (const question of [
      'who won the arbitration over the pier penalty?',
      'what did the wildlife assessment conclude about the mussel beds?',
    ]) {
      expect(reported(question, PENDING), question).toBe(false);
      expect(engine.ask(question).answered, question).toBe(false);
    }
  });

  it('lets the classifier judge once a passage tells the outcome', () => {
    const { engine } = engineOver(PENDING, SETTLED);
    for (const question of [
      'who won the arbitration over the pier penalty?',
      'what did the wildlife assessment conclude about the mussel beds?',
    ]) {
      expect(reported(question, PENDING, SETTLED), question).toBe(true);
      expect(engine.ask(question).answered, question).toBe(true);
    }
  });

  it('asks nothing of questions for no outcome, or of processes no passage names', () => {
    expect(reported('when is the arbitration hearing?', PENDING)).toBeUndefined();
    expect(reported('what did the planning inquiry conclude?', PENDING)).toBeUndefined();
  });
});
