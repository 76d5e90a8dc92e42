/**
 * An occasion held on a day is one event whether a source tells its holding ("will hold a public
 * meeting on 6 March") or its taking place ("A public meeting will take place on 6 March"):
 * the active of "be held" tells what the passive tells, with its organisers as subject; so does
 * its arranging when the arranging holds now ("have organised a public meeting on 6 March").
 * Invented village articles.
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one } from './fixtures.js';

const HOLDING = one(
  'a',
  '2026-03-02',
  'Villagers will hold a public meeting about the quarry on 6 March.',
);

describe('one coming occasion told by its holding and by its taking place', () => {
  it('is one entry citing both sources', () => {
    expect(
      entrySources(
        [
          HOLDING,
          one('b', '2026-03-03', 'A public meeting about the quarry will take place on 6 March.'),
        ],
        true,
      ),
    ).toEqual(['2026-03-06 future: a, b']);
  });

  it.each([
    // Another occasion held the same day is another event.
    ['A parish council vote on the quarry will take place on 6 March.'],
    // "held" a person is no occasion taking place.
    ['Police will hold a quarry protester in custody on 6 March.'],
  ])('keeps apart "%s"', (other) => {
    expect(entrySources([HOLDING, one('b', '2026-03-03', other)], true)).toEqual([
      '2026-03-06 future: a',
      '2026-03-06 future: b',
    ]);
  });
});

describe('one coming occasion told by its arranging and by its taking place', () => {
  const TAKING_PLACE = one(
    'b',
    '2026-03-03',
    'A public meeting about the quarry will take place on 6 March.',
  );

  it.each([
    ['Villagers have organised a public meeting about the quarry on 6 March.'],
    ['The residents association has called a public meeting on Friday.'],
  ])('is one entry citing both sources: "%s"', (arranging) => {
    expect(entrySources([one('a', '2026-03-02', arranging), TAKING_PLACE], true)).toEqual([
      '2026-03-06 future: a, b',
    ]);
  });

  it.each([
    // Two meetings on one day are two events.
    ['A parish council meeting about the budget will take place on 6 March.'],
    // A vote at the meeting is another event.
    ['A parish council vote on the quarry will take place on 6 March.'],
    ['A vote on the quarry will be held at the public meeting on 6 March.'],
  ])('keeps apart "%s"', (other) => {
    const arranging = one(
      'a',
      '2026-03-02',
      'Villagers have organised a public meeting about the quarry on 6 March.',
    );
    expect(entrySources([arranging, one('b', '2026-03-03', other)], true)).toEqual([
      '2026-03-06 future: a',
      '2026-03-06 future: b',
    ]);
  });
});

describe('an occasion and another held at it', () => {
  it('are two entries, though one names the other', () => {
    expect(
      entrySources(
        [
          one('a', '2026-03-02', 'A public meeting about the quarry will take place on 6 March.'),
          one(
            'b',
            '2026-03-03',
            'A vote on the quarry will be held at the public meeting on 6 March.',
          ),
        ],
        true,
      ),
    ).toEqual(['2026-03-06 future: a', '2026-03-06 future: b']);
  });
});
