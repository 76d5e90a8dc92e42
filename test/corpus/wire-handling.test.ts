/**
 * A wire story's handling lines ("Wire copy - for immediate use", "EMBARGOED UNTIL …", a slug)
 * instruct editors and are never its headline: the headline is the first heading after them.
 * Invented plain-text wire copy.
 */
import { describe, expect, it } from 'vitest';
import { isWireHandlingLine } from '../../src/corpus/wire-handling.js';
import { readOneArticle } from '../support/one-article.js';

const HEADLINE = 'Ferry service to resume after engine repairs';
const STORY = [
  'The island ferry will return to service on Monday after three weeks of engine repairs, the operator said.',
  '',
  'Islanders had relied on a smaller boat that carried no vehicles, the operator said.',
];

const titleOf = (lines: string[]) => readOneArticle('wire.txt', `${lines.join('\n')}\n`);

describe('isWireHandlingLine', () => {
  it('is true for a line whose every field is a handling instruction', () => {
    expect(isWireHandlingLine('Wire copy - for immediate use')).toBe(true);
    expect(isWireHandlingLine('FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isWireHandlingLine('EMBARGOED UNTIL 00:01 Tuesday 3 March')).toBe(true);
    expect(isWireHandlingLine('Slug: FERRY-REPAIRS | Urgent')).toBe(true);
    expect(isWireHandlingLine('FERRY-REPAIRS')).toBe(true);
  });

  it('reads field by field as a split would: a category code beside a slug on either side', () => {
    expect(isWireHandlingLine('TRANS  FERRY-FARES/CAP')).toBe(true);
    expect(isWireHandlingLine('FERRY-FARES/CAP  TRANS')).toBe(true);
    expect(isWireHandlingLine('TRANS  POL')).toBe(false);
    expect(isWireHandlingLine(' | Urgent |  ')).toBe(true);
    expect(isWireHandlingLine('  BPA0417   4  AGRI ')).toBe(true);
    expect(isWireHandlingLine('Urgent - ' + 'the ferry will sail '.repeat(5_000))).toBe(false);
  });

  it('is false for a headline that holds such words, or a figure joined by a hyphen', () => {
    expect(isWireHandlingLine('Council approves ferry for immediate use')).toBe(false);
    expect(isWireHandlingLine('Wire copy - ferry to resume')).toBe(false);
    expect(isWireHandlingLine('COVID-19')).toBe(false);
    expect(isWireHandlingLine('Embargo on fishing lifted after ten years of talks')).toBe(false);
  });
});

describe('a wire story headed by its handling lines', () => {
  it('takes the headline after them, in their block or under it', () => {
    const apart = titleOf([
      'Pennmoor Press Association',
      'Wire copy - for immediate use',
      '',
      HEADLINE,
      '',
      ...STORY,
    ]);
    expect(apart.meta.title).toBe(HEADLINE);
    expect(apart.text).not.toContain('immediate use');
    const embargoed = titleOf([
      'Pennmoor Press Association',
      'Embargoed until 00:01 Tuesday 3 March',
      '',
      HEADLINE,
      '',
      ...STORY,
    ]);
    expect(embargoed.meta.title).toBe(HEADLINE);
  });

  it('keeps a headline that only mentions such words', () => {
    const headline = 'Council approves ferry for immediate use';
    const article = titleOf([headline, '', ...STORY]);
    expect(article.meta.title).toBe(headline);
  });

  it('drops no handling-like line below the body text', () => {
    const article = titleOf([HEADLINE, '', ...STORY, '', 'FOR IMMEDIATE USE']);
    expect(article.dropped.some(({ reason }) => reason === 'wire handling line')).toBe(false);
  });
});
