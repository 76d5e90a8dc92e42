/**
 * A "how many" question's counted noun is also counted by its class (WordNet's hypernyms,
 * src/search/plan/counted-superordinates.ts): "how many boats" is answered by "forty-two
 * vessels", one way only, and never by a class the question names as another thing; and only
 * in an article that has named the noun (src/search/abstain-counted-class.ts: the class's count
 * refers back to it). Tiny invented corpus: a protest flotilla counted in vessels, and a lock
 * whose gates are counted.
 */
import { describe, expect, it } from 'vitest';
import { superordinatesOf } from '../../src/search/plan/counted-superordinates.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The flotilla counted by the class of its boats; the boats themselves never counted. */
const FLOTILLA: SearchFixtureArticle = {
  id: 'flotilla',
  title: 'Fishers sail against the Garrow weir',
  outlet: 'Garrow Echo',
  published: '2026-06-02',
  paragraphs: [
    ['Fishing boats from three harbours joined the protest against the Garrow weir on Saturday.'],
    ['Forty-two vessels sailed down the estuary to the weir site before noon.'],
    ['The fishers say the weir would cut them off from the open sea.'],
    ['The council will vote on the weir in July, and 300 people have signed a petition.'],
  ],
};

describe('the classes of a counted noun', () => {
  it('are the hypernyms of its most frequent sense, as written in the plural', () => {
    expect(superordinatesOf('boats')).toContain('vessel');
    expect(superordinatesOf('ships')).toContain('vessel');
  });

  it('include the head of a compound class WordNet files the compound under', () => {
    // car → "motor vehicle", a kind of "vehicle".
    expect(superordinatesOf('cars')).toEqual(expect.arrayContaining(['motor vehicle', 'vehicle']));
  });

  it('are none for an act, whose WordNet classes are no taxonomy', () => {
    // "sailing" is filed under "employment", "crossing" under "travel".
    expect(superordinatesOf('sailings')).toEqual([]);
    expect(superordinatesOf('crossings')).toEqual([]);
  });

  it('are none for a general class ("structure"), and never the word itself', () => {
    expect(superordinatesOf('bridges')).toEqual([]);
    expect(superordinatesOf('vessels')).not.toContain('vessels');
  });
});

describe('a count asked by a noun the text counts by its class', () => {
  const { engine, index } = engineOver(FLOTILLA);

  it('is answered by the count of the class', () => {
    const answer = engine.ask('How many boats sailed to the weir?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Forty-two vessels');
  });

  it('is refused when the article counts the class but never names the kind asked', () => {
    // "Forty-two vessels" counts the flotilla's vessels; how many were yachts it does not say.
    expect(engine.ask('How many yachts sailed to the weir?').answered).toBe(false);
    expect(engine.ask('How many ships sailed to the weir?').answered).toBe(false);
  });

  const kindsOf = (question: string, label: string) =>
    index
      .rank(question)
      .plan.concepts.find((concept) => concept.label === label)
      ?.alternatives.map((a) => `${a.terms.join(' ')}:${a.kind}`);

  it('reads the class into the counted noun only', () => {
    expect(kindsOf('How many boats sailed to the weir?', 'boats')).toContain(
      'vessel:superordinate',
    );
    expect(kindsOf('How many boats sailed to the weir?', 'sailed')).not.toContain(
      'vessel:superordinate',
    );
    expect(kindsOf('Did the boats sail to the weir?', 'boats')).not.toContain(
      'vessel:superordinate',
    );
  });

  it('does not read a kind into the asked class', () => {
    // A count of vessels is not a count of boats: "boat" is no class of "vessel".
    expect(kindsOf('How many vessels sailed to the weir?', 'vessels')).toEqual(['vessel:exact']);
  });

  it('does not read in a class the question names as another thing', () => {
    expect(kindsOf('How many boats sailed past the vessel of the council?', 'boats')).toEqual([
      'boat:exact',
    ]);
  });
});
