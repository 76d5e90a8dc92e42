import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { endsInBodyNoun, namesBodyByNounOf } from '../../src/corpus/issuer-name.js';

const article = (...blocks: string[]) => blocks.join('\n\n');
const HEADING = 'PRESS RELEASE — 2 June 2026';
const HEADLINE = 'Hollin Barrow to be protected by law';

describe('a body’s name with its noun first', () => {
  it.each(['Ministry of Heritage', 'Office for National Statistics', 'Bank of England'])(
    '"%s" opens with a body’s noun',
    (name) => {
      expect(namesBodyByNounOf(name)).toBe(true);
      expect(endsInBodyNoun(name)).toBe(false);
    },
  );

  it.each(['Council Opens New Library', 'Office for rent', 'Ministry Delays Report'])(
    '"%s" does not',
    (line) => expect(namesBodyByNounOf(line)).toBe(false),
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

describe('a body’s full name with its noun before "of" after a few words', () => {
  const NAME = 'Water Services Authority of the Republic of Dunmere';
  it.each([NAME, 'Police Service of Northern Ireland', 'The Harbour Board of Tarnmouth'])(
    '"%s" names a body',
    (name) => expect(namesBodyByNounOf(name)).toBe(true),
  );
  it.each(['Water services authority of the republic', 'Nine Local Councils Join Forces'])(
    '"%s" does not',
    (name) => expect(namesBodyByNounOf(name)).toBe(false),
  );

  it('is the release’s issuer and outlet, the next line its title, when its "About" names it again', () => {
    const cleaned = cleanArticle(
      article(
        'PRESS RELEASE — 9 March 2026',
        NAME,
        'New reservoir opens at Kell Valley',
        'The Water Services Authority announces the opening of the Kell Valley reservoir.',
        `About the Water Services Authority\nThe ${NAME} is the public body responsible for drinking water supply.`,
      ),
    );
    expect(cleaned.outlet).toBe(NAME);
    expect(cleaned.headline).toBe('New reservoir opens at Kell Valley');
    expect(cleaned.dropped).toContainEqual({ line: NAME, reason: 'masthead' });
  });

  it('is no issuer where the release does not name it again', () => {
    const headline = 'Harbour Authority of Tarnmouth Opens New Berths';
    const cleaned = cleanArticle(
      article(HEADING, headline, 'Two new berths opened on Monday, the harbour said.'),
    );
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.headline).toBe(headline);
  });
});
