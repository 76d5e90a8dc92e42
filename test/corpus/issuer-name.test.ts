import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { endsInBodyNoun, opensWithBodyNoun } from '../../src/corpus/issuer-name.js';

const article = (...blocks: string[]) => blocks.join('\n\n');
const HEADING = 'PRESS RELEASE — 2 June 2026';
const HEADLINE = 'Hollin Barrow to be protected by law';

describe('a body’s name with its noun first', () => {
  it.each(['Ministry of Heritage', 'Office for National Statistics', 'Bank of England'])(
    '"%s" opens with a body’s noun',
    (name) => {
      expect(opensWithBodyNoun(name)).toBe(true);
      expect(endsInBodyNoun(name)).toBe(false);
    },
  );

  it.each(['Council Opens New Library', 'Office for rent', 'Ministry Delays Report'])(
    '"%s" does not',
    (line) => expect(opensWithBodyNoun(line)).toBe(false),
  );

  it.each([
    ['a paragraph of its own under the heading line', (name: string) => [HEADING, name]],
    ['the line under the heading line', (name: string) => [`${HEADING}\n${name}`]],
  ])('is a release’s issuer and outlet as %s when the release names it again', (_case, top) => {
    for (const name of ['Ministry of Heritage', 'Department for Rural Affairs']) {
      const story = `The ${name} today announced that Hollin Barrow will be protected.`;
      const cleaned = cleanArticle(article(...top(name), HEADLINE, story));
      expect(cleaned.outlet).toBe(name);
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.dropped).toContainEqual({ line: name, reason: 'masthead' });
      expect(cleaned.text).toBe(article(HEADLINE, story));
    }
  });

  it('is no issuer where the release does not name it again: a title-case headline may open so', () => {
    const headline = 'Bank of England Raises Rates';
    const story = 'Interest rates rose to 5% on Thursday, the bank said.';
    for (const raw of [
      article(HEADING, headline, story),
      article(`${HEADING}\n${headline}`, story),
    ]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.outlet).toBeNull();
      expect(cleaned.headline).toBe(headline);
    }
  });
});
