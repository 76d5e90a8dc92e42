/** Sources differ, highlights, Find in coverage, and the share / delete / report buttons, through the router. */
import { describe, expect, it } from 'vitest';
import { messageQuery, NO_TEXT } from '../../commands/find-in-coverage.js';
import { characterCount } from '../../src/engine/question.js';
import type { Answer } from '../../src/engine/types.js';
import type { FeedbackEntry } from '../../src/framework/command.js';
import { loadCommands } from '../../src/framework/commands.js';
import type { ReplyPayload } from '../../src/framework/payload.js';
import { helpfulHighlights } from '../../src/framework/render/highlight.js';
import { CommandRouter, NOT_YOUR_BUTTON } from '../../src/framework/router.js';
import { fixedEngine, passage, source } from '../support/fake-engine.js';

const ALICE = '111111111111111111';
const BOB = '222222222222222222';
const minsk = source('m-1', { outlet: 'Outlet M', title: 'Deal made in Minsk' });
const moscow = source('k-2', { outlet: null, published: null, url: null, title: 'Deal signed' });
const answer = (q: string): Answer => ({
  question: q,
  answered: true,
  passages: [
    passage('The agreement was made in the city of Minsk.', minsk, ['agreement', 'made']),
    passage('The agreement was signed in Moscow.', moscow, ['agreement', 'signed']),
  ],
  closest: [],
  sourcesDiffer: q.includes('where')
    ? [
        {
          aspect: 'place',
          quotes: [
            { quote: 'made in the city of Minsk', source: minsk, start: 14, end: 39 },
            { quote: 'signed in Moscow', source: moscow, start: 18, end: 34 },
          ],
        },
      ]
    : [],
});
const commands = await loadCommands();
const buttons = (p: ReplyPayload) => (p.components ?? []).flatMap((r) => r.components);
const press = (router: CommandRouter, p: ReplyPayload, label: string, user = ALICE) => {
  const b = buttons(p).find((x) => x.label === label);
  if (!b)
    throw new Error(
      `no button ${label} in ${buttons(p)
        .map((x) => x.label)
        .join(', ')}`,
    );
  return router.press(b.custom_id, user);
};

describe('Sources differ', () => {
  const router = new CommandRouter(commands, fixedEngine({ answer }));

  it('shows each article’s words side by side, verbatim, with no verdict', () => {
    const reply = router.run('ask', { question: 'where was it made?' }, ALICE);
    const differ = reply.embeds!.find((e) => e.title === 'Sources differ')!;
    expect(differ.description).toMatch(/^The articles give different places for this\./);
    expect(differ.description).toContain('does not judge which is right');
    expect(differ.fields).toEqual([
      {
        name: 'Deal made in Minsk',
        value: '“made in the city of Minsk”\n— Outlet M · 19 November 2020',
        inline: true,
      },
      {
        name: 'Deal signed',
        value: '“signed in Moscow”\n— Outlet and date not stated',
        inline: true,
      },
    ]);
    expect(differ.description).not.toMatch(/\b(correct|wrong|true|false|accurate)\b/i);
  });

  it('is absent when the articles do not differ, and only on the first page', () => {
    const same = router.run('ask', { question: 'who signed?' }, ALICE);
    expect(same.embeds!.map((e) => e.title)).not.toContain('Sources differ');
    const paged = router.run('ask', { question: 'where was it made?', results: 1 }, ALICE);
    expect(paged.embeds!.map((e) => e.title)).toContain('Sources differ');
    const page2 = press(router, paged, 'Next ▶');
    if (page2.kind !== 'update') throw new Error('expected an update');
    expect(page2.payload.embeds!.map((e) => e.title)).not.toContain('Sources differ');
  });
});

describe('helpfulHighlights', () => {
  it('bolds each word once, at most three, and nothing when bold would cover a quarter', () => {
    const q =
      'The pact: the pact was signed, the pact was sealed, the pact was kept in Minsk today.';
    const at = (w: string, from = 0) =>
      [q.indexOf(w, from), q.indexOf(w, from) + w.length] as [number, number];
    expect(helpfulHighlights(q, [at('pact'), at('pact', 10), at('signed')])).toEqual([
      at('pact'),
      at('signed'),
    ]);
    expect(
      helpfulHighlights(q, [at('pact'), at('signed'), at('sealed'), at('Minsk'), at('kept')]),
    ).toEqual([at('signed'), at('sealed'), at('Minsk')]);
    expect(helpfulHighlights('Short one.', [[0, 5]])).toEqual([]);
  });
});

