/**
 * A question naming a source and nothing else of substance ("what did the Valley Courier
 * report", "any update from the Dale Post?", "anything from Radio Kessel?") is answered by that
 * source's leads, newest article first, and no other source's passage stands above them:
 * - a titled article's file name names no source (engine/about-fallback.ts `namingIds`): "report"
 *   of `preliminary-report.md` is not the Valley Courier's;
 * - a word asking for the source's newest coverage or its whole ("update", "latest", "new",
 *   "headlines", "covered"), the progressive of a framing verb ("saying") or a word for a source
 *   in the plural ("stories") asks nothing more (search/plan/source-match.ts SOURCE_OUTPUT_WORDS,
 *   `isSourceNoun`);
 * - a name the other outlets lead with ("Kessel" of "Radio Kessel") is framed as the source's
 *   when nothing but its coverage is asked (search/plan/source-framing.ts).
 * Invented outlets, places and events.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  ...UNRELATED_ARTICLES,
  'courier-bridge.md': frontMatterArticle(
    'Footbridge to close for a month',
    'Valley Courier',
    '2026-04-02',
    'The Mill Lane footbridge will close for a month from Monday while its deck is replaced.\n\nWalkers will be sent round by the weir, the council said.',
  ),
  'courier-school.md': frontMatterArticle(
    'School gets new hall',
    'Valley Courier',
    '2026-04-05',
    'Fernside primary school will get a new sports hall after the county approved £2m.\n\nBuilding starts in the summer.',
  ),
  // Newer than the Courier's articles, and its file name holds "report".
  'preliminary-report.md': frontMatterArticle(
    'Inspectors find cracks in weir',
    'Harbour Radio',
    '2026-04-09',
    'Inspectors found cracks in the old weir, their preliminary findings say.\n\nA full account will be published in May.',
  ),
  'rk-1.md': frontMatterArticle(
    'Climbers rescued after rockfall',
    'Radio Kessel',
    '2026-04-03',
    'Two climbers were rescued from the north face on Sunday after a rockfall.\n\nThe mountain rescue team reached them after four hours.',
  ),
  'rk-2.md': frontMatterArticle(
    'Ski lift to close early',
    'Radio Kessel',
    '2026-04-08',
    'The ski lift will close two weeks early this season because of thin snow.\n\nSeason tickets will be refunded in part.',
  ),
  // Other outlets lead with "Kessel", the place: more of them than Radio Kessel's own.
  'dp-1.md': frontMatterArticle(
    'Kessel path to reopen',
    'Dale Post',
    '2026-04-06',
    'Kessel will reopen its main path next week, the park authority said.\n\nRangers cleared the fallen rock on Tuesday.',
  ),
  'dp-2.md': frontMatterArticle(
    'Kessel car park fees rise',
    'Dale Post',
    '2026-04-07',
    'Kessel car park will cost £6 a day from May.\n\nThe park authority said the fees pay for path repairs.',
  ),
  'mw-1.md': frontMatterArticle(
    'Kessel guides strike',
    'Moor Wire',
    '2026-04-10',
    'Kessel mountain guides walked out on Friday over pay.\n\nThe strike will last three days.',
  ),
});

const outlets = (question: string) => {
  const answer = engine.ask(question, { limit: 3 });
  expect(answer.answered, question).toBe(true);
  expect(answer.notFromNamed, question).toBeUndefined();
  return answer.passages.map((p) => p.source.outlet);
};

describe('a question naming only a source', () => {
  it('is not asked of an article whose file name holds one of its words', () => {
    const answer = engine.ask('What did the Valley Courier report?', { limit: 3 });
    expect(answer.passages.map((p) => p.source.id)).toEqual([
      'courier-school',
      'courier-school',
      'courier-bridge',
    ]);
    expect(answer.passages[0]?.quote).toMatch(/^Fernside primary school will get/);
  });

  it('asks for its coverage with "update", "latest", "headlines", "stories" or "saying"', () => {
    for (const question of [
      'any update from the Dale Post?',
      'any updates from the Dale Post',
      "what's the latest from the Dale Post?",
      'anything new from the Dale Post?',
      'what is the Dale Post saying?',
      'Dale Post stories',
      'headlines from the Dale Post',
      'what did the Dale Post cover',
      'summarise the Dale Post',
      // Asks what it writes, not who writes it.
      'what is the Dale Post writing about?',
    ]) {
      const shown = outlets(question);
      expect(shown.length, question).toBeGreaterThan(0);
      expect(new Set(shown), question).toEqual(new Set(['Dale Post']));
    }
  });

  it('names an outlet the others lead with when nothing but its coverage is asked', () => {
    for (const question of [
      'what did Radio Kessel report',
      'anything from Radio Kessel?',
      'any news from Radio Kessel',
      'latest from Radio Kessel',
      "what's Radio Kessel reporting",
      "Radio Kessel's latest",
      'recent Radio Kessel stories',
      'what did Radio Kessel cover',
    ]) {
      expect(outlets(question), question).toEqual(['Radio Kessel', 'Radio Kessel', 'Radio Kessel']);
    }
    // Its newest article first.
    expect(engine.ask('anything from Radio Kessel?').passages[0]?.quote).toMatch(/^The ski lift/);
  });

  it('leaves the word the others lead with to them where it is asked about', () => {
    const shown = outlets('what is happening at Kessel');
    expect(shown).toContain('Dale Post');
    expect(shown).not.toContain('Radio Kessel');
  });

  it('keeps a word for the newest as content beside other words', () => {
    const answer = engine.ask('what did the Valley Courier report about the new hall');
    expect(answer.passages[0]?.quote).toMatch(/new sports hall/);
  });
});
