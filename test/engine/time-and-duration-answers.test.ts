/**
 * Times and durations as answers, over an invented mine flood. "How long were they trapped"
 * asks a duration (the participle "trapped" makes "were" a passive's auxiliary, and "they" is
 * the whole subject: no thing whose length is asked), which "four days after the water cut them
 * off" states (TimeML: the measure "four days" is a DURATION, "after" its signal).
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'trapped.md': frontMatterArticle(
    'Four miners trapped at Oakridge drift mine',
    'Pellow Courier',
    '2026-05-05',
    [
      'Four miners were trapped in the Oakridge drift mine near Pellow on Monday after a burst water main flooded the lower workings.',
      'The men were trapped about 90 metres underground, in a side heading above the water.',
      'The mine’s old ventilation shaft was capped in the 1980s.',
    ].join('\n\n'),
  ),
  'out.md': frontMatterArticle(
    'Oakridge miners brought out',
    'Pellow Courier',
    '2026-05-09',
    [
      'The four miners trapped at Oakridge were brought to the surface on Friday, four days after the water cut them off.',
      'The owners said their pumping plan for the lower workings had been drawn up last November.',
    ].join('\n\n'),
  ),
});

describe('times and durations as answers', () => {
  it('answers "how long were they trapped" with the duration, not a depth', () => {
    for (const question of [
      'How long were the miners trapped for?',
      'How long were they trapped?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.quote, question).toMatch(/four days after the water cut them off/);
    }
  });
});
