/**
 * Typo tolerance reaches only words no dictionary knows: a dictionary word the coverage never
 * uses ("price") is the user's word, not a misspelling of a corpus word ("Pryce"). Tiny
 * invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { baseForms, dictionaryWords } from '../../src/search/dictionary-words.js';
import { FrontCodedWords } from '../../src/search/front-coding.js';
import { engineOver } from './fixtures.js';
import { kindsOf } from '../support/plan-kinds.js';

const ARTICLE = (id: string, sentence: string) => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

describe('typo correction', () => {
  const articles = [
    ARTICLE('pryce', 'Councillor Owen Pryce opened the new harbour wall on Monday.'),
    ARTICLE('budget', 'The government set aside money for the harbour wall.'),
  ];

  it('leaves a dictionary word the coverage lacks as it is, in any regular form', () => {
    const { index } = engineOver(...articles);
    expect(kindsOf(index.rank('what was the price of the wall').plan, 'price')).toEqual([
      ['price', 'exact'],
    ]);
    expect(kindsOf(index.rank('what were the prices').plan, 'prices')).toEqual([
      ['price', 'exact'],
    ]);
    // The first engine built reads WordNet: slow on a busy machine.
  }, 120_000);

  it('leaves a dictionary word with no corpus term within typo reach as it is', () => {
    const { index } = engineOver(...articles);
    // "elephant" is two edits or more from every word of the coverage: nothing to correct it to.
    expect(kindsOf(index.rank('what about the elephant').plan, 'elephant')).toEqual([
      ['eleph', 'exact'],
    ]);
  });

  it('still corrects a word no dictionary knows', () => {
    const { index } = engineOver(...articles);
    const plan = index.rank('what did the goverment set aside').plan;
    // The one corpus word it can stand for is matched as the word itself (sure-correction.ts).
    expect(kindsOf(plan, 'goverment')).toContainEqual(['govern', 'exact']);
    // Nor is an inflection of a short word only: "barier" is no "Bari" + "-er".
    const barrier = engineOver(ARTICLE('barrier', 'The tidal barrier was half built.')).index;
    expect(kindsOf(barrier.rank('was the barier finished').plan, 'barier')).toContainEqual([
      'barrier',
      'fuzzy',
    ]);
    // A misspelt name is no dictionary word either (and the one name it can stand for).
    expect(kindsOf(index.rank('who is owen prycce').plan, 'prycce')).toContainEqual([
      'pryce',
      'exact',
    ]);
  });

  it('reads a word one edit from a dictionary word the coverage lacks as that word, not as a corpus word further away', () => {
    const { index } = engineOver(
      ARTICLE('bins', 'The council will restart the bin collections in May.'),
      ARTICLE('moon', 'The mission to the island was called off.'),
    );
    // "restaurnt" is one edit from "restaurant", which the coverage never writes: it is read as
    // that word (plan/meant-spellings.ts), not as "restart", two edits from it; nor
    // "prmission" ("permission") as "mission".
    expect(kindsOf(index.rank('when will the restaurnt open?').plan, 'restaurant')).toEqual([
      ['restaur', 'exact'],
    ]);
    expect(kindsOf(index.rank('who gave prmission for it?').plan, 'permission')).toEqual([
      ['permiss', 'exact'],
    ]);
    // A typo of a word the coverage writes is still read as it (as the word itself: the one
    // corpus word it can stand for, sure-correction.ts).
    expect(kindsOf(index.rank('when will they restrat the bins?').plan, 'restrat')).toContainEqual([
      'restart',
      'exact',
    ]);
  }, 120_000);

  it('reads a dictionary word as an ordinary corpus word one edit away when nothing else stands for it', () => {
    // "compliants" (two letters swapped) is a dictionary form ("compliant" + s), but the
    // coverage has no form, synonym or derived form of it: it is read as "complaints".
    const library = engineOver({
      id: 'library',
      title: 'Library opening hours cut',
      published: '2026-10-05',
      paragraphs: [
        ['The county council said it had received 340 complaints about the shorter library hours.'],
        ['The libraries will close at 5pm on weekdays from November.'],
      ],
    });
    expect(
      kindsOf(library.index.rank('how many compliants did the council get').plan, 'compliants'),
    ).toContainEqual(['complaint', 'fuzzy']);
    const answer = library.engine.ask('how many compliants did the council get');
    expect((answer.passages[0] ?? answer.closest[0])?.quote).toContain('340 complaints');
    // Never a name: "price" stays the user's word beside "Pryce" (above).
  });

  it('reads no real word as a corpus word that differs in its first letter', () => {
    // "bread" is one edit from the coverage's "read", but the first letter is seldom the one
    // mistyped: the word is the user's, and nothing in the coverage stands for it.
    const notice = engineOver({
      id: 'notice',
      published: null,
      paragraphs: [['Every response to the survey would be read by the panel.']],
    });
    expect(kindsOf(notice.index.rank('how do I make banana bread').plan, 'bread')).toEqual([
      ['bread', 'exact'],
    ]);
    // A word no dictionary knows is still read as the corpus word one edit from it.
    expect(kindsOf(notice.index.rank('who ran the surevy').plan, 'surevy')).toContainEqual([
      'survey',
      'fuzzy',
    ]);
  });

  it('lists the dictionary words a corpus lacks, of the lengths typo tolerance and initialisms read', () => {
    const words = new FrontCodedWords(
      dictionaryWords(new Set(['harbour']), ['cat', 'harbour', 'ox', 'price', 'profit'].join('\n')),
    );
    expect(['cat', 'ox', 'harbour', 'price', 'profit'].filter((word) => words.has(word))).toEqual([
      'cat',
      'price',
      'profit',
    ]);
  });

  it('undoes regular inflections by WordNet’s rules', () => {
    expect(baseForms('prices')).toContain('price');
    expect(baseForms('boxes')).toContain('box');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('carried')).toContain('carry');
    expect(baseForms('goverment')).toEqual(['goverment']);
  });
});
