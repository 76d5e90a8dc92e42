/**
 * Abstention's gate on what a "how many" question counts (src/search/abstain-counted-thing.ts):
 * a passage answers only if it holds a number counting the noun. Two tiny invented corpora: one
 * whose passages only share the question's topic (a petition collecting signatures, with no
 * count of them), one that states the counts.
 */
import { describe, expect, it } from 'vitest';
import {
  countedNoun,
  holdsCountOf,
  isSingularFormOf,
  singularForms,
} from '../../src/search/abstain-counted-thing.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A harbour petition and a flotilla: counts of other things, none of signatures or boats. */
const TOPIC_ONLY: SearchFixtureArticle = {
  id: 'topic',
  title: 'Fishers petition against the Garrow weir',
  outlet: 'Garrow Courier',
  published: '2025-03-02',
  paragraphs: [
    ['The Garrow fishers are collecting signatures for a petition against the weir.'],
    ['The weir would cost £4m and take two years to build.'],
    ['A flotilla of fishing boats will sail past the weir site on Saturday.'],
    ['About 300 people attended a meeting about the weir in March.'],
  ],
};

/** The same story with the counts stated. */
const COUNTED: SearchFixtureArticle = {
  id: 'counted',
  title: 'Garrow weir petition handed in',
  outlet: 'Garrow Post',
  published: '2025-04-02',
  paragraphs: [
    ['The petition against the Garrow weir gathered 4,210 signatures.'],
    ['Thirty-one local fishing boats joined the flotilla past the weir site.'],
  ],
};

const nounOf = (question: string) => countedNoun(question, answerTypeOf(question));

describe('the counted noun of a question', () => {
  it('is the noun "how many" counts', () => {
    expect(nounOf('how many signatures did the petition get')).toBe('signatur');
    expect(nounOf('how many fishing boats sailed')).toBe('boat');
  });

  it('is read over the whole noun phrase, however many modifiers stand before it', () => {
    expect(nounOf('how many Garrow District Council staff members were there')).toBe('member');
  });

  it('is none for people, for a verb in its place, or for no count asked', () => {
    // Texts count people by who they are ("300 fishers"): no word is required.
    expect(nounOf('how many people signed the petition')).toBeNull();
    expect(nounOf('how many died in the flood')).toBeNull();
    // An adverb after "how many" names nothing counted ("The ferry cut sailings. How many exactly?").
    expect(nounOf('the ferry cut sailings. how many exactly?')).toBeNull();
    expect(nounOf('how many altogether were cancelled')).toBeNull();
    expect(nounOf('when was the petition handed in')).toBeNull();
    expect(nounOf('how much will the weir cost')).toBeNull();
  });
});

describe('a text holding a count', () => {
  const holds = (text: string, heads: string[]) =>
    holdsCountOf(text, new Set(heads), passageWordsOf(text));

  it('holds a number before the noun, its modifiers or "of" between them', () => {
    expect(holds('It gathered 4,210 signatures.', ['signatur'])).toBe(true);
    expect(holds('Sixty small fishing boats sailed.', ['boat'])).toBe(true);
    expect(holds('It drew tens of thousands of signatures.', ['signatur'])).toBe(true);
    expect(holds('Thirty-one boats joined.', ['boat'])).toBe(true);
    // An ordinal says how many so far.
    expect(holds('He won a sixth term in 2020.', ['term'])).toBe(true);
    expect(holds('It was his 3rd term.', ['term'])).toBe(true);
    // A compound is headed by its last part.
    expect(holds('It plans 200 major powerplants.', ['plant'])).toBe(true);
  });

  it('reads the number words from thirteen to nineteen and the tens', () => {
    expect(holds('Seventeen boats sailed.', ['boat'])).toBe(true);
    expect(holds('About sixty boats sailed.', ['boat'])).toBe(true);
    expect(holds('Some ninety signatures were forged.', ['signatur'])).toBe(true);
  });

  it('counts no noun written as the modifier of a compound after a count above one', () => {
    const holdsCars = (text: string) =>
      holdsCountOf(text, new Set(['car']), passageWordsOf(text), new Set(singularForms('cars')));
    expect(holdsCars('Two car parks near the fell were closed.')).toBe(false);
    expect(holdsCars('Two cars burned out in the car park.')).toBe(true);
    // After "one" a noun is singular, so the bare form is what is counted.
    expect(holdsCars('One car burned out.')).toBe(true);
    // A count joined by a hyphen makes a measure: a four-page deal has four pages.
    const pages = 'It is a four-page agreement.';
    expect(holdsCountOf(pages, new Set(['page']), passageWordsOf(pages), new Set(['page']))).toBe(
      true,
    );
    expect(singularForms('buses')).toEqual(['buse', 'bus']);
    expect(singularForms('glass')).toEqual([]);
  });

  it('tells a singular form of a word as singularForms lists them, without the list', () => {
    const words = ['', 's', 'es', 'as', 'bus', 'buse', 'buses', 'car', 'cars', 'glass', 'glas'];
    for (const singular of words)
      for (const word of words)
        expect(isSingularFormOf(singular, word), `${singular} of ${word}`).toBe(
          singularForms(word).includes(singular),
        );
  });

  it('holds no count when the number counts something else or a function word intervenes', () => {
    expect(holds('They are collecting signatures.', ['signatur'])).toBe(false);
    expect(holds('The weir would take two years to build.', ['boat'])).toBe(false);
    expect(holds('In 2024 the boats were sold.', ['boat'])).toBe(false);
    // Too short to be a compound's head: "memberships" does not count ships.
    expect(holds('A two-year project.', ['year'])).toBe(true);
    expect(holds('A two-year project with boats.', ['boat'])).toBe(false);
    expect(holds('Its 40 memberships lapsed.', ['ship'])).toBe(false);
  });
});

