/**
 * Abstention's gate on a thing placed at another proper name (src/search/abstain-other-place.ts):
 * "how many homes flooded in Weston" is not answered by "Forty homes in Easton were flooded".
 * Tiny invented corpora: a river flood that counts only Easton's homes, then ones that count
 * Weston's, in the sentence or by the article's title.
 */
import { describe, expect, it } from 'vitest';
import {
  askedPlaceHeld,
  askedPlaceIn,
  askedThingOf,
  placeIn,
  placeNamesIn,
} from '../../src/search/abstain-other-place.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Only Easton's homes are counted; Weston is named for another matter. */
const EASTON: SearchFixtureArticle = {
  id: 'easton',
  title: 'River Lune bursts its banks',
  outlet: 'Lune Valley Echo',
  published: '2026-03-02',
  paragraphs: [
    ['Forty homes in Easton were flooded when the River Lune burst its banks on Sunday night.'],
    ['Firefighters pumped water from the streets until Monday morning.'],
    ['In Weston, the council opened a rest centre at the town hall for anyone needing shelter.'],
  ],
};

/** Weston's homes counted in the sentence. */
const WESTON_SENTENCE: SearchFixtureArticle = {
  id: 'weston-sentence',
  title: 'Clean-up begins after river flood',
  outlet: 'Lune Valley Echo',
  published: '2026-03-04',
  paragraphs: [['Twelve homes in Weston were flooded as well, the county said.']],
};

/** Weston's homes counted with no place in the sentence; the title names the town. */
const WESTON_TITLE: SearchFixtureArticle = {
  id: 'weston-title',
  title: 'Weston counts the cost of the flood',
  outlet: 'Lune Valley Echo',
  published: '2026-03-04',
  paragraphs: [['Twelve homes were flooded, the county said.']],
};

/** Every word is written in lower case somewhere but the proper ones listed. */
const inLowerCase = (term: string) => !['easton', 'weston', 'delta', 'march'].includes(term);
const known = () => true;

/** The asked place's stem alone. */
const askedPlaceOf = (...args: Parameters<typeof askedPlaceIn>) =>
  askedPlaceIn(...args)?.place ?? null;

describe('the place a question names', () => {
  it('is a proper name after a preposition of place, an article between them or not', () => {
    expect(askedPlaceOf('how many homes flooded in Weston?', inLowerCase, known)).toBe('weston');
    expect(askedPlaceOf('how many died at the Delta mine', inLowerCase, known)).toBe('delta');
    // Typed in lower case: the coverage writes "Weston" only capitalised.
    expect(askedPlaceOf('how many homes flooded in weston', inLowerCase, known)).toBe('weston');
  });

  it('is none for a month or weekday, a common noun, or a name with no preposition', () => {
    expect(askedPlaceOf('how many homes flooded in March', inLowerCase, known)).toBeNull();
    expect(askedPlaceOf('how many homes flooded on Sunday', inLowerCase, known)).toBeNull();
    expect(askedPlaceOf('how many homes flooded in 76', inLowerCase, known)).toBeNull();
    expect(askedPlaceOf('how many homes flooded in the town', inLowerCase, known)).toBeNull();
    expect(askedPlaceOf('how many homes did Weston lose', inLowerCase, known)).toBeNull();
  });

  it('is asked of the first word of the focus, not of a verb the focus runs on to', () => {
    expect(askedThingOf('how many homes flooded in Weston', 'weston')).toBe('home');
  });
});

describe('how a passage places the asked thing', () => {
  const forms = new Set(['weston']);
  const terms = new Set(['home', 'flood', 'weston']);
  it('is another place when a proper name other than the asked one follows a preposition', () => {
    expect(placeIn('Forty homes in Easton were flooded.', 'home', forms, terms, inLowerCase)).toBe(
      'other',
    );
    expect(placeIn('Twelve homes in Weston flooded.', 'home', forms, terms, inLowerCase)).toBe(
      'same',
    );
  });

  it('is none without the asked thing, or with no proper place', () => {
    expect(placeIn('A rest centre in Easton opened.', 'home', forms, terms, inLowerCase)).toBe(
      'none',
    );
    expect(placeIn('Twelve homes in the town flooded.', 'home', forms, terms, inLowerCase)).toBe(
      'none',
    );
    expect(placeIn('Twelve homes flooded in March.', 'home', forms, terms, inLowerCase)).toBe(
      'none',
    );
  });
});