describe('Find in coverage', () => {
  it('takes at most 300 characters of the message, without mentions, emoji or links', () => {
    expect(
      messageQuery('<@123456789012345678> was it   made in <:m:123> Minsk? https://x.example/a'),
    ).toBe('was it made in Minsk?');
    const long = messageQuery('word '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('…')).toBe(true);
    // Counted in code points, as /ask's limit is: an emoji is one character, not two.
    const emoji = messageQuery('🙂'.repeat(400));
    expect(characterCount(emoji)).toBe(300);
    expect(emoji.length).toBe(2 * 299 + 1);
  });

  it('answers hidden, with the same rendering as /ask, and says so when the message has no text', () => {
    const engine = fixedEngine({ answer });
    const router = new CommandRouter(commands, engine);
    const reply = router.runOnMessage(
      'Find in coverage',
      { id: '9', content: 'Was it made in Minsk?' },
      ALICE,
    );
    expect(reply.flags).toBe(64);
    expect(reply.content).toBe('**Looked up:** Was it made in Minsk?');
    expect(reply.embeds![0]!.title).toBe('1. Deal made in Minsk');
    expect(buttons(reply).map((b) => b.label)).toEqual(['Share to channel', 'Report a passage']);
    expect(
      router.runOnMessage('Find in coverage', { id: '9', content: '<@1234567890123456789>' }, ALICE)
        .content,
    ).toBe(NO_TEXT);
  });
});

describe('share, delete and report', () => {
  const marks: FeedbackEntry[] = [];
  const router = new CommandRouter(commands, fixedEngine({ answer }), {
    feedback: { record: (e) => marks.push(e) },
  });

  it('shares a hidden answer as a public copy whose button is Delete, for the asker only', () => {
    const hidden = router.run('ask', { question: 'who signed?', hide: true }, ALICE);
    expect(buttons(hidden).map((b) => b.label)).toContain('Share to channel');
    const shared = press(router, hidden, 'Share to channel');
    if (shared.kind !== 'reply') throw new Error('expected a reply');
    expect(shared.payload.flags).toBeUndefined();
    expect(shared.payload.embeds).toEqual(hidden.embeds);
    expect(buttons(shared.payload).map((b) => b.label)).toEqual(['Delete', 'Report a passage']);
    expect(press(router, shared.payload, 'Delete', BOB)).toEqual({
      kind: 'reply',
      payload: expect.objectContaining({ content: NOT_YOUR_BUTTON, flags: 64 }),
    });
    expect(press(router, shared.payload, 'Delete', ALICE)).toEqual({ kind: 'delete' });
  });

  it('lets the asker delete a public answer even after its buttons’ state has expired', () => {
    let now = 0;
    const expiring = new CommandRouter(commands, fixedEngine({ answer }), {
      ttlMs: 1000,
      now: () => now,
    });
    const reply = expiring.run('ask', { question: 'who signed?' }, ALICE);
    now = 5000;
    expect(press(expiring, reply, 'Report a passage').kind).toBe('expired');
    expect(press(expiring, reply, 'Delete', BOB).kind).toBe('reply');
    expect(press(expiring, reply, 'Delete')).toEqual({ kind: 'delete' });
  });

  it('offers no "Report a passage" on a refusal with no passages to report', () => {
    const empty = new CommandRouter(commands, fixedEngine({}));
    const reply = empty.run('ask', { question: 'anything?' }, ALICE);
    expect(buttons(reply).map((b) => b.label)).toEqual(['Delete']);
  });

  it('lets anyone mark a passage; keeps the question and the passage offsets only, once per person', () => {
    const reply = router.run('ask', { question: 'who signed?' }, ALICE);
    const menu = press(router, reply, 'Report a passage', BOB);
    if (menu.kind !== 'reply') throw new Error('expected a reply');
    expect(menu.payload.flags).toBe(64);
    expect(buttons(menu.payload).map((b) => b.label)).toEqual([
      '1: Doesn’t answer',
      '1: Wrong source',
      '2: Doesn’t answer',
      '2: Wrong source',
    ]);
    const done = press(router, menu.payload, '2: Wrong source', BOB);
    if (done.kind !== 'update') throw new Error('expected an update');
    expect(done.payload.content).toBe(
      'Thank you: passage 2 is marked “Wrong source”. The team will review it.',
    );
    expect(buttons(done.payload).find((b) => b.label === '2: Wrong source')!.disabled).toBe(true);
    press(router, menu.payload, '2: Wrong source', BOB);
    expect(marks).toEqual([
      {
        question: 'who signed?',
        verdict: 'wrong-source',
        passage: { source: 'k-2', start: 0, end: 'The agreement was signed in Moscow.'.length },
        rank: 1,
        answered: true,
      },
    ]);
  });
});
