/**
 * A sentence that points back to what was told before it, by a shell noun ("the error", "the
 * claim") or a demonstrative ("denied this"), never reads alone: it is read and quoted with the
 * sentence before it in its paragraph, and "the error" with the sentence stating the error
 * (src/search/select/widen.ts, src/search/features.ts `contextSentence`).
 */
import { describe, expect, it } from 'vitest';
import { pointsBack, pointsToError } from '../../src/search/select/widen.js';
import { engineOver } from './fixtures.js';

describe('pointing back', () => {
  it.each([
    'We are happy to correct the error.',
    'The company dismissed the claim as nonsense.',
    'The council denied this.',
    'Residents have repeated these allegations for years.',
    // Read without regard to case, a shell noun in capitals as in lower case.
    'THE MINISTER WITHDREW THE REMARKS.',
    'The agency retracted the Inaccuracies and apologised.',
  ])('"%s" points back', (text) => {
    expect(pointsBack(text)).toBe(true);
  });

  it.each([
    'The company denied the claim that it was in talks.',
    'Claims about the site were denied.',
    'This year the fair moved to the quay.',
    'The error rate fell.',
  ])('"%s" says what it means itself', (text) => {
    expect(pointsBack(text)).toBe(false);
  });

  it('tells an error noun from the other shell nouns', () => {
    expect(pointsToError('We apologise for the mistake.')).toBe(true);
    expect(pointsToError('The company dismissed the claim as nonsense.')).toBe(false);
  });
});

describe('a correction read as one', () => {
  const { engine } = engineOver({
    id: 'brief',
    title: 'Ferry briefing',
    published: '2024-05-10',
    paragraphs: [
      ['Ferry crews began voting on strike action on Monday.'],
      [
        'Correction: In our report of 2 May we said the ferry service would end in June.',
        'The operator says the service will run until the end of September.',
        'We are happy to correct the error.',
      ],
    ],
  });

  it('quotes "we are happy to correct the error" with the error and its correction', () => {
    const answer = engine.ask('did the briefing correct its report');
    const quote = answer.passages.find((p) => p.quote.includes('correct the error'))?.quote ?? '';
    expect(quote).toContain('would end in June.');
    expect(quote).toContain('until the end of September.');
  });
});

describe('a claim dismissed', () => {
  const { engine } = engineOver({
    id: 'mill',
    title: 'Mill sale',
    published: '2024-05-10',
    paragraphs: [
      [
        'A councillor said the owners had agreed to sell the mill to a developer.',
        'The owners dismissed the claim as nonsense.',
      ],
      ['The mill employs 90 people.'],
    ],
  });

  it('is quoted with what was claimed', () => {
    const answer = engine.ask('did the owners dismiss the claim');
    const quote = answer.passages.find((p) => p.quote.includes('dismissed'))?.quote ?? '';
    expect(quote).toContain('agreed to sell the mill');
  });
});