describe('a text stating a count in the predicate', () => {
  const holds = (text: string, heads: string[]) =>
    holdsCountOf(text, new Set(heads), passageWordsOf(text));

  it('holds the noun followed by a verb of being or of change and its count', () => {
    expect(holds('The total number of buoys laid was 1,535, the navy said.', ['buoy'])).toBe(true);
    expect(holds('Parish councils have been increased from 14 to over 100.', ['council'])).toBe(
      true,
    );
    expect(holds('The flotilla boats numbered sixty.', ['boat'])).toBe(true);
  });

  it('holds no count when the figure dates the act, measures, or counts another noun', () => {
    expect(holds('The buoys were laid in 1898.', ['buoy'])).toBe(false);
    expect(holds('The boats were 40 years old.', ['boat'])).toBe(false);
    expect(holds('The boats rose 12% in price.', ['boat'])).toBe(false);
    expect(holds('The boats were sold, and 30 crews left.', ['boat'])).toBe(false);
    expect(holds('The boats cost $40 each.', ['boat'])).toBe(false);
  });
});

describe('the gate', () => {
  it('refuses "how many NOUN" when no passage counts the noun', () => {
    const { engine } = engineOver(TOPIC_ONLY);
    for (const question of [
      'how many signatures did the Garrow petition get',
      'how many boats sailed in the Garrow flotilla',
    ])
      expect(engine.ask(question).answered, question).toBe(false);
  });

  it('still answers what the coverage counts, and counts of people in any words', () => {
    const { engine } = engineOver(TOPIC_ONLY);
    expect(engine.ask('how many people attended the Garrow weir meeting').answered).toBe(true);
  });

  it('lets the passage that counts the noun answer', () => {
    const { engine } = engineOver(TOPIC_ONLY, COUNTED);
    const signatures = engine.ask('how many signatures did the Garrow petition get');
    expect(signatures.answered).toBe(true);
    expect(signatures.passages.some((p) => p.quote.includes('4,210 signatures'))).toBe(true);
    const boats = engine.ask('how many boats sailed in the Garrow flotilla');
    expect(boats.answered).toBe(true);
    expect(boats.passages.some((p) => p.quote.includes('fishing boats'))).toBe(true);
  });
});

describe('a hyphened measure before a noun', () => {
  const pages = 'The legal portal published the four-page agreement on Friday.';
  const holds = (bearers: string[]) =>
    holdsCountOf(pages, new Set(['page']), passageWordsOf(pages), new Set(), new Set(bearers));

  it('counts the pages of the noun it stands before', () => {
    expect(holds(['agreement', 'page'])).toBe(true);
  });

  it('gives no count of what the question asks it of when that is another noun', () => {
    // "How many pages is the military doctrine": a four-page agreement is no four-page doctrine.
    expect(holds(['doctrin', 'militari', 'page'])).toBe(false);
    const stands = 'The agreement runs to four pages.';
    expect(
      holdsCountOf(
        stands,
        new Set(['page']),
        passageWordsOf(stands),
        new Set(),
        new Set(['doctrin']),
      ),
    ).toBe(true);
  });
});
