/**
 * A run of an outlet's name that the question writes on into a longer name the coverage writes
 * ("Brisk Valley Water Board" beside the "Brisk Valley Gazette") is that other name's words, not
 * the outlet's: a name is read whole (src/search/plan/source-match.ts `nameRuns`). The outlet
 * written out still names it. Invented outlets, body and people.
 */
import { expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'gazette-charges.md': frontMatterArticle(
    'Water charges to rise',
    'Brisk Valley Gazette',
    '2026-03-02',
    'The Brisk Valley Water Board will raise charges by 4% in April.\n\nHouseholds will pay about £20 more a year.',
  ),
  'gazette-fair.md': frontMatterArticle(
    'Spring fair returns',
    'Brisk Valley Gazette',
    '2026-03-04',
    'The spring fair returns to the market square on Saturday.',
  ),
  'courier-chair.md': frontMatterArticle(
    'New term for board chair',
    'Tarn Courier',
    '2026-03-05',
    'Ann Roe has chaired the Brisk Valley Water Board since 2019 and was re-elected on Monday.',
  ),
  'courier-road.md': frontMatterArticle(
    'Road to close',
    'Tarn Courier',
    '2026-03-06',
    'The Brisk Valley road will close for resurfacing in May.',
  ),
});

it('reads "Brisk Valley" of the Water Board as the board’s name, not the Gazette’s', () => {
  const answer = engine.ask('who chairs the Brisk Valley Water Board?', { limit: 3 });
  expect(answer.notFromNamed).toBeUndefined();
  expect(answer.passages[0]?.source.id).toBe('courier-chair');
});

it('still names the outlet written out', () => {
  const answer = engine.ask('what did the Brisk Valley Gazette say about water charges?');
  expect(answer.passages[0]?.source.id).toBe('gazette-charges');
});
