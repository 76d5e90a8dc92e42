/**
 * "Report a passage" in the local console, end to end: piped lines into runConsole, the report
 * menu's keys press its buttons, and the mark lands in the feedback file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import { FeedbackLog } from '../../src/feedback/log.js';
import { loadCommands } from '../../src/framework/commands.js';
import { silentLogger } from '../../src/log.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';
import { fixedEngine, passage, source } from '../support/fake-engine.js';

const commands = await loadCommands();
const sources = [1, 2, 3, 4, 5].map((i) => source(`art${i}`, { title: `Ferry story ${i}` }));
const engine = fixedEngine({
  answer: (q) => ({
    question: q,
    answered: true,
    passages: sources.map((s, i) =>
      // The first quote is long, so its page shows an excerpt and a "Full passage" button.
      passage(`The ferry sailed on day ${i + 1}.${i === 0 ? ' It was late.'.repeat(500) : ''}`, s, [
        'ferry',
      ]),
    ),
    closest: [],
    sourcesDiffer: [],
  }),
});

/** Drives a console: each `type` sends one line and resolves with the text printed for it. */
function consoleDriver(feedbackFile: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  // A long reply can arrive in several chunks: a line's output is all that came before the
  // stream went quiet.
  let text = '';
  let pending: ((text: string) => void) | null = null;
  let quiet: NodeJS.Timeout | undefined;
  output.on('data', (d: Buffer) => {
    text += d.toString();
    clearTimeout(quiet);
    quiet = setTimeout(() => pending?.(text), 50);
  });
  const done = runConsole({
    engine,
    commands,
    logger: silentLogger,
    input,
    output,
    interactive: false,
    feedback: new FeedbackLog(feedbackFile),
  });
  return {
    type: (line: string) =>
      new Promise<string>((resolve) => {
        text = '';
        pending = resolve;
        input.write(`${line}\n`);
      }),
    end: async () => {
      input.end();
      await done;
    },
  };
}

/** The key the console shows for the button labelled `label`. */
function keyOf(text: string, label: string): string {
  const key = new RegExp(`\\[(\\w+)\\] ${label}(?:\\s|$)`).exec(text)?.[1];
  expect(key, `a key for “${label}” in:\n${text}`).toBeDefined();
  return key!;
}

let folder = '';
afterEach(async () => {
  if (folder) await removeFolder(folder);
});

describe('Report a passage in the console', () => {
  it('lists every choice for five passages, and a chosen key writes the mark', async () => {
    folder = await temporaryFolder();
    const file = path.join(folder, 'feedback.jsonl');
    const session = consoleDriver(file);
    const answer = await session.type('/ask when did the ferry sail? results:5');
    const menu = await session.type(keyOf(answer, 'Report a passage'));
    expect(menu).toContain('== Report a passage ==');
    // Ten buttons: both verdicts for each of the five passages, each with a key.
    for (let i = 1; i <= 5; i++) {
      keyOf(menu, `${i}: Doesn’t answer`);
      keyOf(menu, `${i}: Wrong source`);
    }
    const thanks = await session.type(keyOf(menu, '5: Wrong source'));
    expect(thanks).toContain('Thank you: passage 5 is marked “Wrong source”.');
    // The menu's keys stay active after the press: mark another passage.
    await session.type(keyOf(thanks, '2: Doesn’t answer'));
    await session.end();

    const marks = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({
      question: 'when did the ferry sail?',
      verdict: 'wrong-source',
      passage: { source: 'art5' },
      rank: 4,
    });
    expect(marks[1]).toMatchObject({ verdict: 'does-not-answer', passage: { source: 'art2' } });
  });

  it('a full passage opened from an answer leaves the answer’s keys active', async () => {
    folder = await temporaryFolder();
    const session = consoleDriver(path.join(folder, 'feedback.jsonl'));
    const answer = await session.type('/ask when did the ferry sail? results:2');
    const full = await session.type(keyOf(answer, 'Full passage 1'));
    expect(full).toContain('It was late. It was late.');
    expect(full).not.toMatch(/\[\w+\] /);
    expect(await session.type('n')).toContain('The ferry sailed on day 3.');
    await session.end();
  });
});
