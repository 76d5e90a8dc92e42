/**
 * A later "Mr Tulley" is the "Graham Tulley" its article named before (news style's second
 * reference): it matches a question naming him in full (src/search/second-references.ts).
 */
import { describe, expect, it } from 'vitest';
import { fullNameMentions, secondReferences } from '../../src/search/second-references.js';
import { engineOver } from './fixtures.js';

describe('second references', () => {
  it('resolve a title and surname to the given names the article stated before', () => {
    expect(
      secondReferences(
        'Mr Tulley said the ovens were old.',
        'Speakers included Cllr Hannah May and former engineer Graham Tulley, 68.',
      ),
    ).toEqual([{ surname: 'Tulley', given: ['Graham'] }]);
    expect(secondReferences('Cllr May spoke next.', 'Cllr Hannah May chaired it.')).toEqual([
      { surname: 'May', given: ['Hannah'] },
    ]);
  });

  it('resolve nothing the article never stated in full, nor a title or "The" as a name', () => {
    expect(secondReferences('Mr Tulley said so.', 'The union invited Mr Tulley.')).toEqual([]);
    expect(secondReferences('Mr Tulley said so.', 'The Tulley family objected.')).toEqual([]);
    expect(secondReferences('The ovens were old.', 'Graham Tulley spoke.')).toEqual([]);
    expect(secondReferences('Mr Tulley said so.', 'Graham Tull and Ann Tulleys spoke.')).toEqual(
      [],
    );
  });

  it('read each titled surname against the text before on its own', () => {
    expect(
      secondReferences(
        'Mr Okafor and Dr Tulley agreed.',
        'Graham Tulley, 68, spoke. Ngozi Okafor did not.',
      ),
    ).toEqual([
      { surname: 'Okafor', given: ['Ngozi'] },
      { surname: 'Tulley', given: ['Graham'] },
    ]);
    expect(secondReferences('Mr Okafor and Dr Tulley agreed.', 'Graham Tulley spoke.')).toEqual([
      { surname: 'Tulley', given: ['Graham'] },
    ]);
  });
});

describe('fullNameMentions', () => {
  /** The scan it stands for: the same pattern over every position of the text. */
  const everywhere = (text: string, surname: string) =>
    [
      ...text.matchAll(
        new RegExp(
          String.raw`((?:\p{Lu}[\p{Ll}’'-]+\s+){1,2})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}’'-])`,
          'gu',
        ),
      ),
    ].map((m) => [m.index, m[0], m[1]]);
  const found = (text: string, surname: string) =>
    fullNameMentions(text, surname).map((m) => [m.index, m[0], m[1]]);

  it('finds what a scan of every position finds, in invented texts', () => {
    const texts = [
      'Speakers included Graham Tulley, 68. Later Ann Mary Tulley and Tulley Tulley spoke.',
      'Mr. Speaker, Mr. President: the Speaker said so.',
      'aGraham Tulley; Graham-Tulley; O’Neil Tulley\nGraham\tTulley Tulleys.',
      'Zoë Ångström Tulley and 𝐀nn Tulley and Éamon Tulley.',
    ];
    for (const text of texts)
      for (const surname of ['Tulley', 'Speaker', 'President'])
        expect(found(text, surname)).toEqual(everywhere(text, surname));
  });

  it('finds what a scan of every position finds, in random strings of name parts', () => {
    const parts = ['Tu', 'Ann', 'b', 'É', 'é', ' ', '  ', '.', '-', "'", '’', '\n', '𝐀', 'x', ','];
    // A linear congruential generator: the same strings on every run.
    let seed = 46;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let j = 0; j < length; j++) text += parts[Math.floor(next() * parts.length)];
      for (const surname of ['Tu', 'Ann', 'Tub'])
        expect(found(text, surname), text).toEqual(everywhere(text, surname));
    }
  });
});

describe('"what did graham tulley say about the ovens"', () => {
  const { engine } = engineOver({
    id: 'hall',
    title: 'Packed hall hears workers',
    published: '2024-09-25',
    paragraphs: [
      [
        'Speakers included organiser Tom Wren and former engineer Graham Tulley, 68, who worked at the bakery for 41 years.',
      ],
      ['Mr Tulley told the meeting that the ovens had been "patched up, not replaced".'],
      ['Mr Wren said the ovens were refurbished in 2019.'],
    ],
  });

  it('puts first what Mr Tulley said, not the sentence introducing him', () => {
    const answer = engine.ask('what did graham tulley say about the ovens');
    expect(answer.passages[0]?.quote).toContain('Mr Tulley told the meeting');
  });
});
