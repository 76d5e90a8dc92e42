/**
 * Abstention's gate on a thing whose words a question asks (src/search/abstain-said-thing.ts):
 * "what did the safety review conclude" is answered only by a sentence in which the review
 * reports ("The review found …"), not by one that mentions it ("a review will be published in
 * the spring"). Tiny invented corpora: a tram depot story whose review is only awaited, and a
 * ferry story whose survey reports, and whose noise study recommends by "It".
 */
import { describe, expect, it } from 'vitest';
import { saidThingHeld } from '../../src/search/abstain-said-thing.js';
import { speakerPhrase } from '../../src/search/plan/speaker.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A review only awaited; the depot manager and the union speak. */
const DEPOT: SearchFixtureArticle = {
  id: 'depot',
  title: 'Tram depot fire: services resume',
  outlet: 'Harnley Echo',
  published: '2026-04-02',
  paragraphs: [
    ['Trams returned to the Harnley line on Monday, a week after a fire at the Eastgate depot.'],
    [
      'The council said an independent safety review of the depot would be published in the spring.',
    ],
    ['Its final report is expected before the summer, the council added.'],
    ['Depot manager Ilse Varga said the wiring had been replaced.'],
    ['The drivers union said the fire alarms had failed twice before.'],
  ],
};

/** A survey that reports, once as a subject and once after "according to". */
const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Harnley ferry survey published',
  outlet: 'Harnley Echo',
  published: '2026-05-11',
  paragraphs: [
    ['The harbour survey, which began in March, found that the ferry pier needs new piles.'],
    ['According to the harbour survey, the pier could close for six weeks in the autumn.'],
    ['The ferry operator said it would run a bus service while the pier is closed.'],
    ['A noise study of the pier works has been published.', 'It recommends no piling at night.'],
  ],
};

const held = (question: string) => {
  const { index } = engineOver(DEPOT, FERRY);
  return saidThingHeld(index.abstentionInput(index.rank(question)));
};

describe('the speaker a question asks the words of', () => {
  it('reads a noun heading the speaker before the verb asked', () => {
    expect(speakerPhrase("what did the inspectors' final report say about the piles")).toBe(
      "the inspectors' final report",
    );
    expect(speakerPhrase('what did the final report in November conclude')).toBe(
      'the final report',
    );
    expect(speakerPhrase('what did the mayor tell the council about the fire')).toBe('the mayor');
  });
});

describe('the gate', () => {
  it('refuses when the thing is only mentioned, never reporting', () => {
    const { engine } = engineOver(DEPOT, FERRY);
    expect(held('what did the safety review conclude about the depot')).toBe(false);
    expect(engine.ask('what did the safety review conclude about the depot').answered).toBe(false);
    // "is expected": a passive verb's subject is not the one reporting.
    expect(held('what did the final report say about the depot wiring')).toBe(false);
  }, 60_000);

  it('answers when the thing is the subject of a verb of finding or after "according to"', () => {
    const { engine } = engineOver(DEPOT, FERRY);
    expect(held('what did the harbour survey find about the pier')).toBeUndefined();
    expect(held('what did the harbour survey conclude about the pier')).toBe(true);
    expect(held('what did the harbour survey say about closing the pier')).toBe(true);
    const answer = engine.ask('what did the harbour survey conclude about the pier');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.passages[0]?.quote).toContain('survey');
  }, 60_000);

  it('reads "it" after the sentence naming the thing as the thing', () => {
    expect(held('what did the noise study recommend about piling')).toBe(true);
  }, 60_000);

  it('leaves people, bodies and names to the other gates', () => {
    // A person or a body is told again by name or by another role noun.
    expect(held('what did the depot manager say about the fire')).toBeUndefined();
    expect(held('what did the union say about the alarms')).toBeUndefined();
    expect(held('what did Varga say about the wiring')).toBeUndefined();
    // A word the coverage never writes may be a short form of a name.
    expect(held('what did the pm say about the depot')).toBeUndefined();
    // A role read by another usual sense ("head": a body part) is a person, told by name.
    expect(held('what did the depot head say about the fire')).toBeUndefined();
    // The present asks a text's standing content, told in any words.
    expect(held('what does the safety review say about the depot')).toBeUndefined();
    // A piece of the coverage speaks in each of its sentences.
    expect(held('what did the story say about the pier')).toBeUndefined();
  }, 60_000);

  it('leaves a kind of piece to the rule naming an article by its genre', () => {
    // "letter" and "press release" name genres of article (plan/piece-kinds.ts): an article of
    // that kind speaks in each of its sentences, whether or not one is in the coverage.
    const NOTICE: SearchFixtureArticle = {
      id: 'notice',
      title: 'Pier works: what residents need to know',
      outlet: 'Harnley Echo',
      published: '2026-05-12',
      paragraphs: [
        ['Residents near the pier will receive a letter about the works next week.'],
        ['A press release from the harbour board is expected on Friday.'],
      ],
    };
    const { index } = engineOver(DEPOT, FERRY, NOTICE);
    for (const question of [
      'what did the letter say about the pier works',
      'what did the press release say about the pier',
    ])
      expect(saidThingHeld(index.abstentionInput(index.rank(question))), question).toBeUndefined();
  }, 60_000);
});
