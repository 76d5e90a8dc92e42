/**
 * A known limit of abstention (docs/quality.md: session 12): in a corpus of more than one
 * story, a passage from another story can hold the detail a question asks for without its
 * topic, and rarity weighting lets it look close. The fitted model does not refuse it.
 * Marked `fails` until it does: the test then passes, vitest reports that, and it is switched
 * to a plain test.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** A gallery theft: no arrest reported, no insurance. */
const THEFT: SearchFixtureArticle = {
  id: 'theft',
  title: 'Painting stolen from the Harlow gallery',
  outlet: 'Harlow Post',
  published: '2025-06-14',
  paragraphs: [
    ['A painting by Ada Venn was stolen from the Harlow gallery on Friday night.'],
    ['The painting hung in the gallery’s east room for forty years.'],
    ['Thieves cut the painting from its frame, the gallery said.'],
    ['Police are studying camera footage of the painting’s theft.'],
    ['The gallery will stay closed while the painting is sought.'],
  ],
};

/** Another story, which reports an arrest and an insured sum. */
const ROBBERY: SearchFixtureArticle = {
  id: 'robbery',
  title: 'Two held after Marsh End robbery',
  outlet: 'Harlow Post',
  published: '2025-06-10',
  paragraphs: [
    ['Two men were arrested after a robbery at a Marsh End bank.'],
    ['The bank was insured for two million pounds.'],
  ],
};

describe('a passage from another story holding the asked detail', () => {
  const { engine } = engineOver(THEFT, ROBBERY);

  it('is ranked first, and the painting’s own passages answer what they report', () => {
    const arrested = engine.ask('Has anyone been arrested over the painting?');
    expect([...arrested.passages, ...arrested.closest][0]?.quote).toContain(
      'Two men were arrested',
    );
    const stolen = engine.ask('When was the painting stolen?');
    expect(stolen.answered).toBe(true);
    expect(stolen.passages[0]?.quote).toContain('stolen from the Harlow gallery');
  });

  it.fails('is not shown as an answer (known limit: it is)', () => {
    for (const question of [
      'Has anyone been arrested over the painting?',
      'How much was the painting insured for?',
    ])
      expect(engine.ask(question).answered, question).toBe(false);
  });
});
