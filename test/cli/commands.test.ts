import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

let plainCorpus: string;
let emptyFolder: string;

beforeAll(async () => {
  plainCorpus = await writePlainCorpus({
    'ferry.txt':
      'Council Approves Ferry\n\nThe harbour council approved a ferry line on Tuesday.\n\nThe line will run six times a day.\n',
    'bridge.txt':
      'Bridge Plan Shelved\n\nMarch 3, 2022\n\nThe island bridge plan was shelved again because of its cost.\n',
  });
  emptyFolder = await temporaryFolder();
  await buildIndex({ corpusDir: plainCorpus });
});
afterAll(async () => {
  await removeFolder(plainCorpus);
  await removeFolder(emptyFolder);
});

function run(script: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints JSON with the quote and its source, and nothing else on standard output', () => {
    const { code, stdout } = run('ask', [
      'How often will the ferry run?',
      '--json',
      '--corpus',
      plainCorpus,
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      answered: boolean;
      passages: Array<{
        quote: string;
        source: Record<string, unknown>;
        start: number;
        end: number;
        score: number;
      }>;
    };
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]).toMatchObject({
      quote: 'The line will run six times a day.',
      source: {
        id: 'ferry',
        title: 'Council Approves Ferry',
        outlet: null,
        published: null,
        url: null,
      },
    });
  });

  it('reads one question per line from standard input and prints one JSON object per line', () => {
    const { code, stdout } = run(
      'ask',
      ['--corpus', plainCorpus],
      'Why was the bridge plan shelved?\n\nWho won the football cup?\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; answered: boolean });
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['Why was the bridge plan shelved?', true],
      ['Who won the football cup?', false],
    ]);
  });

  it('refuses an empty question in one line, exit code 2', () => {
    const { code, stdout, stderr } = run('ask', ['  ']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('ask: question: is empty');
  });

  it('refuses a question over 300 characters', () => {
    const { code, stderr } = run('ask', ['x'.repeat(301)]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('ask: question: is 301 characters long; the limit is 300');
  });

  it('names an unreadable corpus folder, exit code 1', () => {
    const { code, stderr } = run('ask', ['anything', '--corpus', '/nonexistent/folder']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('ask: corpus: cannot read folder "/nonexistent/folder": ENOENT');
  });

  it('refuses an unknown flag and a bad --results', () => {
    expect(run('ask', ['q', '--colour']).stderr.split('\n')[0]).toMatch(
      /^ask: Unknown option '--colour'/,
    );
    expect(run('ask', ['q', '--results', '9']).stderr.split('\n')[0]).toBe(
      "ask: --results: '9' is not a whole number from 1 to 5",
    );
  });
});

describe('npm run sources and validate', () => {
  it('lists the articles with what they state, unknown as null', () => {
    const { code, stdout } = run('sources', ['--json', '--corpus', plainCorpus]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { sources: unknown[] }).sources).toEqual([
      {
        id: 'bridge',
        title: 'Bridge Plan Shelved',
        outlet: null,
        published: '2022-03-03',
        url: null,
        passages: 2,
      },
      {
        id: 'ferry',
        title: 'Council Approves Ferry',
        outlet: null,
        published: null,
        url: null,
        passages: 3,
      },
    ]);
  });

  it('validate fails on a folder with no articles and says why', () => {
    const { code, stderr } = run('validate', ['--corpus', emptyFolder]);
    expect(code).toBe(1);
    expect(stderr).toContain(`holds no .txt articles`);
  });
});
