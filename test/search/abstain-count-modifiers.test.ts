/**
 * The restriction a noun premodifier puts on a "how many" question's counted noun
 * (src/search/abstain-count-modifiers.ts, read by the counted-thing gate): "how many wheelchair
 * spaces" is answered only by a count of spaces told with wheelchairs. A tiny invented corpus:
 * a football ground's new stand, whose coverage counts the seats and a park-and-ride's car
 * spaces, and wheelchair places only in a second story.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The stand: counts of seats and of park-and-ride spaces, wheelchairs named but not counted. */
const STAND: SearchFixtureArticle = {
  id: 'stand',
  title: 'Brackwell Town unveil plans for new north stand',
  outlet: 'Brackwell Echo',
  published: '2025-06-02',
  paragraphs: [
    ['Brackwell Town have unveiled plans for a new north stand at Gorse Road.'],
    ['The stand will hold 4,800 seats and open in August 2026.'],
    [
      'A park-and-ride service from Tillet Retail Park, with 600 spaces, is planned for match days.',
    ],
    ['The club said the stand would be fully accessible to wheelchair users.'],
  ],
};

/** A second story that counts the wheelchair spaces of another ground. */
const OTHER: SearchFixtureArticle = {
  id: 'other',
  title: 'Harlow Vale open east terrace',
  outlet: 'Vale Times',
  published: '2025-05-10',
  paragraphs: [
    ['Harlow Vale opened their rebuilt east terrace on Saturday.'],
    ['The terrace has 42 wheelchair spaces and a new family area.'],
  ],
};

describe('a count restricted by a premodifier', () => {
  it('is not answered by a count of the head noun told without the modifier', () => {
    const { engine } = engineOver(STAND);
    const question = 'how many wheelchair spaces are in the new stand';
    expect(engine.ask(question).answered, question).toBe(false);
  });

  it('is answered by a count told with the modifier', () => {
    const { engine } = engineOver(STAND, OTHER);
    const reply = engine.ask('how many wheelchair spaces does the Harlow Vale east terrace have');
    expect(reply.answered).toBe(true);
  });

  it('leaves a count with no premodifier to the count of its noun', () => {
    const { engine } = engineOver(STAND);
    expect(engine.ask('how many seats will the new stand hold').answered).toBe(true);
    expect(engine.ask('how many spaces will the park-and-ride have').answered).toBe(true);
  });

  it('is not restricted by an adjective, which the answer may leave to its context', () => {
    const { engine } = engineOver(STAND);
    expect(engine.ask('how many new seats will the north stand hold').answered).toBe(true);
  });
});

/** A town library's year: books counted, and e-books only in a second story. */
const LIBRARY: SearchFixtureArticle = {
  id: 'library',
  title: 'Marlow Street library has record year',
  outlet: 'Brackwell Echo',
  published: '2025-01-08',
  paragraphs: [
    ['Marlow Street library lent 52,000 books in 2024, its busiest year since it opened.'],
    ['The library also began lending e-books and audiobooks in March.'],
  ],
};
const EBOOKS: SearchFixtureArticle = {
  id: 'ebooks',
  title: 'Readers go digital at Marlow Street',
  outlet: 'Vale Times',
  published: '2025-01-20',
  paragraphs: [['Readers at Marlow Street borrowed 6,300 e-books in 2024.']],
};

describe('a count of a noun joined to a prefix by a hyphen', () => {
  it('is not answered by a count of the bare noun', () => {
    // On the base, "e" (no noun) restricted nothing, and "52,000 books" counted "e-books".
    const { engine } = engineOver(LIBRARY);
    expect(engine.ask('how many e-books did Marlow Street library lend in 2024').answered).toBe(
      false,
    );
  });

  it('is answered by a count of the hyphenated compound', () => {
    const { engine } = engineOver(LIBRARY, EBOOKS);
    const reply = engine.ask('how many e-books were borrowed at Marlow Street in 2024');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('6,300 e-books');
  });
});
