import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const HEADLINE = 'Ferry strike called off';
const STORY =
  'Ferry crews on the Dunmore crossing have called off a strike planned for next week, their union said.';

describe('a wire story’s bracketed staff credits at the foot', () => {
  it.each([
    ['(Reporting by Owen Price; Editing by Clare Dunn)', 'Owen Price'],
    ['(Reporting by Owen Price)', 'Owen Price'],
    ['[Reporting by Owen Price in Dunmore; Editing by Clare Dunn]', 'Owen Price'],
    [
      '(Reporting by Owen Price in Dunmore and Lena Holt in Carrow Bay; Editing by Clare Dunn)',
      'Owen Price and Lena Holt',
    ],
    ['(Reporting by Owen Price in Carrow Bay; Editing by Clare Dunn)', 'Owen Price'],
  ])('"%s" names the author and is dropped as staff credits', (credit, author) => {
    const cleaned = cleanArticle(`${HEADLINE}\n\n${STORY}\n\n${credit}`);
    expect(cleaned.author).toBe(author);
    expect(cleaned.text).toBe(`${HEADLINE}\n\n${STORY}`);
    expect(cleaned.dropped).toContainEqual({ line: credit, reason: 'staff credits' });
  });

  it.each([
    '(Editing by Clare Dunn)',
    '(Additional reporting by Owen Price in Dunmore; Editing by Clare Dunn)',
  ])('"%s" names no author', (credit) => {
    expect(cleanArticle(`${HEADLINE}\n\n${STORY}\n\n${credit}`).author).toBeNull();
  });
});
