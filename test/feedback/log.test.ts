/** The feedback log: durable appends, torn lines survived, only offsets kept, exported as eval cases. */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { feedbackCases } from '../../src/feedback/export.js';
import { FeedbackLog, readFeedback } from '../../src/feedback/log.js';
import type { FeedbackEntry } from '../../src/feedback/log.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

const entry = (over: Partial<FeedbackEntry> = {}): FeedbackEntry => ({
  question: 'Where was the pact signed?',
  verdict: 'does-not-answer',
  passage: { source: 'a1', start: 10, end: 30 },
  rank: 0,
  answered: true,
  ...over,
});

const folders: string[] = [];
afterEach(async () => {
  for (const f of folders.splice(0)) await removeFolder(f);
});
async function logFile(): Promise<string> {
  const folder = await temporaryFolder('feedback-');
  folders.push(folder);
  return path.join(folder, 'nested', 'feedback.jsonl');
}

describe('FeedbackLog', () => {
  it('appends one JSON line per verdict, creating its folder, and keeps only what the entry says', async () => {
    const file = await logFile();
    const log = new FeedbackLog(file);
    log.record(entry());
    log.record({
      ...entry({ verdict: 'wrong-source', rank: 1 }),
      extra: 'a message',
    } as FeedbackEntry);
    log.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(Object.keys(JSON.parse(lines[1]!)).sort()).toEqual(
      ['answered', 'at', 'passage', 'question', 'rank', 'verdict'].sort(),
    );
    expect(readFileSync(file, 'utf8')).not.toContain('a message');
    expect(readFeedback(file).records.map((r) => r.verdict)).toEqual([
      'does-not-answer',
      'wrong-source',
    ]);
  });

  it('survives a line torn by a crash: the next entry starts on a fresh line, the torn one is skipped', async () => {
    const file = await logFile();
    const first = new FeedbackLog(file);
    first.record(entry());
    first.close();
    appendFileSync(file, '{"at":"2026-01-01","question":"cut sh');
    const after = new FeedbackLog(file);
    after.record(entry({ question: 'After the crash?' }));
    after.close();
    const read = readFeedback(file);
    expect(read.records.map((r) => r.question)).toEqual([
      'Where was the pact signed?',
      'After the crash?',
    ]);
    expect(read.skipped).toEqual([2]);
  });

  it('reads a missing file as an empty log', async () => {
    expect(readFeedback(await logFile())).toEqual({ records: [], skipped: [] });
  });
});

describe('feedbackCases', () => {
  it('groups verdicts by question in the eval format, with the passage text read from the corpus', () => {
    const records = [
      { ...entry(), at: 't1' },
      { ...entry(), at: 't2' },
      {
        ...entry({ verdict: 'wrong-source', passage: { source: 'gone', start: 0, end: 5 } }),
        at: 't3',
      },
      { ...entry({ question: 'Who?', answered: false }), at: 't4' },
    ];
    const text = 'The pact was signed in Minsk on Thursday.';
    const out = feedbackCases(records, (source, start, end) =>
      source === 'a1' ? text.slice(start, end) : null,
    );
    expect(out.questions).toEqual([
      {
        question: 'Where was the pact signed?',
        answers: [],
        abstained: false,
        marked: [
          {
            verdict: 'does-not-answer',
            source: 'a1',
            start: 10,
            end: 30,
            quote: text.slice(10, 30),
            marks: 2,
          },
          { verdict: 'wrong-source', source: 'gone', start: 0, end: 5, quote: null, marks: 1 },
        ],
      },
      {
        question: 'Who?',
        answers: [],
        abstained: true,
        marked: [
          {
            verdict: 'does-not-answer',
            source: 'a1',
            start: 10,
            end: 30,
            quote: text.slice(10, 30),
            marks: 1,
          },
        ],
      },
    ]);
  });

  it('keeps a page line apart from the text: its position is logged, and its quote read from the page lines', async () => {
    const file = await logFile();
    const log = new FeedbackLog(file);
    log.record(entry({ passage: { source: 'a1', start: 0, end: 11, page: 2 } }));
    log.record(entry());
    log.close();
    const { records } = readFeedback(file);
    expect(records.map((r) => r.passage.page)).toEqual([2, undefined]);
    const text = 'The pact was signed in Minsk on Thursday.';
    const lines = ['By Ana Ruiz', 'March 5, 2021', 'By Ana Ruiz'];
    const out = feedbackCases(
      records,
      (_source, start, end, page) =>
        (page === undefined ? text : lines[page])?.slice(start, end) ?? null,
    );
    expect(out.questions[0]?.marked.map((m) => [m.page, m.quote])).toEqual([
      [2, 'By Ana Ruiz'],
      [undefined, text.slice(10, 30)],
    ]);
  });
});
