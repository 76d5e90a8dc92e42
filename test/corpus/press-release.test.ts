import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { isOutletName } from '../../src/corpus/credit-fields.js';
import { parseReleaseHeading } from '../../src/corpus/press-release.js';

const HEADLINE = 'Wexmoor council opens new library';
const STORY =
  'The new library on Quay Street will open to the public on Saturday, the council said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('a press release’s heading line', () => {
  it.each([
    ['Press release, 12 May 2025', '2025-05-12'],
    ['PRESS RELEASE — 12 May 2025', '2025-05-12'],
    ['News release | March 3, 2025', '2025-03-03'],
    ['Media Release: 3 March 2025, 09:00', '2025-03-03'],
    ['Press release', null],
    ['FOR IMMEDIATE RELEASE', null],
  ])('"%s" gives the publication date %s and is dropped', (line, published) => {
    expect(parseReleaseHeading(line)).toEqual({ published });
    for (const raw of [article(line, HEADLINE, STORY), `${line}\n${HEADLINE}\n\n${STORY}`]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.text).toBe(article(HEADLINE, STORY));
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.dateline).toBe(published);
      // A document's kind names no outlet, though "press" and "news" are news outlets' words.
      expect(cleaned.outlet).toBeNull();
      expect(cleaned.dropped.map(({ line: dropped }) => dropped)).toContain(line);
    }
  });

  it('takes the release date under a "For immediate release" line too', () => {
    const cleaned = cleanArticle(
      article('FOR IMMEDIATE RELEASE\nPress Release – 12 May 2025', HEADLINE, STORY),
    );
    expect(cleaned.dateline).toBe('2025-05-12');
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
  });

  it.each([
    // A sentence mentioning a press release.
    article(
      HEADLINE,
      'The council said in a press release, 12 May 2025, that the library would open.',
    ),
    // Further down, after the story has begun: not the document's heading.
    article(HEADLINE, STORY, 'Press release, 12 May 2025'),
  ])('is not read from a sentence or below the story: %j', (raw) => {
    const cleaned = cleanArticle(raw);
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.text).toBe(raw);
  });

  it('leaves a headline that opens with the kind alone', () => {
    expect(parseReleaseHeading('Press release: council opens new library')).toBeNull();
    expect(parseReleaseHeading('Press releases from the council, 2025')).toBeNull();
    expect(isOutletName('Press Release')).toBe(false);
    expect(isOutletName('Wexmoor Press')).toBe(true);
  });
});
