/**
 * A source whose name the coverage also reports on as a story's subject: a company that issues a
 * release and that two papers lead with, an author whom another paper writes about. A question
 * naming it frames it as a source or asks about it (src/search/plan/source-framing.ts,
 * source-match.ts `reportedElsewhere`); a paper named as a source stays one. Invented outlets,
 * people and events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

/** A front-matter article with an author. */
function bylined(title: string, outlet: string, author: string, date: string, text: string) {
  return frontMatterArticle(title, outlet, date, text).replace(
    '\n---\n',
    `\nauthor: ${JSON.stringify(author)}\n---\n`,
  );
}

/** Other news of the two papers, so that no name is in most of the coverage's metadata. */
const FILLER = Object.fromEntries(
  [
    ['Library hours extended', 'The town library will open until 8pm on Thursdays from April.'],
    [
      'Bus route 12 diverted',
      'Buses on route 12 will be diverted past the hospital for six weeks.',
    ],
    [
      'School wins chess title',
      'Pupils from Mill Lane school won the county chess title on Saturday.',
    ],
    [
      'Market traders face higher rents',
      'Stall rents at the covered market will rise by 5% in May.',
    ],
    ['Bridge repairs finished', 'Repairs to the old stone bridge were finished two weeks early.'],
    [
      'Choir raises £3,000',
      'The community choir raised £3,000 for the hospice at its spring concert.',
    ],
  ].map(([title, text], i) => [
    `filler-${i}.md`,
    frontMatterArticle(title!, i % 2 ? 'Kelby Courier' : 'Aldshire Post', `2026-02-1${i}`, text!),
  ]),
);

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'release.md': frontMatterArticle(
      'Northgate Foods confirms bakery investment',
      'Northgate Foods',
      '2026-03-02',
      'Northgate Foods today confirmed a £4m investment in new ovens at its Kelby bakery.\n\nThe ovens will be installed over the summer, the company said.\n\nNorthgate Foods makes bread for shops across the region.',
    ),
    'courier.md': bylined(
      'Northgate to cut jobs at Kelby bakery',
      'Kelby Courier',
      'Priya Shah',
      '2026-03-03',
      'Northgate will lay off 85 workers at its Kelby bakery, union officials said on Tuesday.\n\nThe GMB union said the job losses would hit night shifts hardest.',
    ),
    'post.md': frontMatterArticle(
      'Bakery staff to strike over lay-offs',
      'Aldshire Post',
      '2026-03-04',
      'Northgate bakery staff voted to strike for two days next week over the lay-offs.\n\nA spokesman for the union said talks had broken down.',
    ),
    'award.md': frontMatterArticle(
      'Hale wins regional reporting award',
      'Aldshire Post',
      '2026-03-05',
      'Courier reporter Tom Hale won the regional reporting award for his series on river pollution.\n\nThe judges praised his persistence.',
    ),
    ...FILLER,
    'club.md': frontMatterArticle(
      'Hale elected press club chair',
      'Aldshire Post',
      '2026-03-07',
      'Tom Hale was elected chair of the Aldshire press club on Friday.',
    ),
    'hale2.md': bylined(
      'Council approves flood wall',
      'Kelby Courier',
      'Tom Hale',
      '2026-03-06',
      'Councillors approved a 600-metre flood wall along the Kelby riverside on Monday.\n\nWork is expected to start in June.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a source the coverage reports on', () => {
  it('is what a question asks about when the question does not frame it as a source', () => {
    const answer = engine.ask('how many workers will Northgate lay off at the Kelby bakery?');
    expect(answer.notFromNamed).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('85 workers');
    for (const question of [
      'how long will Northgate staff strike for?',
      'how long will Northgate Foods staff strike for?',
    ]) {
      const strike = engine.ask(question);
      expect(strike.notFromNamed, question).toBeUndefined();
      expect(strike.answered, question).toBe(true);
      expect(strike.passages[0]!.quote, question).toContain('two days');
    }
  });

  it('is the source where the question frames it as one', () => {
    for (const question of [
      'what did Northgate say about the Kelby bakery?',
      'according to Northgate Foods, what will happen at the Kelby bakery?',
      "what does Northgate's release say about the bakery?",
    ]) {
      const answer = engine.ask(question);
      expect(answer.passages[0]?.source.outlet, question).toBe('Northgate Foods');
    }
  });

  it('leaves a paper that no other source reports on a source, framed or not', () => {
    for (const question of [
      'what did the Kelby Courier report about the bakery?',
      'Kelby Courier: how many workers lose their jobs?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.passages[0]?.source.outlet, question).toBe('Kelby Courier');
    }
  });

  it('reads an author another paper writes about as the story’s subject unless framed', () => {
    const award = engine.ask('when did Tom Hale win the award?');
    expect(award.notFromNamed).toBeUndefined();
    expect(award.answered).toBe(true);
    expect(award.passages[0]!.quote).toContain('regional reporting award');
    const wrote = engine.ask('what did Hale write about the flood wall?');
    expect(wrote.passages[0]?.source.author).toBe('Tom Hale');
  });
});
