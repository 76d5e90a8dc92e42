/**
 * Abstention's evidence that the best passage is about the question's topic but not about the
 * event it asks of (src/search/plan/predicate.ts, `predicateMissing` in
 * src/search/abstain-features.ts). On a tiny invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures } from '../../src/search/abstain-features.js';
import { questionPredicate } from '../../src/search/plan/predicate.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * A water company's spill: the plant shut, its cause, a warning to residents, a worker's death.
 * Nothing on a fine, a sale, or whether the water is safe.
 */
const SPILL: SearchFixtureArticle = {
  id: 'spill',
  title: 'Chemical spill shuts Oxby water plant',
  outlet: 'Esk Valley Times',
  published: '2024-05-14',
  paragraphs: [
    ['Tarn Water supplies drinking water to 40,000 homes in the Esk valley.'],
    ['The Tarn Water treatment plant at Oxby was shut on Monday after a chemical spill.'],
    ['Engineers said the spill came from a valve on the chlorine tank.'],
    ['Residents of Oxby were told to boil their water until further notice.'],
    ['The death of a Tarn Water fitter at the Oxby plant in March is still under inquiry.'],
  ],
};

function featuresOf(question: string) {
  const { index } = engineOver(SPILL);
  return abstentionFeatures(index.abstentionInput(index.rank(question)));
}

describe('the main predicate of a question', () => {
  it('is its first verb that names an event, or an adjective standing after "be"', () => {
    expect(questionPredicate('Was Tarn Water fined before?')).toEqual({
      predicate: 'fine',
      polar: true,
    });
    expect(questionPredicate('who closed the terminal')).toEqual({
      predicate: 'close',
      polar: false,
    });
    expect(questionPredicate('how many people died in the fire')?.predicate).toBe('di');
    expect(questionPredicate('when was the inspectorate report published')?.predicate).toBe(
      'publish',
    );
    // The asked event comes before the clause that qualifies it.
    expect(questionPredicate('was she arrested after being questioned?')?.predicate).toBe('arrest');
    expect(questionPredicate('Is the water safe to drink now?')).toEqual({
      predicate: 'safe',
      polar: true,
    });
  });

  it('is none for a light verb or saying, and never a modifier or "how long"', () => {
    expect(questionPredicate('What did the engineers say about the spill?').predicate).toBeNull();
    expect(questionPredicate('What happened at the Oxby plant?').predicate).toBeNull();
    // A verb framing another ("supposed to protect") leaves the event to its complement.
    expect(questionPredicate('what sites is the guard supposed to protect')?.predicate).toBe(
      'protect',
    );
    expect(questionPredicate('how long was the old plant open')?.predicate).toBe('open');
    expect(questionPredicate('where was the golden spike driven')?.predicate).toBe('driven');
  });
});

describe('the asked event missing from the best passage', () => {
  it('is missing when the passage holds the topic but not the event a detail is asked of', () => {
    // Typed questions: a date of a sale the coverage never reports, against the shutting it does.
    expect(featuresOf('When was the Oxby treatment plant privatised?').predicateMissing).toBe(1);
    expect(featuresOf('When was the Oxby treatment plant shut?').predicateMissing).toBe(0);
  });

  it('is missing when a yes-no question’s event is not in the passage', () => {
    expect(featuresOf('Was Tarn Water fined before?').predicateMissing).toBe(1);
    expect(featuresOf('Is the Oxby water safe to drink now?').predicateMissing).toBe(1);
    expect(featuresOf('Were Oxby residents told to boil their water?').predicateMissing).toBe(0);
  });

  it('counts the event said in other words: a synonym or a derived form', () => {
    // "closed" for "shut" (WordNet synonyms), "die" for "death" (a derivational link).
    expect(featuresOf('Was the Oxby treatment plant closed on Monday?').predicateMissing).toBe(0);
    expect(featuresOf('Did a Tarn Water fitter die at the Oxby plant?').predicateMissing).toBe(0);
  });

  it('is not weighed when the question asks for the event itself', () => {
    // "What did the engineers find" may be answered in any words: no detail, no yes or no.
    expect(featuresOf('What did the engineers find at the Oxby plant?').predicateMissing).toBe(0);
  });
});
