/** Sentence ranges moved out of quotations (src/text/quotation.ts). */
import { describe, expect, it } from 'vitest';
import {
  OpenQuotations,
  opensWithQuotation,
  outsideQuotations,
  quotationBalance,
  unquotedText,
} from '../../src/text/quotation.js';

const SENTENCES = [
  'The harbour master said: "The quay is safe.',
  'The cranes were inspected.',
  'Full stop."',
  'The ferry sails on Monday.',
];
const textOf = (s: number) => SENTENCES[s]!;
const all = () => true;

describe('outsideQuotations', () => {
  it('runs a range on to the sentence closing its quotation, and back to the one opening it', () => {
    expect(outsideQuotations(0, 0, textOf, all)).toEqual({ first: 0, last: 2 });
    expect(outsideQuotations(2, 2, textOf, all)).toEqual({ first: 1, last: 2 });
  });

  it('stops at what `joins` refuses and at `max` sentences', () => {
    expect(outsideQuotations(0, 0, textOf, (_, b) => b < 2)).toEqual({ first: 0, last: 1 });
    expect(outsideQuotations(0, 0, textOf, all, 2)).toEqual({ first: 0, last: 1 });
    expect(outsideQuotations(3, 3, textOf, all)).toEqual({ first: 3, last: 3 });
  });
});

describe('quotationBalance', () => {
  it('reads curly quotes by their direction and straight ones by what precedes them', () => {
    expect(quotationBalance('She said: “Yes.')).toEqual({ startsInside: false, endsInside: true });
    expect(quotationBalance('No.” she said.')).toEqual({ startsInside: true, endsInside: false });
    expect(quotationBalance('He said "no" twice.')).toEqual({
      startsInside: false,
      endsInside: false,
    });
  });
});

describe('OpenQuotations', () => {
  const PARAGRAPH =
    'Intro. "Quoted one. Still quoted," she said. He replied: “Yes. No.” Then "x" and (" y. Done.';

  it('reads each longer stretch as quotationBalance reads it whole, from any start', () => {
    for (const from of [0, 7, 8, 20]) {
      const open = new OpenQuotations(PARAGRAPH, from);
      for (let to = from; to <= PARAGRAPH.length; to++)
        expect(open.endsInsideAt(to), `${from}–${to}`).toBe(
          quotationBalance(PARAGRAPH.slice(from, to)).endsInside,
        );
    }
  });

  it('refuses a stretch shorter than the last one read', () => {
    const open = new OpenQuotations(PARAGRAPH, 0);
    open.endsInsideAt(20);
    expect(() => open.endsInsideAt(10)).toThrow(/in order/);
  });
});

describe('the text outside quotation marks', () => {
  it('leaves out what straight, curly and angle marks enclose, an open quotation to the end', () => {
    expect(unquotedText('"We will not hurry," said Valdt.')).toBe(' said Valdt.');
    expect(unquotedText('Valdt said: «Nein.» Then he left.')).toBe('Valdt said:  Then he left.');
    expect(unquotedText('“I told them. We agreed')).toBe('');
    expect(unquotedText('He said “no” and “never”.')).toBe('He said  and .');
  });

  it('tells a text opening with a quotation mark, leading spaces aside', () => {
    expect(opensWithQuotation('  “I told him.')).toBe(true);
    expect(opensWithQuotation('"We agreed."')).toBe(true);
    expect(opensWithQuotation('He said "no".')).toBe(false);
    expect(opensWithQuotation('')).toBe(false);
  });
});
