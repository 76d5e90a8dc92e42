/**
 * A question names an outlet by its name, which is not inflected: "the observer", "the Tarn
 * Observer's report", never the plural "the observers" or a verb "monitoring", everyday words
 * sharing the name's stem (src/search/plan/name-word-forms.ts). Invented outlets and events.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  'cranes.md': frontMatterArticle(
    'Crane numbers rise on Nessby marsh',
    'Nessby Gazette',
    '2026-05-19',
    'Volunteer counters recorded 212 cranes on the marsh on Monday.\n\nA final report with a breeding estimate is expected in about eight weeks.',
  ),
  'harbour.md': frontMatterArticle(
    'Harbour director questioned',
    'Tarn Observer',
    '2026-05-12',
    'The harbour director was questioned on 5 May about missing funds.\n\nThe county must certify its final accounts no later than 21 May 2026.',
  ),
  'river.md': frontMatterArticle(
    'Weir gates replaced',
    'Kell Monitor',
    '2026-05-14',
    'New gates were fitted to the Kell weir on Tuesday.',
  ),
  'seat.md': frontMatterArticle(
    'Aster weighs council seat',
    'Lindow Radio',
    '2026-05-20',
    'Piet Aster said he would decide next week whether to keep his council seat.\n\nWater bailiffs have been monitoring the river since the floods.',
  ),
});

describe('a word of an outlet’s name in another form', () => {
  it('names no outlet: the plural noun is what the question asks about', () => {
    const answer = engine.ask('when will the observers publish their final report');
    // Not the Tarn Observer's publication date, as if the question named it.
    expect(answer.notStated ?? []).toEqual([]);
    const cranes = engine.ask('what did the observers count on the marsh');
    expect(cranes.notFromNamed).toBeUndefined();
    expect(cranes.passages[0]?.source.outlet).toBe('Nessby Gazette');
  });

  it('nor does a verb sharing the name’s stem', () => {
    const answer = engine.ask('who has been monitoring the river');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.passages[0]?.quote).toContain('Water bailiffs');
  });
});

describe('an outlet’s name as written', () => {
  it('names it in full, in lower case, or by its word with the article', () => {
    for (const question of [
      'when did the Tarn Observer publish its report',
      'when did the tarn observer publish its report',
      'when did the observer publish its report',
      "when was the Observer's report published",
    ]) {
      const answer = engine.ask(question);
      expect(
        answer.notStated?.map((note) => note.source.outlet),
        question,
      ).toEqual(['Tarn Observer']);
    }
  });

  it('names it beside another form of the same word', () => {
    const answer = engine.ask('what did the observer say about the observers on the marsh');
    expect(answer.notFromNamed?.outlet).toBe('Tarn Observer');
  });
});
