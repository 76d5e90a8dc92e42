/**
 * The time gate on "when was X VERBed" (src/search/abstain-asked-time.ts) reads X named by the
 * class a text restates it by (plan/restating-classes.ts): "the deal" is told of as "the
 * agreement". Tiny invented corpus: a ferry deal called an agreement, dated; and a road
 * scheme's date, which names neither the deal nor its class.
 */
import { describe, expect, it } from 'vitest';
import { restatingClassesOf } from '../../src/search/plan/restating-classes.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** The deal signed, told only as an agreement. */
const FERRY = `Ferry link saved

By Ada Pryce
Selby Echo | 4 June 2026

Selby council and Harlow Marine last month signed a new operating agreement for the island ferry, according to papers seen by the Echo.

The agreement "made at Selby on 2 May 2026" runs for ten years from its signing.
`;

/** A date of another thing signed. */
const ROAD = `Road scheme approved

By Ben Ashe
Selby Post | 6 June 2026

Ministers signed off the Selby bypass on 12 May 2026.
`;

describe('the classes a noun is restated by', () => {
  it('are the words of its senses’ direct hypernyms whose first sense is that class', () => {
    expect(restatingClassesOf('deal')).toContain('agreement');
    expect(restatingClassesOf('deals')).toContain('agreement');
    // "quantity" is first another sense than the class above "a great deal".
    expect(restatingClassesOf('deal')).not.toContain('quantity');
  });

  it('are none for a word WordNet does not know as a noun', () => {
    expect(restatingClassesOf('qwxzv')).toEqual([]);
  });
});

describe('the gate on a date asked of a thing its class names', () => {
  const ferry = suiteEngine({ 'ferry.txt': FERRY });
  const road = suiteEngine({ 'road.txt': ROAD });

  it('answers with the sentence dating the agreement', () => {
    const reply = ferry.ask('when was the ferry deal signed');
    expect(reply.answered).toBe(true);
    expect(reply.passages.map((passage) => passage.quote).join(' ')).toMatch(
      /last month|2 May 2026/,
    );
  });

  it('still refuses when no sentence names the thing or its class', () => {
    expect(road.ask('when was the ferry deal signed').answered).toBe(false);
  });
});
