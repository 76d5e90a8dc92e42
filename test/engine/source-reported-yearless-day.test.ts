/**
 * "What did MNA report on 26 March?" when MNA's wire story states only "March 26" in its
 * dateline (no year): that story is MNA's report of that day, so its leading passages answer,
 * as for an article published on the day (src/engine/date-question.ts). A question naming a
 * year is not answered by it: its year is not stated. Invented agency and events.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'mna-rescue.txt':
    'Miners rescued\n\nTARVEL, March 26 (MNA) - Rescuers pulled four miners from the collapsed Tarvel shaft on Thursday.\n\nTwo of them were taken to hospital with broken legs.',
  'mna-inspection.txt':
    'Mine inspected\n\nTARVEL, March 20 (MNA) - The Tarvel mine was inspected by regulators who found no faults.',
  'echo.md': frontMatterArticle(
    'Mine collapse traps miners',
    'Dunmore Echo',
    '2026-03-25',
    'Four miners were trapped when a shaft collapsed at the Tarvel mine.',
  ),
});

describe("a source's report named by a day its dateline states without a year", () => {
  it('is answered by that report’s leading passages', () => {
    for (const question of [
      'What did MNA report on 26 March?',
      'What did MNA report on March 26?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.quote, question).toContain('Rescuers pulled four miners');
      for (const passage of answer.passages) expect(passage.source.outlet, question).toBe('MNA');
    }
  });

  it('is no answer to a question naming a year', () => {
    expect(engine.ask('What did MNA report on 26 March 2026?').answered).toBe(false);
  });
});
