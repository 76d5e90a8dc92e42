import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleSession, runConsole } from '../../src/console/console.js';
import { parseLine } from '../../src/console/parse-line.js';
import { plainText, renderText } from '../../src/console/render-text.js';
import { loadCommands } from '../../src/framework/commands.js';
import { CommandRouter } from '../../src/framework/router.js';
import type { CorpusAdmin } from '../../src/engine/corpus-admin.js';
import { escapeMarkdown } from '../../src/framework/text.js';
import fc from 'fast-check';
import { silentLogger } from '../../src/log.js';
import { messageQuery } from '../../commands/find-in-coverage.js';
import { MAX_QUESTION_LENGTH } from '../../src/engine/question.js';
import { fixedEngine, passage, source } from '../support/fake-engine.js';

const commands = await loadCommands();
const src = source('a1', { title: 'Pact [signed]' });
const engine = fixedEngine({
  answer: (q) => ({
    question: q,
    answered: true,
    passages: [1, 2, 3, 4].map((i) => passage(`Quote number ${i} *as written*.`, src, ['number'])),
    closest: [],
    sourcesDiffer: [],
  }),
  sources: [{ ...src, passages: 3 }],
});

describe('parseLine', () => {
  it('offers only commands the console can run when the name is unknown', () => {
    const parsed = parseLine('/nonsense', commands);
    expect(parsed.kind).toBe('error');
    const message = parsed.kind === 'error' ? parsed.message : '';
    expect(message).toMatch(/^There is no command \/nonsense\. The commands are \/ask, /);
    expect(message).not.toContain('/corpus');
  });

  it('asks a line without a slash that is not a button key', () => {
    expect(parseLine('how old is the minister? results:2', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'how old is the minister?', results: 2 },
    });
    // One short word is a key of the last reply's buttons, as before.
    expect(parseLine('n', commands)).toEqual({ kind: 'key', key: 'n' });
    expect(parseLine('3w', commands)).toEqual({ kind: 'key', key: '3w' });
    // Without an /ask command there is nothing to ask: the error says how commands are written.
    expect(
      parseLine(
        'who signed?',
        commands.filter((c) => c.key !== 'ask'),
      ),
    ).toEqual({ kind: 'error', message: 'Commands start with /; /help lists them.' });
  });

  it('reads name:value options and free text as the question', () => {
    expect(parseLine('/ask who signed the pact? results:2 source:a1', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who signed the pact?', results: 2, source: 'a1' },
    });
    expect(parseLine('/ask question:"who: signed?" hide:yes', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who: signed?', hide: true },
    });
    expect(parseLine('/ask results:2 source:a1 who signed the pact?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who signed the pact?', results: 2, source: 'a1' },
    });
    expect(parseLine('/ask source:"Pact [signed" who signed?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who signed?', source: 'Pact [signed' },
    });
    expect(parseLine('/timeline from:2020-11 keyword:pact', commands)).toEqual({
      kind: 'command',
      name: 'timeline',
      options: { from: '2020-11', keyword: 'pact' },
    });
  });
  it('reads name: value with a space, as Discord shows a filled option, where no question word can be', () => {
    expect(parseLine('/timeline keyword: consultation from: 2020-11', commands)).toEqual({
      kind: 'command',
      name: 'timeline',
      options: { keyword: 'consultation', from: '2020-11' },
    });
    expect(parseLine('/ask question: who signed the pact?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who signed the pact?' },
    });
    expect(parseLine('/ask source: DW results: 2 who signed?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { source: 'DW', results: 2, question: 'who signed?' },
    });
    expect(parseLine('/ask question: "is it so?"', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'is it so?' },
    });
  });
  it('keeps option names written inside the question as part of it', () => {
    expect(parseLine('/ask what was the source: DW or TASS?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'what was the source: DW or TASS?' },
    });
    expect(parseLine('/ask "is results:2 an option?" hide:no', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'is results:2 an option?', hide: false },
    });
    expect(parseLine('/ask what happened at 10:30 on https://x.example/a?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'what happened at 10:30 on https://x.example/a?' },
    });
  });
  it('explains what is wrong, in sentences', () => {
    expect(parseLine('/ask results:two why?', commands)).toEqual({
      kind: 'error',
      message: '/ask: results must be a whole number, not “two”.',
    });
    expect(parseLine('/ask who signed? result:2', commands)).toEqual({
      kind: 'error',
      message: '/ask has no option “result”. Did you mean results:?',
    });
    expect(parseLine('/ask who signed? sorce:DW', commands)).toEqual({
      kind: 'error',
      message: '/ask has no option “sorce”. Did you mean source:?',
    });
    // A swap of two neighbouring letters is one typo, for any command.
    expect(parseLine('/timeline form:2020', commands)).toEqual({
      kind: 'error',
      message: '/timeline has no option “form”. Did you mean from:?',
    });
    expect(parseLine('/ask who signed? soucre:DW', commands)).toEqual({
      kind: 'error',
      message: '/ask has no option “soucre”. Did you mean source:?',
    });
    // A command without free text names an unknown option even when none is near it.
    expect(parseLine('/timeline since:2020', commands)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^\/timeline has no option “since”\. Its options are from:, /),
    });
    // With free text, a word far from every option stays part of the question.
    expect(parseLine('/ask what happened at dawn:6am?', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'what happened at dawn:6am?' },
    });
    expect(parseLine('/ask who? results:2 results:3', commands)).toEqual({
      kind: 'error',
      message: '/ask: results is given twice; give it once.',
    });
    expect(parseLine('/sources all', commands)).toEqual({
      kind: 'error',
      message: '/sources takes no text (“all”); type /sources alone.',
    });
    expect(parseLine('/timeline agreement', commands)).toEqual({
      kind: 'error',
      message:
        '/timeline takes no free text (“agreement”); give options as name:value, e.g. from:…',
    });
    // A text option's words after it, unquoted: the error says how to quote them.
    expect(parseLine('/timeline keyword:site visit', commands)).toEqual({
      kind: 'error',
      message:
        '/timeline takes no free text (“visit”); give options as name:value, e.g. from:… To give keyword several words, quote them: keyword:"site visit".',
    });
    expect(parseLine('/ask question:how many turbines source:Coastline Courier', commands)).toEqual(
      {
        kind: 'error',
        message:
          '/ask: “Courier” is outside question:; put the whole question after question: or leave question: out. To give source several words, quote them: source:"Coastline Courier".',
      },
    );
    expect(parseLine('/ask how many turbines source:Coastline Courier', commands)).toEqual({
      kind: 'error',
      message:
        '/ask: “Courier” follows source: and the question comes before it; put the question first, then options. To give source several words, quote them: source:"Coastline Courier".',
    });
    expect(parseLine('/ask how many turbines source:"Coastline Courier"', commands)).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'how many turbines', source: 'Coastline Courier' },
    });
    expect(parseLine('/nope', commands)).toEqual({
      kind: 'error',
      message:
        'There is no command /nope. The commands are /ask, /find-in-coverage, /help, /sources, /timeline.',
    });
    expect(parseLine('/find-in-coverage   ', commands).kind).toBe('error');
    expect(parseLine('n', commands)).toEqual({ kind: 'key', key: 'n' });
    expect(parseLine('quit', commands)).toEqual({ kind: 'quit' });
  });
});

