/**
 * Derived forms reached through an irregular inflection (src/search/irregular-derived.ts), and
 * a question asking with the inflection finding the derived form, on a tiny invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { withIrregularForms } from '../../src/search/irregular-derived.js';
import { engineOver } from './fixtures.js';

describe('derived forms of an irregular form', () => {
  it('are its lemma’s, keyed by the form’s stem and merged with the form’s own', () => {
    const derived: Array<[string, string[]]> = [
      ['speak', ['speaker', 'speech']],
      ['spoke', ['spoked']],
      ['teach', ['teacher']],
    ];
    const table = withIrregularForms(derived, [
      ['spoke', 'speak'],
      ['spoken', 'speak'],
      ['taught', 'teach'],
      ['flew', 'fly'],
    ]);
    expect(table).toEqual([
      ['speak', ['speaker', 'speech']],
      ['spoke', ['speaker', 'speech', 'spoked']],
      ['spoken', ['speaker', 'speech']],
      ['taught', ['teacher']],
      ['teach', ['teacher']],
    ]);
    // A lemma with no derived form in the corpus adds nothing ("flew" / "fly").
    expect(table.some(([key]) => key === 'flew')).toBe(false);
  });

  it('link a lemma to a form whose stem another word shares, only from the lemma', () => {
    const table = withIrregularForms(
      [],
      [],
      [
        ['thieves', 'thief'],
        ['shelves', 'shelf'],
      ],
      new Set(['thiev', 'gallery']),
    );
    // "thiev" may be "thieving" too: a related form of "thief", and no way back to it; the
    // corpus has no "shelv", so nothing is linked to it.
    expect(table).toEqual([['thief', ['thiev']]]);
  });

  it('let "how many spoke" find the passage on the speakers', () => {
    const { index } = engineOver({
      id: 'hearing',
      title: 'Quarry hearing',
      published: '2025-03-04',
      paragraphs: [
        ['The quarry hearing in Tolvey heard from 31 public speakers.'],
        ['The quarry company said the hearing was fair.'],
      ],
    });
    const plan = index.rank('how many people spoke at the quarry hearing').plan;
    const spoke = plan.concepts.find((concept) => concept.label === 'spoke');
    expect(spoke?.alternatives.map((a) => a.terms.join(' '))).toContain('speaker');
  });

  it('let "is the thief known" reach the passage on the thieves in the ranking', () => {
    const { index } = engineOver({
      id: 'gallery',
      title: 'Painting stolen',
      published: '2025-03-02',
      paragraphs: [
        ['A painting was stolen from the Quay Gallery overnight.'],
        ['Police said the thieves entered through a skylight.'],
      ],
    });
    const result = index.rank('Is the thief known?');
    const thief = result.plan.concepts.find((concept) => concept.label === 'thief');
    expect(thief?.alternatives.map((a) => a.terms.join(' '))).toContain('thiev');
  });
});
