import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask.js';
import { resolveSourceFlag, runCli, type CliCommand } from '../../src/cli/common.js';
import { deployCommandsCommand } from '../../src/cli/deploy-commands.js';
import { feedbackCommand } from '../../src/cli/feedback.js';
import { indexCommand } from '../../src/cli/index-command.js';
import { signRequestCommand } from '../../src/cli/sign-request.js';
import { sourcesCommand } from '../../src/cli/sources.js';
import { timelineCommand } from '../../src/cli/timeline.js';
import { validateCommand } from '../../src/cli/validate.js';
import { IndexError, buildIndex } from '../../src/engine/index.js';
import { loadConfig } from '../../src/config.js';
import { readEnvironment } from '../../src/environment.js';
import { DEFAULT_FEEDBACK_FILE } from '../../src/feedback/log.js';
import { escapeRegExp } from '../../src/text/escape.js';
import { runCommand } from '../support/cli-io.js';
import { source } from '../support/fake-engine.js';
import type { SourceSummary } from '../../src/engine/types.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

let plainCorpus: string;
let emptyFolder: string;

beforeAll(async () => {
  plainCorpus = await writePlainCorpus({
    'ferry.txt':
      'Council Approves Ferry\n\nThe harbour council approved a ferry line on Tuesday. The line will run six times a day.\n',
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

/** The first line `command` prints on standard error, once it has refused `argv` (exit 2). */
async function refusal(command: CliCommand, argv: string[]): Promise<string> {
  const { code, stderr } = await runCommand(command, argv);
  expect(code).toBe(2);
  return stderr.split('\n')[0]!;
}

const ALL: CliCommand[] = [
  askCommand,
  sourcesCommand,
  timelineCommand,
  indexCommand,
  validateCommand,
  deployCommandsCommand,
  feedbackCommand,
  signRequestCommand,
];

describe('every command', () => {
  it.each(ALL.map((c) => [c.name, c] as const))(
    '%s --help prints its usage on standard output, exit 0',
    async (_name, command) => {
      const { code, stdout, stderr } = await runCommand(command, ['--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^usage: npm run /);
      expect(stderr).toBe('');
    },
  );

  it.each(ALL.map((c) => [c.name, c] as const))(
    '%s refuses an unknown flag in one line and its usage, exit 2',
    async (name, command) => {
      const { code, stdout, stderr } = await runCommand(command, ['--colour']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')[0]).toMatch(new RegExp(`^${name}: unknown flag --colour`));
      expect(stderr.split('\n')[1]).toMatch(/^usage: /);
    },
  );

  it("words a negative number the same after a space as after =, by the flag's own rule", async () => {
    for (const argv of [['--offset', '-3'], ['--offset=-3']]) {
      const negative = await runCommand(timelineCommand, argv);
      expect(negative.code).toBe(2);
      expect(negative.stderr.split('\n')[0]).toBe(
        "timeline: --offset: '-3' must be a whole number ≥ 0",
      );
    }
    const limit = await runCommand(timelineCommand, ['--limit', '-3']);
    expect(limit.stderr.split('\n')[0]).toBe(
      "timeline: --limit: '-3' must be a whole number from 1 to 50",
    );
    for (const argv of [
      ['q', '--results', '-2'],
      ['q', '--results=-2'],
    ]) {
      const results = await runCommand(askCommand, argv);
      expect(results.stderr.split('\n')[0]).toBe(
        "ask: --results: '-2' is not a whole number from 1 to 5",
      );
    }
  });

  it("opens every option's problem with the option's flag and a colon, whatever the problem", async () => {
    const refusals: Array<[CliCommand, string[], string]> = [
      [timelineCommand, ['--from', '2021', '--to', '2020'], "--from: '2021' is after --to: '2020'"],
      [
        timelineCommand,
        ['--to', 'May'],
        "--to: 'May' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
      ],
      [timelineCommand, ['--keyword', ' '], '--keyword: must not be empty'],
      [timelineCommand, ['--keyword=...'], "--keyword: '...' has no letter or digit"],
      [timelineCommand, ['--limit'], '--limit: needs a value'],
      [timelineCommand, ['--limit', 'ten'], "--limit: 'ten' is not a whole number"],
      [timelineCommand, ['--json=yes'], '--json: takes no value; write --json alone'],
      [timelineCommand, ['--source', ' ', '--corpus', plainCorpus], '--source: must not be empty'],
      [askCommand, ['q', '--results', '0'], "--results: '0' is not a whole number from 1 to 5"],
      [
        askCommand,
        ['q', '--source', 'nothing-like-it', '--corpus', plainCorpus],
        "--source: no article matches 'nothing-like-it'",
      ],
      [feedbackCommand, ['--file', ''], '--file: needs a file name'],
    ];
    for (const [command, argv, problem] of refusals)
      expect(await refusal(command, argv)).toMatch(
        new RegExp(`^${command.name}: ${escapeRegExp(problem)}`),
      );
  });

  it('says a value starting with a dash plainly, not "argument is ambiguous"', async () => {
    const dashed = await runCommand(timelineCommand, ['--keyword', '-war']);
    expect(dashed.code).toBe(2);
    expect(dashed.stderr.split('\n')[0]).toBe(
      "timeline: --keyword: needs a value, and '-war' after it starts with a dash, so it reads as another flag; to give '-war' as the value, write --keyword=-war",
    );
    // Written so, a dashed keyword is read, and refused: a minus leaves no word out here.
    const minus = await runCommand(timelineCommand, ['--keyword=-war']);
    expect(minus.code).toBe(2);
    expect(minus.stderr.split('\n')[0]).toMatch(
      /^timeline: --keyword: '-war' starts with '-', which does not leave a word out here: .*\('war'\)/,
    );
  });

  it('names a domain once: "index: cannot write", never "index: index: …"', async () => {
    let stderr = '';
    const failing: CliCommand = {
      name: 'index',
      usage: 'usage: npm run index',
      main: () => Promise.reject(new IndexError('index: cannot write "x": EACCES')),
    };
    const code = await runCli(failing, [], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: process.stdin,
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr).toBe('index: cannot write "x": EACCES\n');
  });
});

describe('the corpus folder: one rule for every command', () => {
  it('takes --corpus over CORPUS_DIR, CORPUS_DIR over .env, .env over ./corpus, and says which with --verbose', async () => {
    const folder = await temporaryFolder();
    const envFile = path.join(folder, '.env');
    await writeFile(envFile, `CORPUS_DIR=${emptyFolder}\n`);
    try {
      const fromFile = await runCommand(sourcesCommand, ['--json', '--verbose'], { envFile });
      expect(fromFile.code).toBe(1);
      expect(fromFile.stderr).toContain(
        `sources: corpus folder ${emptyFolder} (from CORPUS_DIR in .env)`,
      );

      const fromEnv = await runCommand(sourcesCommand, ['--json', '--verbose'], {
        envFile,
        env: { CORPUS_DIR: plainCorpus },
      });
      expect(fromEnv.code).toBe(0);
      expect(fromEnv.stderr).toContain(`sources: corpus folder ${plainCorpus} (from CORPUS_DIR)`);

      const fromFlag = await runCommand(validateCommand, ['--corpus', plainCorpus, '--verbose'], {
        envFile,
        env: { CORPUS_DIR: emptyFolder },
      });
      expect(fromFlag.code).toBe(0);
      expect(fromFlag.stderr).toContain(`validate: corpus folder ${plainCorpus} (from --corpus)`);

      const quiet = await runCommand(timelineCommand, ['--json'], {
        env: { CORPUS_DIR: plainCorpus },
      });
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe('');
      expect(JSON.parse(quiet.stdout)).toMatchObject({ total: expect.any(Number) });

      const byDefault = await runCommand(validateCommand, ['--verbose']);
      expect(byDefault.stderr).toContain(
        `validate: corpus folder ${path.resolve('corpus')} (the default)`,
      );

      // At a terminal, the default folder is named even without --verbose; never in scripts.
      const atTerminal = await runCommand(sourcesCommand, [], { errorTerminal: true });
      expect(atTerminal.stderr).toBe(
        'sources: corpus folder ./corpus (the default; --corpus DIR for another)\n',
      );
      const chosenAtTerminal = await runCommand(sourcesCommand, [], {
        errorTerminal: true,
        env: { CORPUS_DIR: plainCorpus },
      });
      expect(chosenAtTerminal.stderr).toBe('');
      expect((await runCommand(sourcesCommand, [])).stderr).toBe('');
    } finally {
      await removeFolder(folder);
    }
  });
});

describe('npm run ask', () => {
  it('prints JSON with the quote and its source, and nothing else on standard output', async () => {
    const { code, stdout } = await runCommand(askCommand, [
      'How often will the ferry run?',
      '--json',
      '--corpus',
      plainCorpus,
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      answered: boolean;
      passages: Array<{ quote: string; source: Record<string, unknown> }>;
    };
    expect(answer.answered).toBe(true);
    // "The line" is the ferry line of the sentence before in its paragraph, which the quote
    // therefore includes.
    expect(answer.passages[0]).toMatchObject({
      quote:
        'The harbour council approved a ferry line on Tuesday. The line will run six times a day.',
      source: {
        id: 'ferry',
        title: 'Council Approves Ferry',
        outlet: null,
        published: null,
        url: null,
      },
    });
  });

  it('reads standard input and prints one JSON line per input line, an error object for an empty one', async () => {
    const { code, stdout } = await runCommand(askCommand, ['--corpus', plainCorpus], {
      input: 'Why was the bridge plan shelved?\n\nWho won the football cup?\n',
    });
    expect(code).toBe(2);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; answered?: boolean; error?: string });
    expect(lines.map((l) => [l.question, l.answered ?? l.error])).toEqual([
      ['Why was the bridge plan shelved?', true],
      ['', 'the question is empty'],
      ['Who won the football cup?', false],
    ]);
  });

  it('on a terminal, prompts for questions and answers them as text', async () => {
    const { code, stdout, stderr } = await runCommand(askCommand, ['--corpus', plainCorpus], {
      input: 'How often will the ferry run?\n',
      terminal: true,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('ask: type a question and press Enter; Ctrl+D ends.');
    expect(stderr).toContain('question> ');
    expect(stdout).toContain('The line will run six times a day.”');
  });

  it('says flags after a lone -- are read as the question, and a question in several words needs quotes', async () => {
    expect(await refusal(askCommand, ['--', '--why?', '--results', '2'])).toBe(
      'ask: everything after a lone -- is the question: give the flags before it, e.g. --results 2 -- "--question"',
    );
    expect(await refusal(askCommand, ['why', 'not?'])).toBe(
      'ask: give the question as one argument, in quotes',
    );
  });

  it('refuses an empty question and one over 300 characters, exit 2', async () => {
    const empty = await runCommand(askCommand, ['  ']);
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr.split('\n')[0]).toBe('ask: the question is empty');
    const long = await runCommand(askCommand, ['x'.repeat(301)]);
    expect(long.code).toBe(2);
    expect(long.stderr.split('\n')[0]).toBe(
      'ask: the question is 301 characters long; at most 300 are allowed',
    );
  });

  it('names a missing corpus folder, or a file given as one, and where it came from, exit 1', async () => {
    const { code, stderr } = await runCommand(askCommand, [
      'anything',
      '--corpus',
      '/nonexistent/folder',
    ]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'ask: corpus: folder "/nonexistent/folder" (from --corpus) does not exist; give a corpus folder with --corpus DIR or CORPUS_DIR',
    );
    const file = await runCommand(askCommand, ['anything'], {
      env: { CORPUS_DIR: 'package.json' },
    });
    expect(file.code).toBe(1);
    expect(file.stderr.trim()).toBe(
      `ask: corpus: "${path.resolve('package.json')}" (from CORPUS_DIR) is a file, not a folder; give a corpus folder with --corpus DIR or CORPUS_DIR`,
    );
    // An empty value would name the working folder, which exists: it is said to be empty.
    const empty = await runCommand(sourcesCommand, ['--corpus', '']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(
      'sources: corpus: --corpus is empty; give a corpus folder with --corpus DIR or CORPUS_DIR\n',
    );
  });

  it('refuses a LOG_LEVEL that is no level, as npm start does (exit 2)', async () => {
    const { code, stdout, stderr } = await runCommand(sourcesCommand, ['--corpus', plainCorpus], {
      env: { LOG_LEVEL: 'loud' },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'sources: config: invalid environment (see .env.example):\n- LOG_LEVEL must be one of debug, info, warn, error\n',
    );
  });

  it('refuses a bad --results and an unknown --source', async () => {
    const results = await runCommand(askCommand, ['q', '--results', '9']);
    expect(results.code).toBe(2);
    expect(results.stderr.split('\n')[0]).toBe(
      "ask: --results: '9' is not a whole number from 1 to 5",
    );
    const source = await runCommand(askCommand, ['q', '--source', 'nope', '--corpus', plainCorpus]);
    expect(source.code).toBe(2);
    expect(source.stderr.split('\n')[0]).toBe(
      "ask: --source: no article matches 'nope'; give an id, an outlet, or a word or the start of a title (4 characters or more); npm run sources lists them",
    );
    const empty = await runCommand(askCommand, ['q', '--source', ' ', '--corpus', plainCorpus]);
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')[0]).toBe('ask: --source: must not be empty');
    const short = await runCommand(askCommand, ['q', '--source', 'Bri', '--corpus', plainCorpus]);
    expect(short.code).toBe(2);
    expect(short.stderr.split('\n')[0]).toBe(
      "ask: --source: no article matches 'Bri': 'Bri' is shorter than a title start or word may be (4 characters); give an id, an outlet, or a word or the start of a title (4 characters or more); npm run sources lists them",
    );
  });

  it("--source takes what the bot's source: takes: an id, or a word or start of a title", async () => {
    const byTitle = await runCommand(askCommand, [
      'why was the plan shelved?',
      '--source',
      'bridge plan',
      '--json',
      '--corpus',
      plainCorpus,
    ]);
    expect(byTitle.code).toBe(0);
    const answer = JSON.parse(byTitle.stdout) as { passages: Array<{ source: { id: string } }> };
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.passages.every((p) => p.source.id === 'bridge')).toBe(true);
    const timeline = await runCommand(timelineCommand, [
      '--source',
      'BRIDGE',
      '--json',
      '--corpus',
      plainCorpus,
    ]);
    expect(timeline.code).toBe(0);
    // Several matches are listed with their ids, never picked.
    const summary = (id: string, over: Partial<SourceSummary>): SourceSummary => ({
      ...source(id, over),
      passages: 1,
      file: `${id}.txt`,
    });
    const engine = {
      sources: () => [
        summary('a1', { outlet: 'Harbour Weekly', title: 'Ferry line approved' }),
        summary('a2', { outlet: 'Harbour Weekly', title: 'Ferry fares rise' }),
        summary('b1', { outlet: 'Bay Post', title: 'Ferry crews strike' }),
      ],
    };
    expect(() => resolveSourceFlag(engine, 'ferry')).toThrow(
      /^--source: 'ferry' matches 3 articles; give one's id:\n {2}Ferry line approved — Harbour Weekly · .*\[a1\]\n {2}Ferry fares rise/,
    );
    expect(resolveSourceFlag(engine, 'fares')).toEqual({ source: 'a2' });
    // An outlet named whole, or by a word only it has, means all of its articles.
    expect(resolveSourceFlag(engine, 'Harbour Weekly')).toEqual({ sources: ['a1', 'a2'] });
    expect(resolveSourceFlag(engine, 'harbour')).toEqual({ sources: ['a1', 'a2'] });
    expect(resolveSourceFlag(engine, 'bay post')).toEqual({ source: 'b1' });
  });
});

describe('npm run sources, index and validate', () => {
  it('lists the articles with what they state, unknown as null', async () => {
    const { code, stdout } = await runCommand(sourcesCommand, ['--json', '--corpus', plainCorpus]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { index: unknown; sources: unknown[] };
    expect(json.sources).toEqual([
      {
        id: 'bridge',
        title: 'Bridge Plan Shelved',
        outlet: null,
        published: '2022-03-03',
        url: null,
        author: null,
        passages: 2,
        file: 'bridge.txt',
      },
      {
        id: 'ferry',
        title: 'Council Approves Ferry',
        outlet: null,
        published: null,
        url: null,
        author: null,
        passages: 3,
        file: 'ferry.txt',
      },
    ]);
    expect(json.index).toEqual({
      builtAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      articles: 2,
      sentences: 5,
    });
  });

  it('index writes the index into the corpus folder, where the other commands load it', async () => {
    const { code, stdout } = await runCommand(indexCommand, ['--json', '--corpus', plainCorpus]);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as { articles: number; path: string };
    expect(stats.articles).toBe(2);
    expect(stats.path).toBe(path.join(plainCorpus, '.coverage-index.json'));
    const { code: sourcesCode, stderr } = await runCommand(sourcesCommand, [
      '--corpus',
      plainCorpus,
      '--verbose',
    ]);
    expect(sourcesCode).toBe(0);
    expect(stderr).not.toContain('building it');
  });

  it('index reuses the analyses of the index it replaces, and writes the same index', async () => {
    const indexPath = path.join(plainCorpus, '.coverage-index.json');
    const first = await runCommand(indexCommand, ['--json', '--corpus', plainCorpus]);
    const before = JSON.parse(await readFile(indexPath, 'utf8')) as Record<string, unknown>;
    const second = await runCommand(indexCommand, ['--json', '--corpus', plainCorpus]);
    const after = JSON.parse(await readFile(indexPath, 'utf8')) as Record<string, unknown>;
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(JSON.parse(second.stdout)).toMatchObject({ articles: 2, reused: 2 });
    expect({ ...after, builtAt: null }).toEqual({ ...before, builtAt: null });
  });

  it('index no longer takes --out: an index written elsewhere is one nothing loads', async () => {
    const { code, stderr } = await runCommand(indexCommand, ['--out', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^index: unknown flag --out/);
  });

  it('validate accepts a good folder and fails on one with no articles, saying why', async () => {
    const good = await runCommand(validateCommand, ['--corpus', plainCorpus]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('is valid: 2 articles');
    const { code, stderr } = await runCommand(validateCommand, ['--corpus', emptyFolder]);
    expect(code).toBe(1);
    expect(stderr).toContain(`holds no articles (.txt, .text, .md`);
  });
});

describe('npm run deploy-commands', () => {
  it('says what is missing without a token, exit 2', async () => {
    const { code, stderr } = await runCommand(deployCommandsCommand, []);
    // A missing setting is invalid configuration: exit 2, as npm start.
    expect(code).toBe(2);
    expect(stderr).toBe(
      'deploy-commands: DISCORD_TOKEN is not set: set it in .env or the environment to the bot token (Developer Portal > Bot > Reset Token; see .env.example)\n',
    );
  });

  it('says Discord cannot be reached when offline, not a bare socket error', async () => {
    const { code, stderr } = await runCommand(deployCommandsCommand, [], {
      env: {
        DISCORD_TOKEN: 'not-a-real-token',
        DISCORD_CLIENT_ID: '123456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        LOG_LEVEL: 'error',
      },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'deploy-commands: cannot reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network connection and DISCORD_API_URL\n',
    );
  });
});

describe('npm run feedback', () => {
  it('refuses a --file that does not exist (exit 1); a configured one not yet written is an empty set', async () => {
    const missing = path.join(emptyFolder, 'no-such.jsonl');
    const given = await runCommand(feedbackCommand, ['--file', missing, '--corpus', plainCorpus]);
    expect(given.code).toBe(1);
    expect(given.stdout).toBe('');
    expect(given.stderr).toBe(`feedback: no feedback file at ${missing}\n`);
    const configured = await runCommand(feedbackCommand, ['--corpus', plainCorpus], {
      env: { FEEDBACK_FILE: missing },
    });
    expect(configured.code).toBe(0);
    expect(JSON.parse(configured.stdout)).toMatchObject({ questions: [] });
    expect(configured.stderr).toContain(`no feedback file at ${missing} yet`);
  });

  it('writes --out whole, names an --out it cannot write (exit 1), and refuses an empty --out or --file (exit 2)', async () => {
    const log = path.join(emptyFolder, 'marks.jsonl');
    await writeFile(log, '');
    const out = path.join(emptyFolder, 'cases.json');
    const written = await runCommand(feedbackCommand, [
      '--file',
      log,
      '--corpus',
      plainCorpus,
      '--out',
      out,
    ]);
    expect(written.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ questions: [] });
    const nowhere = path.join(emptyFolder, 'no-such-folder', 'cases.json');
    const refused = await runCommand(feedbackCommand, [
      '--file',
      log,
      '--corpus',
      plainCorpus,
      '--out',
      nowhere,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`feedback: cannot write ${nowhere}: its folder does not exist\n`);

    // An empty name is no file: refused, not read as "no --out" (standard output) or a missing log.
    for (const flag of ['--out', '--file']) {
      const empty = await runCommand(feedbackCommand, [flag, '', '--corpus', plainCorpus]);
      expect(empty.code).toBe(2);
      expect(empty.stdout).toBe('');
      expect(empty.stderr.split('\n')[0]).toBe(`feedback: ${flag}: needs a file name`);
    }
  });

  it('with .env copied from .env.example (FEEDBACK_FILE= empty), reads the default file the bot writes', async () => {
    const envFile = path.join(emptyFolder, '.env');
    await copyFile('.env.example', envFile);
    const run = await runCommand(feedbackCommand, ['--corpus', plainCorpus], {
      envFile,
      env: { FEEDBACK_FILE: '' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('no feedback file at  yet');
    expect(loadConfig(readEnvironment(envFile, {}).vars).feedbackFile).toBe(DEFAULT_FEEDBACK_FILE);
    if (!existsSync(DEFAULT_FEEDBACK_FILE))
      expect(run.stderr).toContain(`no feedback file at ${DEFAULT_FEEDBACK_FILE} yet`);
  });
});
