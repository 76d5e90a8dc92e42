/**
 * A value answers a question for an attribute of X only when it is said of X
 * (src/search/abstain-bound-value.ts): the age gate (abstain-asked-age.ts) and the founding date
 * of "when was X founded" (abstain-asked-time.ts). Tiny invented corpora: a harbour town whose
 * passages give ages and founding dates of other people and bodies than the ones asked, then
 * the asked ones, told by an epithet or another verb of founding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { askedAgeHolder } from '../../src/search/abstain-asked-age.js';
import { askedPassive } from '../../src/search/abstain-asked-time.js';
import { subjectHead } from '../../src/search/abstain-bound-value.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

/** The mayor and the rowing club, with another's age and another body's founding. */
const HARBOUR = `Harbour festival returns

By Tom Reyes
Wenlow Echo | 9 June 2026

Mayor of Wenlow Alan Prior opened the harbour festival on Saturday.

The new harbour manager, Ruth Okafor, 41, said the festival had drawn record crowds.

The Wenlow Rowing Club raced its two gigs across the harbour in the afternoon.

The Wenlow lifeboat station was founded in 1868 by a group of fishermen.
`;

/** The mayor's age by an epithet, the club's founding by "established", the pier's building. */
const PROFILES = `Mayor marks ten years

By Jo Marsh
Wenlow Post | 11 June 2026

Mayor Alan Prior thanked volunteers at the festival.

The 62-year-old has led the town council since 2016.

The Wenlow Rowing Club was established in 1921 by dock workers.

The pier was built in 1895 and has been closed since March.
`;

describe('the subject a value must be said of', () => {
  it('is the head of the noun phrase, adverbs and function words left out', () => {
    expect(subjectHead('the Friends of Wenlow Rowing Club')).toBe('friends');
    expect(subjectHead('Tomas Vreeland first')).toBe('vreeland');
    expect(subjectHead('it')).toBeNull();
  });

  it('is read from "how old is X" and "when was X founded"', () => {
    expect(askedAgeHolder('How old is the mayor of Wenlow?')).toBe('mayor');
    expect(askedAgeHolder('how old are the club’s gigs')).toBe('gigs');
    expect(askedAgeHolder('how old is he')).toBeNull();
    expect(askedAgeHolder("What is Alan Prior's age?")).toBe('prior');
    expect(askedAgeHolder('what was the age of the harbour manager')).toBe('manager');
    expect(askedAgeHolder('what age is the mayor')).toBe('mayor');
    expect(askedAgeHolder('what is her age')).toBeNull();
    expect(askedAgeHolder('at what age was the scheme to begin')).toBeNull();
    expect(askedPassive('When was the Gull Point lighthouse built?')).toEqual({
      act: 'built',
      subject: 'lighthouse',
      subjectTerms: ['gull', 'point', 'lighthous'],
    });
    expect(askedPassive('when was it founded')).toEqual({
      act: 'founded',
      subject: null,
      subjectTerms: [],
    });
  });
});

describe('the gates', () => {
  let harbour: Engine;
  let both: Engine;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const built = await Promise.all([
      plainCorpusEngine({ 'harbour.txt': HARBOUR }),
      plainCorpusEngine({ 'harbour.txt': HARBOUR, 'profiles.txt': PROFILES }),
    ]);
    [harbour, both] = built.map((b) => b.engine) as [Engine, Engine];
    cleanups.push(...built.map((b) => b.cleanup));
    // Two index builds: on a busy machine they take longer than one.
  }, 120_000);
  afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

  it('refuses "how old is X" when the only age is another person’s', () => {
    expect(harbour.ask('How old is the mayor of Wenlow?').answered).toBe(false);
  });

  it('refuses "what is X\'s age" when the only age is another person’s', () => {
    expect(harbour.ask("What is Alan Prior's age?").answered).toBe(false);
    expect(harbour.ask('What is the age of the mayor of Wenlow?').answered).toBe(false);
  });

  it('refuses "when was X founded" when the only founding date is another body’s', () => {
    expect(harbour.ask('When was the Wenlow Rowing Club founded?').answered).toBe(false);
  });

  it('answers with an age given by an epithet after the sentence naming X', () => {
    const age = both.ask('How old is the mayor of Wenlow?');
    expect(age.answered).toBe(true);
    expect(age.passages.map((p) => p.quote).join(' ')).toContain('62-year-old');
  });

  it('answers "what is X\'s age" with the age given by an epithet', () => {
    const age = both.ask("What is Alan Prior's age?");
    expect(age.answered).toBe(true);
    expect(age.passages.map((p) => p.quote).join(' ')).toContain('62-year-old');
  });

  it('takes the epithet as the person a role noun asks of, whom the text names otherwise', () => {
    const leader = both.ask('how old is the council leader');
    expect(leader.answered).toBe(true);
    expect(leader.passages.map((p) => p.quote).join(' ')).toContain('62-year-old');
  });

  it('answers "how old" of a thing with the year it was built', () => {
    const pier = both.ask('how old is the pier');
    expect(pier.answered).toBe(true);
    expect(pier.passages[0]?.quote).toContain('built in 1895');
  });

  it('answers "when was X founded" with a date of its establishment', () => {
    const club = both.ask('When was the Wenlow Rowing Club founded?');
    expect(club.answered).toBe(true);
    expect(club.passages[0]?.quote).toContain('established in 1921');
  });
});

describe('an age of a namesake', () => {
  const CHANDLERY = `Chandlery flooded

The chandlery on Quay Street was flooded on Monday night when the harbour wall was overtopped.

Ken Marsh, 61, who runs the chandlery with his son Owen, said the water had reached the counter within minutes.

Owen Marsh said most of the stock in the cellar had been lost.

The harbour board said repairs to the wall would begin next month.
`;
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({ 'chandlery.txt': CHANDLERY }));
  }, 120_000);
  afterAll(() => cleanup());

  it('refuses "how old is X Y" when the only age is another given name’s of family Y', () => {
    expect(engine.ask('how old is owen marsh').answered).toBe(false);
  });

  it('answers with the age of the person named, or of the surname alone', () => {
    expect(engine.ask('how old is ken marsh').passages[0]?.quote).toContain('Ken Marsh, 61');
    expect(engine.ask('how old is marsh').passages[0]?.quote).toContain('Ken Marsh, 61');
  });

  it('takes an age after a title and the surname as possibly the asked person’s', async () => {
    const titled = await plainCorpusEngine({
      'chandlery.txt': CHANDLERY.replace('Ken Marsh, 61,', 'Mr Marsh, 61,'),
    });
    try {
      expect(titled.engine.ask('how old is owen marsh').passages[0]?.quote).toContain(
        'Mr Marsh, 61',
      );
    } finally {
      await titled.cleanup();
    }
  }, 120_000);
});
