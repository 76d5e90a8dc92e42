/**
 * Names typed as their initials ("FDR", "JFK", "TR") stand for the full names the metadata
 * gives, both to name a source and as content. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { initialledNames, mayBeInitials } from '../../src/search/plan/initials.js';
import { engineOver, firstArticleId, speech, UNRELATED_SPEECHES } from './fixtures.js';

const initialsOf = (text: string) => initialledNames(text).map((name) => name.initials);

describe('names of the metadata by their initials', () => {
  it('reads capitalised runs of words, with one-letter initials, dotted or not', () => {
    expect(initialledNames('Address, 1942 (Franklin D Roosevelt)')).toContainEqual({
      initials: 'fdr',
      terms: ['franklin', 'd', 'roosevelt'],
    });
    expect(initialsOf('Speech by President John F. Kennedy')).toContain('jfk');
    expect(initialsOf('Speech by President John F. Kennedy')).toContain('pjfk');
    expect(initialsOf('Speech by President John F. Kennedy')).not.toContain('sbp');
  });

  it('ends a run at a comma, a bracket or a lower-case word', () => {
    expect(initialsOf('Belarus, Russia sign a pact')).toEqual([]);
    expect(initialsOf('State of the Union address')).toEqual([]);
    expect(initialsOf('Mayor (Ingrid Sola)')).toEqual(['is']);
  });

  it('takes two letters only when typed as capitals, three or four in any case', () => {
    expect(mayBeInitials('TR', 'tr')).toBe(true);
    expect(mayBeInitials("TR's", 'tr')).toBe(true);
    expect(mayBeInitials('tr', 'tr')).toBe(false);
    expect(mayBeInitials('fdr', 'fdr')).toBe(true);
    expect(mayBeInitials('JFK', 'jfk')).toBe(true);
    expect(mayBeInitials('abcde', 'abcde')).toBe(false);
    expect(mayBeInitials('F1', 'f1')).toBe(false);
  });
});

// Two speakers on the same dams; the one asked about is second in the corpus, so a question
// that does not know who "FDR" is gets the other's passage first.
const SPEECHES = [
  speech(
    'hoover',
    'Annual message, 1931 (Herbert Hoover)',
    '1931',
    'New dams on the river must wait.',
  ),
  speech(
    'roosevelt',
    'Annual message, 1935 (Franklin D Roosevelt)',
    '1935',
    'New dams on the river will bring power to farms.',
  ),
  ...UNRELATED_SPEECHES,
];

describe('a question naming its source by initials', () => {
  it('is answered from the named speaker’s article', () => {
    const opened = engineOver(...SPEECHES);
    const first = (question: string) => firstArticleId(opened, question);
    expect(first("In FDR's speech, what about new dams on the river?")).toBe('roosevelt');
    expect(first('what did fdr say in 1935 about new dams on the river')).toBe('roosevelt');
    // Without the initials, the same question is ordered by the text alone.
    expect(first('In the speech, what about new dams on the river?')).toBe('hoover');
  });

  it('drops the initials from the content once they named the source', () => {
    const { index } = engineOver(...SPEECHES);
    const plan = index.rank("In FDR's 1935 speech, what about dams?").plan;
    expect(plan.concepts.map((concept) => concept.label)).toEqual(['dams']);
  });

  it('reads them as the name, and its last word, when they name no source', () => {
    // A name in the titles of more of the coverage than a source's share (search options
    // `strongSourceTermMaxShare`) names no source, so "FDR" stands for the name in the content.
    const { index } = engineOver(
      ...SPEECHES,
      speech('r36', 'Annual message, 1936 (Franklin D Roosevelt)', '1936', 'Farms need roads.'),
      speech('r37', 'Annual message, 1937 (Franklin D Roosevelt)', '1937', 'Roads need money.'),
    );
    const concept = index.rank('did FDR like dams').plan.concepts.find((c) => c.label === 'FDR');
    expect(concept?.alternatives.map((a) => a.terms.join(' '))).toEqual([
      'fdr',
      'franklin d roosevelt',
      'roosevelt',
      // WordNet's synonym of "FDR", the titles' words being the corpus's vocabulary too.
      'franklin roosevelt',
    ]);
  });

  it('leaves a word the corpus uses alone, even when it matches a name’s initials', () => {
    const { index } = engineOver(
      ...SPEECHES,
      speech('e', 'Notes', '2005', 'The fdr committee met in 1935.'),
    );
    const concept = index.rank('what did the fdr committee do').plan.concepts[0];
    expect(concept?.alternatives.map((a) => a.terms.join(' '))).toEqual(['fdr']);
  });
});
