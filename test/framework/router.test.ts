/** The router and the command modules, with small hand-made engines. */
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/framework/commands.js';
import { CommandRouter, EXPIRED_BUTTON, NOT_YOUR_BUTTON } from '../../src/framework/router.js';
import type { ReplyPayload } from '../../src/framework/payload.js';
import type { Answer } from '../../src/engine/types.js';
import { fixedEngine, passage, source } from '../support/fake-engine.js';

const ALICE = '111111111111111111';
const BOB = '222222222222222222';
const commands = await loadCommands();

const src = source('reuters-1', {
  outlet: 'Reuters',
  published: '2020-11-19',
  title: 'Belarus and Russia sign a *security* pact',
});
const noMeta = source('anon-2', { outlet: null, published: null, url: null, title: 'A story' });
/** "weather": refused with a closest passage; "unicorn": nothing in the coverage is about it. */
const refused = (q: string) => q.includes('weather') || q.includes('unicorn');
const answer = (q: string): Answer => ({
  question: q,
  answered: !refused(q),
  passages: refused(q)
    ? []
    : [
        passage(
          'Belarus and Russia signed a security pact on Nov. 19.',
          src,
          ['signed'],
          [{ quote: 'The pact was signed.', source: noMeta, start: 0, end: 20 }],
        ),
        passage('A second passage.', noMeta),
        passage('A third passage.', src),
        passage('A fourth passage.', src),
      ],
  closest: q.includes('weather') ? [passage('It rained in Minsk.', noMeta)] : [],
  sourcesDiffer: [],
});
const engine = fixedEngine({
  answer,
  sources: [
    { ...src, passages: 4 },
    { ...noMeta, passages: 2 },
  ],
});
const buttons = (p: ReplyPayload) => (p.components ?? []).flatMap((r) => r.components);
const json = (p: ReplyPayload) => JSON.stringify(p);

