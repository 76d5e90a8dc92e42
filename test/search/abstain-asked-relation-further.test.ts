/**
 * Abstention's gate on a relational noun asked with its argument
 * (src/search/abstain-asked-relation.ts), read over every candidate, not the leading three
 * alone: a coverage that writes "hometown" of one person, and never of the asked one, does not
 * give the asked one's, however well the asked one's name ranks its other passages. Nouns whose
 * value is an expression ("word", "nickname") are left alone. A tiny invented corpus: a lifeboat
 * rescue whose captain is named in every sentence, and a profile of volunteers telling their
 * hometowns.
 */
import { describe, expect, it } from 'vitest';
import { askedRelationHeld, askedRelationOf } from '../../src/search/abstain-asked-relation.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Captain Taliaferro in three sentences, none telling his hometown. */
const RESCUE: SearchFixtureArticle = {
  id: 'rescue',
  title: 'Lifeboat crew saves four from trawler',
  outlet: 'Harbour Echo',
  published: '2025-02-10',
  paragraphs: [
    ['Captain Rhys Taliaferro led the Penwith lifeboat to the stricken trawler on Sunday.'],
    ['Captain Taliaferro said the four fishermen had been in the water for two hours.'],
    ['The trawler sank soon after, Captain Taliaferro told the Harbour Echo.'],
  ],
};

/** Three volunteers' hometowns: "hometown" is common enough to rank below the captain's name. */
const CREW: SearchFixtureArticle = {
  id: 'crew',
  title: 'Meet the volunteers',
  outlet: 'Harbour Echo',
  published: '2025-03-01',
  paragraphs: [
    ['The coxswain, Ellen Marsh, returns to her hometown of Alnmouth each winter.'],
    ['Mechanic Tom Reyes still lives in his hometown, Seahouses.'],
    ['Navigator Priya Doshi calls Craster her hometown.'],
    ['The station opened a new boathouse in 2019.'],
  ],
};

describe('the gate over every candidate', () => {
  it('refuses when the noun stands, below the leading passages, only of another argument', () => {
    const { index, engine } = engineOver(RESCUE, CREW);
    const input = index.abstentionInput(index.rank("what's Captain Taliaferro's hometown?"));
    // The three leading passages name the captain; "hometown" stands only below them.
    const leading = input.ranked.slice(0, 3).map((c) => input.textOf(c.sentence));
    expect(leading.every((text) => text.includes('Taliaferro'))).toBe(true);
    expect(askedRelationHeld(input)).toBe(false);
    expect(engine.ask("what's Captain Taliaferro's hometown?").answered).toBe(false);
  }, 60_000);

  it('answers the argument the noun is told of', () => {
    const { index } = engineOver(RESCUE, CREW);
    const input = index.abstentionInput(index.rank("what is Ellen Marsh's hometown?"));
    expect(askedRelationHeld(input)).toBe(true);
  }, 60_000);

  it('leaves alone a noun whose value is an expression', () => {
    expect(askedRelationOf("what was Captain Taliaferro's word for the storm")).toBeNull();
    expect(askedRelationOf("what is the lifeboat's nickname?")).toBeNull();
    expect(askedRelationOf("what's Captain Taliaferro's hometown?")?.noun).toBe('hometown');
  });
});

/** Ashby's population spoken of without a figure. */
const CENSUS: SearchFixtureArticle = {
  id: 'census',
  title: 'Wold towns grow',
  outlet: 'Wold Post',
  published: '2025-06-02',
  paragraphs: [['In 2020 the population of Ashby grew faster than the council had planned for.']],
};

/** Kelby's population with a figure, in a second reference. */
const KELBY: SearchFixtureArticle = {
  id: 'kelby',
  title: 'A town guide',
  outlet: 'Wold Post',
  published: '2025-06-03',
  paragraphs: [['Kelby is the largest town in the district.', 'Its population is about 41,000.']],
};

describe('a relation asked as a number', () => {
  it('is held only by a sentence giving a figure beyond the question', () => {
    const { index } = engineOver(CENSUS, KELBY);
    const held = (question: string) =>
      askedRelationHeld(index.abstentionInput(index.rank(question)));
    // The year is the question's own: no figure of the population.
    expect(held('what was the population of Ashby in 2020?')).toBe(false);
    expect(held("what is Kelby's population?")).toBe(true);
  }, 60_000);
});
