import { describe, expect, it } from 'vitest';
import { claimOf } from '../../src/search/select/fact-attribution.js';

const shown = (text: string) => claimOf(text).replace(/\s+/g, ' ').trim();

describe('the claim of a passage, its attribution set aside', () => {
  it('blanks a speaker opening the sentence, with what describes them', () => {
    expect(shown('Ana Ruiz, who opposed it in May, said the board was late.')).toBe(
      'the board was late.',
    );
    expect(shown('The harbour master told reporters on Monday that the dredger had sunk.')).toBe(
      'reporters on Monday that the dredger had sunk.',
    );
  });

  it('reads "confirmed" as a verb of saying (session 30)', () => {
    expect(shown('The Harwick library is to shut on 30 June, the council has confirmed.')).toBe(
      'The Harwick library is to shut on 30 June',
    );
    expect(shown('The council confirmed that the library would shut on 30 June.')).toBe(
      'the library would shut on 30 June.',
    );
  });

  it('blanks a speaker closing the sentence, and "according to …"', () => {
    expect(shown('The board was late, said the ministry.')).toBe('The board was late');
    expect(shown('“The board was late,” said Ana Ruiz, adding that fishers were ignored.')).toBe(
      '“The board was late',
    );
    expect(shown('The port impounded 40 trawlers on Monday, Interfax reported.')).toBe(
      'The port impounded 40 trawlers on Monday',
    );
    expect(shown('According to the council, the barrier is finished.')).toBe(
      ', the barrier is finished.',
    );
  });

  it('blanks the speaker after an opening quotation, described before the verb, and where they spoke', () => {
    expect(
      shown(
        '"This is the race we trained for," head coach Ines Varga told reporters at the club\'s boathouse.',
      ),
    ).toBe('"This is the race we trained for');
    expect(shown('‘The board was late,’ the harbour master said on Monday.')).toBe(
      '‘The board was late',
    );
    // Near miss: a quotation inside the claim, its speaker opening the sentence, stays claim.
    expect(shown('Ana Ruiz said the survey was "late and incomplete," and left.')).toBe(
      'the survey was "late and incomplete," and left.',
    );
  });

  it('blanks no clause before a passive of saying, which names no speaker', () => {
    // "is said to be": hearsay about what follows, not a speaker closing the sentence.
    const passive =
      'One of the riders, a 12-year-old girl from Ashby, was taken to Kell Hospital on Sunday and is said to be stable.';
    expect(shown(passive)).toBe(passive);
    // Near miss: a speaker closing the sentence is still set aside.
    expect(
      shown('One of the riders was taken to Kell Hospital on Sunday, the ambulance service said.'),
    ).toBe('One of the riders was taken to Kell Hospital on Sunday');
  });

  it('blanks no frame inside a supplementary relative clause, which frames that clause alone', () => {
    const offer =
      'The trust has offered a 3 per cent pay rise, which the union says falls well short of rising costs.';
    expect(shown(offer)).toBe(offer);
    const middle = 'The offer, which the union says is too low, was made on Monday.';
    expect(shown(middle)).toBe(middle);
    // Near misses: a relative clause closed before the verb, and a frame closing the sentence.
    expect(shown('Ana Ruiz, who opposed it, said the audit was late.')).toBe('the audit was late.');
    expect(shown('The trust has offered a 3 per cent pay rise, the union says.')).toBe(
      'The trust has offered a 3 per cent pay rise',
    );
  });

  it('keeps offsets, and a passage that is nothing but framing', () => {
    const text = 'Ana Ruiz said the board was late.';
    expect(claimOf(text)).toHaveLength(text.length);
    expect(claimOf('Ana Ruiz said so.')).toBe('Ana Ruiz said so.');
  });
});