describe('the gate', () => {
  it("refuses when the passages count only another place's homes", () => {
    const { engine } = engineOver(EASTON);
    expect(engine.ask('how many homes flooded in Weston?').answered).toBe(false);
    expect(engine.ask('how many homes flooded in Easton?').answered).toBe(true);
  }, 60_000);

  it("answers when a passage counts Weston's homes, in its sentence or by its title", () => {
    for (const article of [WESTON_SENTENCE, WESTON_TITLE]) {
      const { engine } = engineOver(EASTON, article);
      expect(engine.ask('how many homes flooded in Weston?').answered, article.id).toBe(true);
    }
  }, 60_000);
});

/**
 * A hardship fund named by the city that set it up, not placed by a preposition; the coverage
 * places things at the city elsewhere ("in Harlow"), and a second town's article never speaks
 * of the fund.
 */
const HARLOW_FUND: SearchFixtureArticle = {
  id: 'harlow-fund',
  title: 'Council agrees childcare money',
  outlet: 'Lune Valley Echo',
  published: '2026-03-05',
  paragraphs: [
    ["Harlow City Council's cabinet agreed to spend £40,000 on childcare for excluded pupils."],
    ['Schools in Harlow will stay open for pupils who have had both doses.'],
  ],
};

const BRANTON: SearchFixtureArticle = {
  id: 'branton',
  title: 'Two cases at Branton school',
  outlet: 'Lune Valley Echo',
  published: '2026-05-29',
  paragraphs: [
    ['Two pupils at a primary school in Branton have caught the virus, the health board said.'],
    ['Branton is a market town north of Harlow.'],
  ],
};

describe('a place the asked thing is meant for', () => {
  it('is a proper name after "for" that follows a noun', () => {
    const lower = (term: string) => !['branton', 'harlow'].includes(term);
    expect(askedPlaceOf('how much was the childcare fund for Branton', lower, known)).toBe(
      'branton',
    );
    // "for" after a verb is no postmodifier of the asked thing.
    expect(askedPlaceOf('what is there for Branton', lower, known)).toBeNull();
    expect(askedPlaceOf('what price did Moss set for Branton stock', lower, known)).toBeNull();
  });

  it('is not given by a sentence naming another place the coverage places things at', () => {
    const { engine, index } = engineOver(HARLOW_FUND, BRANTON);
    const gate = (question: string) => askedPlaceHeld(index.abstentionInput(index.rank(question)));
    expect(gate('how much was the childcare fund for branton?')).toBe(false);
    expect(engine.ask('how much was the childcare fund for branton?').answered).toBe(false);
    expect(gate('how much was the childcare fund for Harlow?')).not.toBe(false);
    expect(engine.ask('how much was the childcare fund for Harlow?').answered).toBe(true);
    expect(engine.ask('how much was the childcare fund?').answered).toBe(true);
  }, 60_000);

  it('reads a name as another place only where the coverage places something at it', () => {
    const forms = new Set(['branton']);
    const terms = new Set(['childcar', 'branton']);
    const lower = (term: string) => !['branton', 'harlow'].includes(term);
    const text = "Harlow City Council's cabinet agreed to spend £40,000 on childcare.";
    expect(placeIn(text, 'childcar', forms, terms, lower)).toBe('none');
    expect(placeIn(text, 'childcar', forms, terms, lower, new Set(['harlow']))).toBe('other');
    expect(placeNamesIn(['Schools in Harlow will stay open.'], lower)).toEqual(new Set(['harlow']));
  });
});

/**
 * A fraud trial: the man sentenced is named in the sentence before his sentence, which is
 * placed at the court's town; the coverage never puts his name after a preposition of place.
 */
const WRAY_TRIAL: SearchFixtureArticle = {
  id: 'wray-trial',
  title: 'Fraudster jailed',
  outlet: 'Lune Valley Echo',
  published: '2026-06-12',
  paragraphs: [
    ['Daniel Wray, 34, admitted taking £90,000 from the angling club he ran.'],
    ['He was given a sentence of six years at Carlisle Crown Court on Friday.'],
  ],
};

describe('a name after the recipient "for"', () => {
  it('is no place when the coverage never uses it as one ("the sentence for Wray")', () => {
    const { engine, index } = engineOver(WRAY_TRIAL);
    const gate = (question: string) => askedPlaceHeld(index.abstentionInput(index.rank(question)));
    expect(
      askedPlaceOf('how many years was the sentence for Wray', (t) => t !== 'wray', known),
    ).toBe('wray');
    expect(gate('how many years was the sentence for Wray')).toBeUndefined();
    expect(engine.ask('how many years was the sentence for Wray').answered).toBe(true);
  }, 60_000);
});
