/**
 * A sentence's opening definite description as the index saves it (opening-description.ts):
 * read at build by described-subject.ts `openingCode`, read back from the code and the text
 * alone, as answering does (no lexicon, no WordNet). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  describedHead,
  describedSubject,
  openingCode,
  opensWithDescriptionOf,
  readOpenings,
} from '../../src/search/described-subject.js';
import {
  describedHeadIn,
  GROUP_HEAD,
  HEAD,
  headedBy,
  kindIn,
  packOpenings,
  PERSON_HEAD,
  unpackOpenings,
  withHead,
} from '../../src/search/opening-description.js';
import { searchCorpus } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

describe('the saved reading of an opening description', () => {
  it('marks each word the description may end at by what it names', () => {
    expect(openingCode('The minister promised grants.')).toBe(withHead(0, 1, PERSON_HEAD));
    expect(openingCode('The firm employs 40 people.')).toBe(withHead(0, 1, GROUP_HEAD));
    // A head naming neither a person nor a body is saved too: "The railway" for a named line.
    expect(openingCode('The railway was built in 1893.')).toBe(withHead(0, 1, HEAD));
    expect(openingCode("The union's leader said no.")).toBe(withHead(0, 2, PERSON_HEAD));
    // "The railway station" ends at "station", not at "railway".
    expect(openingCode('The railway station is shut.')).toBe(withHead(0, 2, HEAD));
    // No head: a name, a restricted head, a function word, no "The".
    for (const text of [
      'The Red Cross said it would help.',
      'The minister of the interior resigned.',
      'The head of the agency said no.',
      'Railway staff were told on Monday.',
    ])
      expect(openingCode(text), text).toBe(0);
  });

  it.each([
    'The 41-year-old previously ran the ferry terminal.',
    'The pensioner, who lives alone, was taken to hospital.',
    'The former Dutch-born engineer moved to Leeds.',
    'The company announced the closure on Monday.',
    'The railway was built in 1893.',
    'The route opened in 1890.',
    'The minister of the interior resigned.',
  ])('"%s" reads back from its code as from its text', (text) => {
    const code = openingCode(text);
    expect(describedHeadIn(text, code)).toEqual(describedHead(text));
    expect(kindIn(code)).toBe(describedSubject(text));
    for (const head of ['railway', 'route', 'company', 'pensioner', 'minister'])
      expect(headedBy(text, code, head), head).toBe(opensWithDescriptionOf(text, head));
  });

  it('gives the head as written, without the comma after it', () => {
    const text = 'The pensioner, 82, was taken to hospital.';
    expect(describedHeadIn(text, openingCode(text))).toEqual({ head: 'pensioner', kind: 'person' });
    expect(headedBy(text, openingCode(text), 'pensioner')).toBe(true);
  });

  it('is read once per sentence at build, for a paragraph’s first sentence too', () => {
    const corpus = searchCorpus({
      id: 'firm',
      title: 'The firm closes',
      published: '2026-06-01',
      paragraphs: [
        ['Northwind Foods will close its Leeds bakery.', 'The company blamed rising costs.'],
        ['The railway station is shut.', 'Staff were told on Monday.'],
      ],
    });
    const textOf = (s: number) => sentenceText(corpus, s);
    const at = (start: string) => corpus.sentences.findIndex((_, s) => textOf(s).startsWith(start));
    const { codes, described } = readOpenings(corpus.sentences, textOf);
    // Only "The company" leans on the sentence before; a later reference may open a paragraph.
    expect(described).toEqual([at('The company')]);
    expect([...codes.keys()].filter((s) => codes[s] !== 0)).toEqual([
      at('The company'),
      at('The railway station'),
    ]);
  });

  it('packs only the sentences that have a code, and unpacks them in place', () => {
    const codes = [0, withHead(0, 1, PERSON_HEAD), 0, 0, withHead(withHead(0, 1, HEAD), 3, 3)];
    const packed = packOpenings(codes);
    expect([...unpackOpenings(packed, codes.length)]).toEqual(codes);
    // An index whose sentences do not match the corpus is refused, not misread.
    expect(() => unpackOpenings(packed, 3)).toThrow(/opening description/u);
  });
});
