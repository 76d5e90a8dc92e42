/**
 * "When was X founded" is not answered by a sentence where someone "found" something: the
 * stemmer folds "found" and "founded" to one term, but WordNet's exception list reads "found" as
 * the past of "find" (src/text/coming-into-being.ts `tellsFounding`, read by the time gate,
 * src/search/abstain-asked-time.ts). Tiny invented corpora: a rowing club whose divers found a
 * wreck in a dated sentence, then an article that dates the club's founding.
 */
import { describe, expect, it } from 'vitest';
import { tellsFounding } from '../../src/text/coming-into-being.js';
import { suiteEngine } from '../support/corpus-fixture.js';

/** The club named beside a date and "found", never founded. */
const WRECK = `Divers find wreck off Selby Point

By Mia Roe
Selby Echo | 2 June 2026

Divers from the Selby Rowing Club found the wreck of a fishing boat off Selby Point in May 2024.

The Selby Rowing Club said the wreck would be reported to the coastguard.
`;

/** The club's founding, dated. */
const HISTORY = `Club marks its centenary

By Lee Dunn
Selby Post | 8 June 2026

The Selby Rowing Club was founded in 1926 by dock workers.
`;

describe('a founding as the lemma reads it', () => {
  it('is told by "founded", "established", "built", not by "found" of "find"', () => {
    expect(tellsFounding('The club was founded in 1926.')).toBe(true);
    expect(tellsFounding('It was established in 1926.')).toBe(true);
    expect(tellsFounding('The pier was built in 1895.')).toBe(true);
    expect(tellsFounding('Divers found the wreck in May 2024.')).toBe(false);
  });
});

describe('the time gate on a founding', () => {
  const wreck = suiteEngine({ 'wreck.txt': WRECK });
  const both = suiteEngine({ 'wreck.txt': WRECK, 'history.txt': HISTORY });

  it('refuses "when was X founded" when X only found something on a date', () => {
    expect(wreck.ask('When was the Selby Rowing Club founded?').answered).toBe(false);
  });

  it('answers it with the date X was founded', () => {
    expect(both.ask('When was the Selby Rowing Club founded?').answered).toBe(true);
  });
});
