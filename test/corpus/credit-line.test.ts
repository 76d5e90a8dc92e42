/**
 * A reporter's credit as wire services, broadcasters and magazines set it ("Reporting by Sam
 * Okoye.", "Reported by …", "Words: …"), at the head or the foot of a story: the byline. A
 * contributor's or an editor's credit names no author, and a sentence opening with the same
 * words is reporting.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';

const HEADLINE = 'Footbridge shut after barge strike';
const STORY = 'The Mill Lane footbridge in Oxcombe was shut after a barge struck one of its piers.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('parseByline with a reporter’s credit', () => {
  it.each([
    ['Reporting by Sam Okoye.', 'Sam Okoye'],
    ['Reported by Sam Okoye', 'Sam Okoye'],
    ['REPORTING BY Sam Okoye', 'Sam Okoye'],
    ['Words: Sam Okoye', 'Sam Okoye'],
    ['Words: Sam Okoye | Pictures: Jo Tran', 'Sam Okoye'],
    ['Reporting by Ana Ruiz in Oxcombe; Editing by Ben Ode', 'Ana Ruiz'],
    ['Reporting by Ana Ruiz and Sam Okoye', 'Ana Ruiz and Sam Okoye'],
    // A sentence's full stop is no part of the name; an initial's or a suffix's is.
    ['By Sam Okoye.', 'Sam Okoye'],
    ['By Tom Reddaway Jr.', 'Tom Reddaway Jr.'],
    ['By John F.', 'John F.'],
  ])('reads "%s" as by %s', (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });

  it.each([
    'Additional reporting by Jo Tran',
    'Editing by Ben Ode',
    'Reported by the BBC, the fire spread to three farms.',
    'Reporting by phone from Oxcombe, Ana Ruiz said the bridge had gone.',
    'Words: 1,200',
  ])('reads no author in "%s"', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('a credit line at the foot of a plain-text story', () => {
  it('is the byline: dropped, its author read', () => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, 'Reporting by Sam Okoye.'));
    expect(cleaned.author).toBe('Sam Okoye');
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
  });

  it('gives way to the byline at the top', () => {
    const cleaned = cleanArticle(
      article(`${HEADLINE}\nBy Ana Ruiz`, STORY, 'Reporting by Sam Okoye.'),
    );
    expect(cleaned.author).toBe('Ana Ruiz');
  });

  it('names no author as a contributor’s credit', () => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, 'Additional reporting by Jo Tran.'));
    expect(cleaned.author).toBeNull();
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
  });
});
