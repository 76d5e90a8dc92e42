/**
 * An organisation that publishes a press release in the coverage and is the one a question asks
 * an act was done to ("how much was the Orwen Moss Trust fined") is what the question asks
 * about, not its source (src/search/plan/source-framing.ts `heldAsSubject`): the paper's report
 * of the fine answers though the trust's own release does not state the sum. "How much" asks an
 * amount, never for a source's coverage, so the trust's name beside it is not read as asked of
 * for its coverage alone. Invented outlets, bodies and people.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/terms.js';
import { framedAsSource, heldAsSubject } from '../../src/search/plan/source-framing.js';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'release.md': frontMatterArticle(
    'Statement on the Pellow Brook incident',
    'Orwen Moss Trust',
    '2026-05-11',
    'The Orwen Moss Trust regrets the leak of diesel from its workshop into Pellow Brook.\n\nThe trust has replaced the tank that failed and will fund a survey of the brook.',
  ),
  'report.md': frontMatterArticle(
    'Charity pays for brook pollution',
    'Pellow Standard',
    '2026-05-12',
    'A conservation charity was fined £8,500 on Monday for letting diesel reach Pellow Brook.\n\nMagistrates heard the Orwen Moss Trust had not checked its workshop tank for three years.',
  ),
});

const always = () => false;

describe('a question naming an organisation the asked act is done to', () => {
  it('reads the name after "the" as the passive\'s patient, in any case', () => {
    for (const question of [
      'How much was the Orwen Moss Trust fined?',
      'how much was the Orwen moss trust fined',
    ]) {
      expect([...heldAsSubject(question, always)], question).toEqual(['orwen', 'moss', 'trust']);
      expect([...framedAsSource(question, tokenize(question))], question).toEqual([]);
    }
  });

  it('still reads a name framed as a source', () => {
    const question = 'What did the Orwen Moss Trust say about the fine?';
    expect([...framedAsSource(question, tokenize(question))]).toEqual(['orwen', 'moss', 'trust']);
    const stories = 'How many stories did the Pellow Standard run?';
    expect([...framedAsSource(stories, tokenize(stories))]).toContain('pellow');
  });

  it("is answered from every source, not refused for want of the trust's own words", () => {
    const answer = engine.ask('How much was the Orwen Moss Trust fined?');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((passage) => passage.quote).join(' ')).toContain('£8,500');
  });
});