describe('/ask', () => {
  const router = new CommandRouter(commands, engine);

  it('quotes the passages with bold matches, escaped markdown and their source', () => {
    const reply = router.run('ask', { question: 'who signed?' }, ALICE);
    const [first] = reply.embeds!;
    expect(first!.title).toBe('1. Belarus and Russia sign a \\*security\\* pact');
    expect(first!.url).toBe('https://news.example/reuters-1');
    expect(first!.description).toBe('“Belarus and Russia **signed** a security pact on Nov. 19.”');
    expect(first!.footer!.text).toBe('Reuters · 19 November 2020 · id reuters-1');
    expect(first!.fields).toEqual([
      {
        name: 'Also reported by',
        value: '• “A story” — Outlet and date not stated: “The pact was signed.”',
      },
    ]);
    expect(JSON.stringify(reply)).not.toMatch(/unknown/);
    expect(reply.embeds).toHaveLength(3);
    expect(reply.embeds![2]!.footer!.text).toBe(
      'Reuters · 19 November 2020 · id reuters-1\nPage 1 of 2 · This bot only quotes the articles, verbatim, with their sources. Its own words say only what the articles hold, never what happened.',
    );
  });

  it('asks the engine for five passages and shows `results` a page', () => {
    engine.calls.length = 0;
    const reply = router.run('ask', { question: 'who signed?', results: 1 }, ALICE);
    expect(engine.calls).toEqual([
      { ask: 'who signed?', options: { source: undefined, limit: 5 } },
    ]);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds![0]!.footer!.text).toMatch(/\nPage 1 of 4 · /);
  });

  it('turns pages for the asker only, and updates the same message', () => {
    const reply = router.run('ask', { question: 'who signed?' }, ALICE);
    const next = buttons(reply).find((b) => b.label === 'Next ▶')!;
    expect(router.press(next.custom_id, BOB)).toEqual({
      kind: 'reply',
      payload: expect.objectContaining({ content: NOT_YOUR_BUTTON, flags: 64 }),
    });
    const page2 = router.press(next.custom_id, ALICE);
    expect(page2.kind).toBe('update');
    if (page2.kind !== 'update') throw new Error('expected an update');
    expect(page2.payload.embeds![0]!.title).toBe(
      '4. Belarus and Russia sign a \\*security\\* pact',
    );
    expect(buttons(page2.payload).find((b) => b.label === 'Next ▶')!.disabled).toBe(true);
  });

  it('abstains: says so, labels the closest passage as not an answer, points to /sources and /timeline', () => {
    const reply = router.run('ask', { question: 'what was the weather?' }, ALICE);
    const [notice, closest] = reply.embeds!;
    expect(notice!.title).toBe('No passage clearly answers this');
    expect(notice!.description).toMatch(/^The whole coverage was searched\./);
    // Said once: the title says it, the description where was looked.
    expect(JSON.stringify(notice).match(/clearly answers/g)).toHaveLength(1);
    expect(notice!.description).toContain('**They are not an answer**');
    expect(notice!.description).toContain('`/sources`');
    expect(closest!.author!.name).toBe('Closest passage · not an answer');
    expect(closest!.title).toBe('1. A story');
    expect(closest!.footer!.text).toMatch(/^Outlet and date not stated · id anon-2\n/);
  });

  it('with no closest passage, says no passage uses its words, and shows no passage', () => {
    const reply = router.run('ask', { question: 'where do unicorns live?' }, ALICE);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds![0]!.title).toBe(
      'No passage in the coverage uses the words this question asks about',
    );
    expect(reply.embeds![0]!.description).toMatch(
      /^None of the words this question asks about is in a passage of the coverage, .*\nSee `\/sources`/,
    );
    expect(JSON.stringify(reply)).not.toContain('clearly answers');
  });

  it('with source set, a refusal names that article, not the whole coverage', () => {
    const reply = router.run('ask', { question: 'what was the weather?', source: 'anon-2' }, ALICE);
    expect(reply.embeds![0]!.title).toBe('No passage of this article clearly answers this');
    expect(reply.embeds![0]!.description).toMatch(/^Only the article “A story” was searched\./);
    expect(JSON.stringify(reply)).not.toContain('the coverage');
  });

  it('re-checks the source: an id, title, outlet or start of a title is used, anything else is refused', () => {
    engine.calls.length = 0;
    router.run('ask', { question: 'q', source: 'A STORY' }, ALICE);
    expect(engine.calls[0]).toEqual({ ask: 'q', options: { source: 'anon-2', limit: 5 } });
    const refused = router.run('ask', { question: 'q', source: 'made-up' }, ALICE);
    expect(refused.flags).toBe(64);
    expect(refused.content).toBe(
      'No article matches source “made-up”. Give an id, an outlet, or a word or the start of a title (4 characters or more); /sources lists them.',
    );
    engine.calls.length = 0;
    router.run('ask', { question: 'q', source: 'reuters' }, ALICE);
    router.run('ask', { question: 'q', source: 'belarus and russia' }, ALICE);
    expect(engine.calls.map((c) => (c as { options: { source: string } }).options.source)).toEqual([
      'reuters-1',
      'reuters-1',
    ]);
  });

  it('refuses an empty or too long question with a hidden reply naming the problem', () => {
    expect(router.run('ask', { question: '   ' }, ALICE).content).toBe(
      '/ask: the question is empty.',
    );
    expect(router.run('ask', { question: 'x'.repeat(301) }, ALICE).content).toBe(
      '/ask: question is 301 characters long; at most 300 are allowed.',
    );
    // Counted as Discord counts: 300 emoji are 300 characters, not 600.
    expect(router.run('ask', { question: '😀'.repeat(301) }, ALICE).content).toBe(
      '/ask: question is 301 characters long; at most 300 are allowed.',
    );
    expect(router.run('ask', { question: 'q', results: 9 }, ALICE).content).toBe(
      '/ask: results must be a whole number from 1 to 5; you gave 9.',
    );
    expect(router.run('ask', { question: 'q', result: 2 }, ALICE).content).toBe(
      '/ask has no option “result”. Did you mean results:?',
    );
  });

  it('makes mentions inert except the one user named by `mention`', () => {
    const plain = router.run('ask', { question: '@everyone who signed?' }, ALICE);
    expect(plain.allowedMentions).toEqual({ parse: [] });
    const pointed = router.run('ask', { question: 'who signed?', mention: BOB }, ALICE);
    expect(pointed.allowedMentions).toEqual({ parse: [], users: [BOB] });
    expect(pointed.content).toBe(`<@${BOB}> **Question:** who signed?`);
  });

  it('hides the answer with hide:true', () => {
    expect(router.run('ask', { question: 'who signed?', hide: true }, ALICE).flags).toBe(64);
    expect(router.run('ask', { question: 'who signed?' }, ALICE).flags).toBeUndefined();
  });

  it('autocompletes sources by what was typed', () => {
    expect(router.autocomplete('ask', { name: 'source', value: 'reut' }, ALICE)).toEqual([
      {
        name: 'Belarus and Russia sign a *security* pact — Reuters · 19 November 2020',
        value: 'reuters-1',
      },
    ]);
  });

  it('answers a press on an unknown or expired key as expired', () => {
    expect(router.press(`ask:page:${ALICE}:gone1234:1`, ALICE).kind).toBe('expired');
    expect(router.press('not-a-button', ALICE)).toEqual({
      kind: 'expired',
      payload: expect.objectContaining({ content: EXPIRED_BUTTON }),
    });
  });
});

