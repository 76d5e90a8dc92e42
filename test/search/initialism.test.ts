/**
 * Initialisms ("CEO", "MP", "MoD") read as the phrases whose initials they spell, and the
 * leading parts of those phrases that are noun phrases of their own ("chief executive").
 * Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import {
  initialismExpansions,
  leadingNounPhrases,
  spellsInitialism,
} from '../../src/search/initialism.js';
import { buildSynonymTable } from '../../src/search/synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { engineOver } from './fixtures.js';

const words = (phrase: string) => phrase.split(' ');

describe('initialisms', () => {
  it('are spelt by the first letters of the words, function words counted or skipped', () => {
    expect(spellsInitialism('ceo', words('chief executive officer'))).toBe(true);
    expect(spellsInitialism('mp', words('member of parliament'))).toBe(true);
    expect(spellsInitialism('mod', words('ministry of defence'))).toBe(true);
    expect(spellsInitialism('ceo', words('chief executive'))).toBe(false);
    expect(spellsInitialism('ceo', words('officer'))).toBe(false);
    expect(spellsInitialism('cabinet', words('c a b i n e t'))).toBe(false);
  });

  it('keep only the leading parts that are noun phrases of their own', () => {
    const nouns = new Set(['chief executive', 'chief']);
    const isNoun = (phrase: string) => nouns.has(phrase);
    expect(leadingNounPhrases(words('chief executive officer'), isNoun)).toEqual([
      'chief executive',
    ]);
    // "chief operating" ends in a modifier; one word alone is too loose.
    expect(leadingNounPhrases(words('chief operating officer'), isNoun)).toEqual([]);
    expect(leadingNounPhrases(words('member of parliament'), () => true)).toEqual([]);
  });

  it('expand a question word only beside a whole expansion', () => {
    expect(initialismExpansions('ceo', ['chief execut', 'chief execut offic', 'boss'])).toEqual([
      'chief execut',
      'chief execut offic',
    ]);
    // "general idea" begins "gist" but spells no whole expansion of it.
    expect(initialismExpansions('gist', ['general idea', 'essenc'])).toEqual([]);
  });

  it('give "CEO" the corpus\'s "chief executive" through WordNet', () => {
    const vocabulary = new Set(termsOf('chief executive officer boss'));
    const ceo = new Map(buildSynonymTable(vocabulary)).get('ceo');
    expect(ceo).toContain('chief execut offic');
    expect(ceo).toContain('chief execut');
    const operating = new Set(termsOf('chief operating'));
    expect(new Map(buildSynonymTable(operating)).get('coo') ?? []).not.toContain('chief oper');
  });

  it('let "who is the CEO" find the chief executive named in the text', () => {
    const { engine } = engineOver(
      {
        id: 'firm',
        title: 'Harlow Tin opens its first shaft',
        published: null,
        paragraphs: [
          ['Harlow Tin opened its first shaft on Monday, with a crowd of two hundred watching.'],
          ['Harlow Tin is owned by a Leeds investment fund and has offices in Penryn.'],
          ['Chief executive Mara Quill said the shaft would employ forty miners by spring.'],
        ],
      },
      {
        id: 'council',
        title: 'Council backs the mine',
        published: null,
        paragraphs: [['The council said Harlow Tin had met every planning condition.']],
      },
    );
    expect(engine.ask('who is the CEO of Harlow Tin?').passages[0]?.quote).toContain(
      'Chief executive Mara Quill',
    );
  });

  it('read an initialism as typed as well as by its stem ("IRS", stemmed "ir")', () => {
    const { index } = engineOver({
      id: 'fund',
      published: null,
      paragraphs: [['The Internal Revenue Service audited the fund in 2022.']],
    });
    const kinds = (question: string) =>
      index
        .rank(question)
        .plan.concepts.flatMap((concept) => concept.alternatives)
        .filter((alternative) => alternative.terms.length === 3)
        .map((alternative) => [alternative.terms.join(' '), alternative.kind]);
    expect(kinds('when did the IRS audit the fund?')).toEqual([
      ['intern revenu servic', 'abbreviation'],
    ]);
  });

  it('let a question\'s "member of parliament" find the coverage\'s "MP", which WordNet does not link', () => {
    // WordNet's "MP" is the military police; its "Member of Parliament" lists no initialism.
    const { engine, index } = engineOver({
      id: 'bypass',
      title: 'Bypass vote delayed',
      published: '2026-11-02',
      paragraphs: [
        ['The bypass vote was delayed on Monday after a row over funding.'],
        ['Local MP Dana Reeve said the delay was a disgrace and called for a public inquiry.'],
        ['A car was towed from the Central Square before the vote.'],
        ['Harlow Tin Co. said the commanding officer of the cadets had written to the council.'],
      ],
    });
    const question = 'what did the member of parliament say about the delay?';
    const kinds = index
      .rank(question)
      .plan.concepts.flatMap((concept) => concept.alternatives)
      .map((alternative) => [alternative.terms.join(' '), alternative.kind]);
    expect(kinds).toContainEqual(['mp', 'abbreviation']);
    expect(engine.ask(question).passages[0]?.quote).toContain('Local MP Dana Reeve');
    // An initialism the coverage writes in lower case is a word of its own: "car" is no
    // "Central African Republic".
    const car = index
      .rank('what happened in the central african republic?')
      .plan.concepts.flatMap((concept) => concept.alternatives.map((a) => a.terms.join(' ')));
    expect(car).not.toContain('car');
    // Nor one written in title case, an abbreviation of something else: "Co." is no
    // "commanding officer".
    const officer = index
      .rank('what did the commanding officer write?')
      .plan.concepts.flatMap((concept) => concept.alternatives.map((a) => a.terms.join(' ')));
    expect(officer).not.toContain('co');
  }, 120_000);
});
