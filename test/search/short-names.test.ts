/**
 * A later "Kestrix" is the "Kestrix Ferry Lines" its article named before (a short form of a
 * name): it matches a question naming the firm in full (src/search/short-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../src/search/short-names.js';
import { engineOver } from './fixtures.js';

/** The short forms of `sentence` when it follows `before` in one article. */
function shortFormsAfter(before: string, sentence: string) {
  return shortNames(sentence, before.length + 1, `${before} ${sentence}`);
}

describe('short names', () => {
  it('resolve a lone first word to the one full name the article gave before', () => {
    expect(
      shortFormsAfter(
        'The contract went to Kestrix Ferry Lines in May.',
        'Kestrix shares are not traded.',
      ),
    ).toEqual([{ word: 'Kestrix', rest: 'Ferry Lines' }]);
    expect(
      shortFormsAfter('The Kestrix Ferry Lines board met.', 'A spokesman for Kestrix declined.'),
    ).toEqual([{ word: 'Kestrix', rest: 'Ferry Lines' }]);
  });

  it('resolve nothing named only later, in full in the sentence itself, or never in full', () => {
    expect(shortNames('Kestrix won.', 0, 'Kestrix won. Kestrix Ferry Lines said so.')).toEqual([]);
    expect(shortFormsAfter('Kestrix Ferry Lines won.', 'Kestrix Ferry Lines shares rose.')).toEqual(
      [],
    );
    expect(shortFormsAfter('Kestrix won the contract.', 'Kestrix shares rose.')).toEqual([]);
  });

  it('leave a first word of two names, or a word also written in lower case, unresolved', () => {
    expect(
      shortFormsAfter(
        'Dunmore Harbour Trust and Dunmore Rowing Club both objected.',
        'Dunmore said it would appeal.',
      ),
    ).toEqual([]);
    expect(
      shortFormsAfter(
        'Harbour Board members met. The harbour was closed.',
        'Harbour staff were sent home.',
      ),
    ).toEqual([]);
  });

  it('read each article text anew: what is kept of a text is never read for another', () => {
    // One paragraphs array (what the memo is kept by) with three texts in turn: each reading
    // is the text's own, as with a fresh array.
    const paragraphs = [{ start: 0, end: 200, kind: 'body' }];
    const sentence = 'Kestrix shares rose.';
    const texts = [
      'Kestrix Ferry Lines won. Kestrix shares rose.',
      'Kestrix Ferry Lines and Kestrix Rail won. Kestrix shares rose.',
      'Kestrix Rail won. Kestrix shares rose.',
    ];
    const read = (text: string, blocks: typeof paragraphs) =>
      shortNames(sentence, text.indexOf(sentence), text, blocks);
    for (const text of [...texts, ...texts])
      expect(read(text, paragraphs)).toEqual(read(text, [...paragraphs]));
    expect(read(texts[0]!, paragraphs)).toEqual([{ word: 'Kestrix', rest: 'Ferry Lines' }]);
    expect(read(texts[1]!, paragraphs)).toEqual([]);
    expect(read(texts[2]!, paragraphs)).toEqual([{ word: 'Kestrix', rest: 'Rail' }]);
  });
});

describe('"who owns kestrix ferry lines"', () => {
  const { engine } = engineOver(
    {
      id: 'route',
      title: 'Island route to close in winter',
      published: '2024-10-02',
      paragraphs: [
        ['Kestrix Ferry Lines will stop its winter sailings to Holm Island from November.'],
        ['The island council said it was disappointed by the decision.'],
        ['Kestrix shares are not publicly traded. The company is owned by the Sayle family.'],
      ],
    },
    {
      id: 'fares',
      title: 'Ferry fares rise again',
      published: '2024-10-05',
      paragraphs: [
        ['Kestrix Ferry Lines raised its fares by 6 percent on Monday, its second rise this year.'],
      ],
    },
  );

  it('puts first the sentence naming the owner, whose article calls the firm by its short form', () => {
    const answer = engine.ask('who owns kestrix ferry lines');
    expect(answer.passages[0]?.quote).toContain('owned by the Sayle family');
  });
});

describe('a word the body uses alone before its full name', () => {
  it('is a name of its own, not a short form of the longer name', () => {
    expect(
      shortFormsAfter(
        'Ormsby schoolchildren cut the ribbon. Two pupils from Ormsby Primary School read a poem.',
        'Ormsby has waited ten years for the wall.',
      ),
    ).toEqual([]);
  });

  it('still resolves when the lone use before the name is in the headline', () => {
    const text =
      'Kestrix cuts winter sailings\nKestrix Ferry Lines will stop sailing. Kestrix declined.';
    const sentence = 'Kestrix declined.';
    expect(
      shortNames(sentence, text.indexOf(sentence), text, [{ start: 0, end: 28, kind: 'heading' }]),
    ).toEqual([{ word: 'Kestrix', rest: 'Ferry Lines' }]);
  });
});