describe('/sources, /timeline, /help', () => {
  const router = new CommandRouter(commands, engine);

  it('lists sources with unknown metadata shown as unknown', () => {
    const reply = router.run('sources', {}, ALICE);
    expect(reply.embeds![0]!.fields).toEqual([
      {
        name: 'Belarus and Russia sign a \\*security\\* pact',
        value:
          'Reuters · 19 November 2020 · author not stated · 4 passages · [link](https://news.example/reuters-1) · id: reuters-1',
      },
      {
        name: 'A story',
        value: 'Outlet and date not stated · author not stated · 2 passages · no link · id: anon-2',
      },
    ]);
    expect(reply.components).toBeUndefined();
  });

  it('checks timeline dates and passes the filters to the engine', () => {
    expect(router.run('timeline', { from: 'November' }, ALICE).content).toBe(
      '/timeline: from must be a date like 2020, 2020-11 or 2020-11-19.',
    );
    expect(router.run('timeline', { from: '2021', to: '2020-05' }, ALICE).content).toBe(
      "/timeline: from: '2021' is after to: '2020-05'.",
    );
    expect(router.run('timeline', { keyword: '-strike' }, ALICE).content).toMatch(
      /^\/timeline: keyword: '-strike' starts with '-', which does not leave a word out here/,
    );
    // The same calendar check as the timeline's: no 31 February.
    expect(router.run('timeline', { from: '2020-02-31' }, ALICE).content).toBe(
      '/timeline: from must be a date like 2020, 2020-11 or 2020-11-19.',
    );
    engine.calls.length = 0;
    const reply = router.run('timeline', { from: '2020-11', keyword: 'pact' }, ALICE);
    expect(engine.calls).toEqual([
      { timeline: { from: '2020-11', keyword: 'pact', offset: 0, limit: 10 } },
    ]);
    expect(reply.embeds![0]!.description).toMatch(/^No dated events match/);
  });

  it('explains what the bot does, hidden', () => {
    const reply = router.run('help', {}, ALICE);
    expect(reply.flags).toBe(64);
    expect(reply.embeds![0]!.description).toContain('never write claims of my own');
  });

  it('gives unknown commands a hidden reply', () => {
    expect(json(router.run('nope', {}, ALICE))).toContain('Unknown command /nope');
  });
});
