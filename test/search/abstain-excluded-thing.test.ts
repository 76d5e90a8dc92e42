/**
 * Abstention's gate on a figure that excludes the asked thing
 * (src/search/abstain-excluded-thing.ts): "how much did the helicopter cost" is not answered by
 * a cost given "not counting the helicopter". Tiny invented corpora: a flood response costed
 * without its pumps, then the same with the pumps' own cost stated.
 */
import { describe, expect, it } from 'vitest';
import {
  excludedAskedTerms,
  excludedSpans,
  excludesItself,
} from '../../src/search/abstain-excluded-thing.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The response's cost, given without the pumps; the pumps named elsewhere with no figure. */
const WITHOUT_PUMPS: SearchFixtureArticle = {
  id: 'flood-cost',
  title: 'Marren flood response costed',
  outlet: 'Marren Echo',
  published: '2025-02-10',
  paragraphs: [
    [
      'The county has put the cost of its response to the Marren flood at £84,000, excluding the hired pumps, which the water board paid for.',
    ],
    ['Two hired pumps cleared the flooded underpass on Tuesday.'],
    ['The hired pumps were returned to the depot on Friday.'],
  ],
};

/** The pumps' own cost. */
const PUMPS_COSTED: SearchFixtureArticle = {
  id: 'pumps-cost',
  title: 'Water board pays for Marren pumps',
  outlet: 'Marren Post',
  published: '2025-02-12',
  paragraphs: [['Hiring the pumps for the Marren flood cost the water board £12,500.']],
};

describe('an exclusion in a text', () => {
  it('spans the noun phrase after the exclusion, to a comma or a clause', () => {
    const text = 'It cost £84,000, not counting the helicopter, which the council paid for.';
    const [span] = excludedSpans(text);
    expect(text.slice(...span!)).toBe('the helicopter');
    const other = 'All roads apart from the B6271 reopened.';
    expect(other.slice(...excludedSpans(other)[0]!)).toBe('the B6271');
  });

  it('is "without" only when set off by a comma', () => {
    expect(excludedSpans('Some 300 homes were without power.')).toEqual([]);
    expect(excludedSpans('It cost £9,000, without the pumps.')).toHaveLength(1);
    expect(excludesItself('how many homes apart from those in Ashby were flooded')).toBe(true);
    expect(excludesItself('how much did the pumps cost')).toBe(false);
  });

  it('finds every exclusion of a passage, whatever question was tested before', () => {
    // The question's exclusion ends past where the passage's stands.
    expect(
      excludesItself(
        'How much did the rescue cost the county in the end, not counting the helicopter?',
      ),
    ).toBe(true);
    const passage = 'The rescue cost £310,000 excluding the helicopter, the council said.';
    const [span] = excludedSpans(passage);
    expect(span && passage.slice(...span)).toBe('the helicopter');
  });
});

describe('the gate', () => {
  it('refuses an amount whose only figure excludes the asked thing', () => {
    const { engine, index } = engineOver(WITHOUT_PUMPS);
    const question = 'how much did the hired pumps cost';
    const plan = index.rank(question).plan;
    const text = WITHOUT_PUMPS.paragraphs[0]![0]!;
    expect(excludedAskedTerms(plan, text)).toContain('pump');
    expect(engine.ask(question).answered).toBe(false);
  });

  it('answers the figure of what the exclusion leaves in, and a question that excludes itself', () => {
    const { engine } = engineOver(WITHOUT_PUMPS);
    expect(engine.ask('how much did the Marren flood response cost the county').answered).toBe(
      true,
    );
  });

  it('answers when another passage gives the excluded thing its own figure', () => {
    const { engine } = engineOver(WITHOUT_PUMPS, PUMPS_COSTED);
    const answer = engine.ask('how much did the hired pumps cost');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('£12,500'))).toBe(true);
  });
});
