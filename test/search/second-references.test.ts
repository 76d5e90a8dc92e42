/**
 * A later "Mr Tulley" is the "Graham Tulley" its article named before (news style's second
 * reference): it matches a question naming him in full (src/search/second-references.ts).
 */
import { describe, expect, it } from 'vitest';
import { secondReferences } from '../../src/search/second-references.js';
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
