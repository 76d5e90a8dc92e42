import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'The pier reopened on Monday after repairs, the harbour board said.',
  'Anglers returned within the hour.',
];

describe('teaser lists in pasted text', () => {
  it('drops a label over headlines, each a paragraph of its own, up to the footer', () => {
    const text = [
      ...BODY,
      'More from News',
      'Bypass roadworks to start next month',
      'Lifeboat crew rescue two from sandbank',
      '(c) 2025 Gull Bay Broadcasting Ltd',
    ].join('\n\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped.slice(0, 3)).toEqual([
      { line: 'More from News', reason: 'navigation' },
      { line: 'Bypass roadworks to start next month', reason: 'link to another page' },
      { line: 'Lifeboat crew rescue two from sandbank', reason: 'link to another page' },
    ]);
    expect(cleaned.dropped[3]?.reason).toBe('copyright notice');
  });

  it('ends the list at the next paragraph of prose, which is kept', () => {
    const text = [BODY[0], 'Related', 'Pier fees to rise', BODY[1]].join('\n\n');
    expect(cleanArticle(text).text).toBe(BODY.join('\n\n'));
  });

  it('keeps a crosshead under no such label, and a hard-wrapped paragraph after a label', () => {
    const crosshead = [BODY[0], 'What happens next', BODY[1]].join('\n\n');
    expect(cleanArticle(crosshead).text).toBe(crosshead);
    const wrapped = [BODY[0], 'Read more', 'The board will meet again\nin March to set the fees.'];
    expect(cleanArticle(wrapped.join('\n\n')).text).toContain(
      'The board will meet again in March to set the fees.',
    );
  });
});