describe('renderText', () => {
  it('undoes markdown: links, bold and escapes', () => {
    expect(plainText('**x** [“Pact \\[signed\\]”](https://n.example/a1) \\*as\\*')).toBe(
      'x “Pact [signed]” <https://n.example/a1> *as*',
    );
  });
  it('shows escaped text exactly as typed, whatever markdown it holds', () => {
    const hostile = [
      'who signed **bold** `code`',
      'a \\ b \\* c \\`d\\` ``e`` ***f*** __g__ _h_ ~~i~~ ||j|| [k](l) <m> # n',
      '- list > quote -# small 1. num ``` fence `',
      '`unclosed **bold [link](',
    ];
    for (const text of hostile) expect(plainText(escapeMarkdown(text))).toBe(text);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab *_`~|>#-.[]()<\\:/1'.split('')) }),
        (text) => {
          fc.pre(!/https?:/.test(text));
          const oneLine = text.replace(/\s+/g, ' ');
          expect(plainText(escapeMarkdown(oneLine))).toBe(oneLine);
        },
      ),
    );
  });

  it('echoes a question with markdown in it exactly as typed', async () => {
    const session = new ConsoleSession({ engine, commands, logger: silentLogger });
    const question = 'who signed **bold** `code` _x_ ~~s~~ \\ [l](x)?';
    expect(await session.handle(`/ask question:"${question}"`)).toContain(
      `Question: ${question}\n`,
    );
  });

  it("puts an embed's footer (a quote's source line) under its text, before its fields", () => {
    const reply = renderText({
      allowedMentions: { parse: [] },
      embeds: [
        {
          description: '“The ferry resumed sailing.”',
          fields: [
            { name: 'Also reported by', value: '• Harbour Weekly: “The ferry sailed again.”' },
          ],
          footer: { text: 'Dunmore Courier · 3 March 2025 · id ferry' },
        },
        {
          title: 'Sources',
          fields: [{ name: 'Articles', value: '1' }],
          footer: { text: 'page 1' },
        },
      ],
    });
    expect(reply.text).toBe(
      [
        '',
        '“The ferry resumed sailing.”',
        '  -- Dunmore Courier · 3 March 2025 · id ferry',
        '  Also reported by:',
        '    • Harbour Weekly: “The ferry sailed again.”',
        '',
        '== Sources ==',
        '  Articles:',
        '    1',
        '  -- page 1',
      ].join('\n'),
    );
  });

  it('lists enabled buttons as key prompts', () => {
    const reply = renderText({
      content: 'hi',
      allowedMentions: { parse: [] },
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, label: '◀ Previous', custom_id: 'p', disabled: true },
            { type: 2, style: 1, label: 'Next ▶', custom_id: 'n' },
            { type: 2, style: 2, label: 'Full passage 1', custom_id: 'f' },
          ],
        },
      ],
    });
    expect(reply.text).toBe('hi\n\n[n] Next ▶  [b1] Full passage 1');
    expect([...reply.keys]).toEqual([
      ['n', 'n'],
      ['b1', 'f'],
    ]);
  });
});

describe('the console', () => {
  it('answers through the command modules and turns pages with n and p', async () => {
    const session = new ConsoleSession({ engine, commands, logger: silentLogger });
    const first = (await session.handle('/ask what number? results:3'))!;
    expect(first).toContain('“Quote number 1 *as written*.”');
    expect(first).toContain('[n] Next ▶');
    const second = (await session.handle('n'))!;
    expect(second).toContain('“Quote number 4 *as written*.”');
    expect(second).toContain('[p] ◀ Previous');
    expect(await session.handle('x')).toMatch(/^No button \[x\]\. Keys: p /);
    expect(await session.handle('/ask')).toContain('/ask needs question, e.g. /ask question:…');
    expect(await session.handle('quit')).toBeNull();
  });

  it('keys: a number opens that full passage; deleting, sharing and reporting take words', async () => {
    const long = 'The pact was signed in the capital after a long night of talks. '.repeat(80);
    const longEngine = fixedEngine({
      answer: (q) => ({
        question: q,
        answered: true,
        passages: [1, 2, 3].map((i) => passage(`${i}. ${long}`, src, ['pact'])),
        closest: [],
        sourcesDiffer: [],
      }),
      sources: [{ ...src, passages: 3 }],
    });
    const session = new ConsoleSession({ engine: longEngine, commands, logger: silentLogger });
    const first = (await session.handle('/ask who signed the pact? results:2'))!;
    expect(first).toMatch(/\[n\] Next ▶ {2}\[delete\] Delete {2}\[report\] Report a passage/);
    expect(first).toMatch(/\[1\] Full passage 1/);
    // docs/discord-bot.md's "1–5 = that full passage": 1 opens passage 1 and deletes nothing.
    const full = (await session.handle('1'))!;
    expect(full).not.toContain('(answer deleted)');
    expect(full).toContain('1. The pact was signed');
    const menu = (await session.handle('report'))!;
    expect(menu).toMatch(/\[3w\] 3: Wrong source/);
    expect(menu).toMatch(/\[1d\] 1: Doesn’t answer/);
    // A hidden answer offers share, not delete.
    const hidden = (await session.handle('/ask who signed the pact? hide:true'))!;
    expect(hidden).toMatch(/\[share\] Share to channel/);
    expect(hidden).not.toContain('[delete]');
    expect(await session.handle('/ask who signed the pact?')).toContain('[delete] Delete');
    expect(await session.handle('d')).toMatch(/^No button \[d\]/);
    expect(await session.handle('delete')).toBe('(answer deleted)');
  });

  it('/help lists /corpus only where the process manages its corpus folder', async () => {
    const session = new ConsoleSession({ engine, commands, logger: silentLogger });
    const help = (await session.handle('/help'))!;
    expect(help).toContain('/ask question');
    expect(help).not.toContain('/corpus');
    const router = new CommandRouter(commands, engine, {
      services: { corpus: {} as unknown as CorpusAdmin },
    });
    const withCorpus = await router.dispatch('help', {}, { userId: 'u' });
    expect(JSON.stringify(withCorpus)).toContain('/corpus add|remove|list|status');
  });

  it('runs "Find in coverage" on typed text, hidden, with the same rendering as /ask', async () => {
    expect(parseLine('/find-in-coverage Was number 1 written?', commands)).toEqual({
      kind: 'message',
      name: 'Find in coverage',
      content: 'Was number 1 written?',
    });
    const session = new ConsoleSession({ engine, commands, logger: silentLogger });
    const out = (await session.handle('/find-in-coverage Was number 1 written?'))!;
    expect(out).toMatch(/^\(only you can see this\)\nLooked up: Was number 1 written\?/);
    expect(out).toContain('“Quote number 1 *as written*.”');
  });

  it('echoes a long typed message cut as Discord cuts it: MAX_QUESTION_LENGTH, as the adapters share', async () => {
    const text = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const session = new ConsoleSession({ engine, commands, logger: silentLogger });
    const echoed = (await session.handle(`/find-in-coverage ${text}`))!.split('\n')[1]!;
    const looked = echoed.replace(/^Looked up: /, '');
    expect(looked).toBe(messageQuery(text));
    expect(looked.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(looked.length).toBeGreaterThan(MAX_QUESTION_LENGTH * 0.7);
    // The gateway and HTTP adapters hand the router the message's content as it arrived.
    const router = new CommandRouter(commands, engine);
    const discord = router.runOnMessage('Find in coverage', { id: 'm1', content: text }, 'u1');
    expect(plainText(discord.content!)).toBe(echoed);
  });

  it('reads piped lines and stops at the end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    input.end('/sources\n/help\n');
    await runConsole({ engine, commands, logger: silentLogger, input, output, interactive: false });
    expect(text).toContain('== Sources: 1 article ==');
    expect(text).toContain('== About this bot ==');
  });
});
