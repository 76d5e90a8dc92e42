/**
 * An ask reads the question's date mentions once (src/engine/question-mentions.ts), though the
 * date question (date-question.ts) and the fallback (about-fallback.ts) each read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionMentions } from '../../src/engine/question-mentions.js';
import { textMentions } from '../../src/search/plan/counted-from-now.js';
import type { Engine } from '../../src/engine/types.js';
import { detectMentions } from '../../src/timeline/detect.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'quay.md': frontMatterArticle(
      'Quay wall collapses',
      'Bay Post',
      '2024-06-05',
      'Part of the old quay wall collapsed on 4 June, closing the harbour road.\n\nThe council had inspected the wall on 3 June and found no fault.',
    ),
    'ferry.md': frontMatterArticle(
      'Ferry timetable changes',
      'Gull Radio',
      '2024-06-12',
      'Ferries will leave from the north pier until the quay is rebuilt.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe("a question's date mentions", () => {
  it('are the timeline’s mentions of it, read once while it is the question asked', () => {
    const question = 'What happened on 4 June 2024 and yesterday?';
    const mentions = questionMentions(question);
    expect(mentions).toEqual(detectMentions(question));
    expect(mentions.map((m) => m.text)).toEqual(['4 June 2024', 'yesterday']);
    expect(questionMentions(question)).toBe(mentions);
    expect(questionMentions('What happened on 5 June?')).not.toBe(mentions);
    expect(questionMentions(question)).not.toBe(mentions);
  });

  it.each([
    // No day or month named: the date question then looks for a date counted from now.
    'What happened yesterday?',
    'What happened on 4 June 2024?',
    'Why did the quay wall collapse?',
  ])('are not read again by an ask of it: %s', (question) => {
    const mentions = questionMentions(question);
    engine.ask(question);
    expect(questionMentions(question)).toBe(mentions);
  });

  it("are the plan's reading of the question, not read again for its date answer", () => {
    const question = 'What happened two days ago at the quay?';
    const read = textMentions(question);
    expect(read).toEqual(detectMentions(question));
    expect(questionMentions(question)).toBe(read);
  });

  it('read a lowercase weekday as the weekday, at its place in the question', () => {
    for (const [weekday, number] of [
      ['sunday', 0],
      ['monday', 1],
      ['tuesday', 2],
      ['wednesday', 3],
      ['thursday', 4],
      ['friday', 5],
      ['saturday', 6],
    ] as const) {
      const question = `what happened last ${weekday}?`;
      expect(questionMentions(question)).toMatchObject([
        { kind: 'weekday', weekday: number, shift: 'last', start: 14, end: 19 + weekday.length },
      ]);
    }
    // After a word that may name something with it, as "Black Friday", "Super Tuesday".
    expect(questionMentions('what happened on black friday?')).toEqual([]);
    expect(questionMentions('who won super tuesday?')).toEqual([]);
  });
});
