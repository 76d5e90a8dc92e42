/**
 * Abstention's gate on the speaker whose words a question asks (src/search/abstain-said-speaker.ts):
 * "what did Lowmere's council say about the ferry" is not answered by the ferry operator's words.
 * Tiny invented corpora: a ferry story where the operator, the mayor and the council speak, and a
 * second story that names Lowmere but quotes no one.
 */
import { describe, expect, it } from 'vitest';
import { saidSpeakerHeld } from '../../src/search/abstain-said-speaker.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The operator and the mayor on the ferry's end; the mayor's second remark only by "She". */
const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Tarnby ferry to stop in October',
  outlet: 'Tarnby Echo',
  published: '2026-03-02',
  paragraphs: [
    ['The Tarnby ferry will stop running in October, its operator Wendmoor Lines said on Monday.'],
    ['Wendmoor Lines said the two boats were too old to repair.'],
    ['Mayor Ines Kolb said the town would look for another ferry operator.'],
    ['She said the harbour committee would meet in November.'],
    ['The Tarnby council said it would buy one of the boats.'],
  ],
};

/** Another story naming Lowmere, where no one speaks of the ferry. */
const PARKING: SearchFixtureArticle = {
  id: 'parking',
  title: 'Parking fees to double',
  outlet: 'Orrel Gazette',
  published: '2026-03-05',
  paragraphs: [
    ['Parking fees in the town centre will double in May.'],
    ['Lowmere is a market town twelve miles inland.'],
  ],
};

const speakerHeld = (question: string) => {
  const { index } = engineOver(FERRY, PARKING);
  return saidSpeakerHeld(index.abstentionInput(index.rank(question)));
};

describe('the gate', () => {
  it('refuses when no leading passage names the speaker, though the topic is told', () => {
    const { engine } = engineOver(FERRY, PARKING);
    expect(speakerHeld('what did the lowmere council say about the ferry')).toBe(false);
    expect(engine.ask('what did the lowmere council say about the ferry').answered).toBe(false);
    // A name the coverage never uses, written as a name, is named nowhere.
    expect(speakerHeld('What did Quorndon say about the ferry?')).toBe(false);
  }, 60_000);

  it('answers when a leading passage names the speaker', () => {
    const { engine } = engineOver(FERRY, PARKING);
    expect(speakerHeld('what did wendmoor lines say about the ferry')).toBe(true);
    const answer = engine.ask('what did wendmoor lines say about the ferry');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.passages[0]?.quote).toContain('Wendmoor Lines');
  }, 60_000);

  it('reads the speaker in a neighbour: "She said" after the sentence naming her', () => {
    expect(speakerHeld('what did Kolb say about the harbour committee')).toBe(true);
  }, 60_000);

  it('leaves a leading passage naming the speaker on another topic to the rest of abstention', () => {
    // Naming is not speaking: the gate asks only that the reply show the speaker at all.
    expect(speakerHeld('what did Lowmere say about the parking fees')).toBe(true);
  }, 60_000);

  it('leaves speakers named only by common words, or by none, to the rest of abstention', () => {
    // "the operator" may be any operator, in any words: no name to require.
    expect(speakerHeld('what did the operator say about the boats')).toBeUndefined();
    expect(speakerHeld('what did she say about the boats')).toBeUndefined();
    expect(speakerHeld('how old are the boats')).toBeUndefined();
  }, 60_000);
});

/**
 * Road closures told by a council leader (her role and name in her sentence) and a harbour
 * master (his role in the sentence before his words); no mayor speaks.
 */
const ROADS: SearchFixtureArticle = {
  id: 'roads',
  title: 'Dunmere roads to close for bridge repairs',
  outlet: 'Dunmere Post',
  published: '2026-04-07',
  paragraphs: [
    [
      'Three roads into Dunmere will close for two weekends in June while the old bridge is repaired.',
    ],
    [
      'Council leader Jane Doe said the road closures were the only way to finish the bridge before winter.',
    ],
    ['The harbour master, Tom Hale, inspected the bridge on Monday.'],
    ['Hale said the road closures would keep lorries away from the quay.'],
  ],
};

/** A mayor, on another story, so that the coverage knows the word. */
const CAR_PARK: SearchFixtureArticle = {
  id: 'car-park',
  title: 'New car park opens',
  outlet: 'Orrel Gazette',
  published: '2026-03-09',
  paragraphs: [['The mayor of Lowmere opened a new car park in March.']],
};

describe('a speaker described by a role', () => {
  const roleHeld = (question: string) => {
    const { index } = engineOver(ROADS, CAR_PARK);
    return saidSpeakerHeld(index.abstentionInput(index.rank(question)));
  };

  it('refuses when no leading passage tells the role of the one speaking', () => {
    const { engine } = engineOver(ROADS, CAR_PARK);
    expect(roleHeld('what did the mayor say about the road closures')).toBe(false);
    expect(engine.ask('what did the mayor say about the road closures').answered).toBe(false);
    expect(engine.ask('what did the police chief say about the road closures').answered).toBe(
      false,
    );
  }, 60_000);

  it('answers when the role is told in the sentence, or in the sentence before', () => {
    const { engine } = engineOver(ROADS, CAR_PARK);
    expect(roleHeld('what did the council leader say about the road closures')).toBe(true);
    expect(engine.ask('what did the council leader say about the road closures').answered).toBe(
      true,
    );
    const harbourMaster = engine.ask('what did the harbour master say about the road closures');
    expect(harbourMaster.answered).toBe(true);
    if (harbourMaster.answered) expect(harbourMaster.passages[0]?.quote).toContain('Hale said');
    expect(engine.ask('what did Jane Doe say about the road closures').answered).toBe(true);
  }, 60_000);

  it('leaves a plural, a class of speakers, to the rest of abstention', () => {
    expect(roleHeld('what did bridge inspectors say about the road closures')).toBeUndefined();
  }, 60_000);
});
