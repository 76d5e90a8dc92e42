/**
 * "Which birds live on the island?" asks for the members of the set "birds": a passage naming
 * kinds of bird by common nouns ("terns, shags, fulmars and kittiwakes") answers it before one
 * that only repeats "birds" (kind-series.ts, enumerations-first.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askedNouns, kindSeriesIn, kindsOfTest } from '../../src/search/kind-series.js';
import { engineOver } from './fixtures.js';

const ISLAND = {
  id: 'island',
  published: '2026-06-03',
  paragraphs: [
    [
      'Birds nesting on Carrow Island have been disturbed by drones flown over the island, its warden said.',
    ],
    ['The island trust said the number of birds nesting on the island had fallen by a third.'],
    ['Nesting birds on the island are protected by law from April to August.'],
    ['The island is home to terns, shags, fulmars and kittiwakes.'],
    ['The trust has asked drone pilots to keep at least 500 metres away.'],
  ],
};

const MERE = {
  id: 'mere',
  published: '2026-01-22',
  paragraphs: [
    ['Some 180 dead birds have been found at Larmouth Mere this month, the wildlife trust said.'],
    ['The trust has closed the path round the mere where the dead birds were found.'],
    ['Most of the dead birds were mute swans, greylag geese and black-headed gulls.'],
    ['Tests on the birds are expected next week.'],
  ],
};

/** A count of wildfowl whose series of kinds stands before the clause it is the subject of. */
const COUNT = {
  id: 'count',
  published: '2026-02-10',
  paragraphs: [
    ['Volunteers counted birds on Selby Water on Sunday for the winter survey of the reservoir.'],
    ['The survey of birds on the reservoir has been held every February since 1998.'],
    ['The volunteers counted geese, teal and ducks there.'],
    ['The results of the survey will be published in April.'],
  ],
};

describe('a series of kinds answers a list question', () => {
  // Building reads WordNet: in the hook, whose time limit is longer than a test's.
  beforeAll(() => {
    engineOver(ISLAND);
    engineOver(MERE);
    engineOver(COUNT);
  });

  it('reads the nouns of a list question', () => {
    expect(askedNouns('which birds live on the island')).toEqual(['birds', 'island']);
  });

  it('tells kinds of the asked noun by WordNet hypernyms, several links up', () => {
    const isBird = kindsOfTest(['birds'])!;
    expect(isBird('kittiwakes')).toBe(true);
    expect(isBird('puffins')).toBe(true);
    expect(isBird('gulls')).toBe(true);
    expect(isBird('drones')).toBe(false);
    expect(isBird('paths')).toBe(false);
    // An abstract noun names no taxonomy of kinds.
    expect(kindsOfTest(['reasons'])).toBeNull();
  });

  it('finds a series most of whose members are kinds, and no other', () => {
    const isBird = kindsOfTest(['birds'])!;
    const text = 'Most of the dead birds were mute swans, greylag geese and black-headed gulls.';
    const [series] = kindSeriesIn(text, isBird);
    expect(series?.members).toBe(3);
    expect(text.slice(series!.start, series!.end)).toBe(
      'mute swans, greylag geese and black-headed gulls',
    );
    // A series of other things, or a pair, is no series of kinds.
    expect(kindSeriesIn('The path, the hides and the car park were closed.', isBird)).toEqual([]);
    expect(kindSeriesIn('It is home to terns and shags.', isBird)).toEqual([]);
  });

  it('ends the last member at its head noun, not in the clause after it', () => {
    const isBird = kindsOfTest(['birds'])!;
    const text = 'In the shallows geese, teal and ducks were feeding.';
    const [series] = kindSeriesIn(text, isBird);
    expect(series?.members).toBe(3);
    expect(text.slice(0, series!.end)).toMatch(/teal and ducks$/u);
    const seen = 'Walkers said geese, coots, swans and ducks seen there were thriving.';
    const [walkers] = kindSeriesIn(seen, isBird);
    expect(seen.slice(0, walkers!.end)).toMatch(/swans and ducks$/u);
  });

  it('puts the passage naming kinds before a clause first', () => {
    const { engine } = engineOver(COUNT);
    expect(engine.ask('which birds did the volunteers count?').passages[0]?.quote).toContain(
      'geese, teal and ducks',
    );
  });

  it('puts the passage naming the kinds first', () => {
    const { engine } = engineOver(ISLAND);
    expect(engine.ask('which birds live on the island?').passages[0]?.quote).toContain(
      'terns, shags, fulmars and kittiwakes',
    );
  });

  it('reads the set a classifying wh-noun asks of ("which species were the birds")', () => {
    const { engine } = engineOver(MERE);
    expect(
      engine.ask('which species were the dead birds at larmouth mere').passages[0]?.quote,
    ).toContain('mute swans, greylag geese and black-headed gulls');
  });
});
