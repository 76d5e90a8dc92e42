/**
 * `npm run ask`: answers a question from the coverage with verbatim quotes and their sources.
 *
 *   npm run -s ask -- "question" [--json] [--results N] [--source ID|OUTLET|TITLE] [--corpus DIR] [--verbose]
 *   npm run -s ask -- [--corpus DIR] < questions.txt     (one JSON object per input line)
 *
 * JSON goes to standard output alone; logs and errors go to standard error.
 */
import { createInterface } from 'node:readline';
import { MAX_RESULTS, checkQuestion } from '../engine/index.js';
import type { AskOptions, Engine } from '../engine/types.js';
import type { SourceScope } from '../framework/render/scope.js';
import {
  COMMON_FLAGS,
  EXIT,
  UsageError,
  cliSettings,
  resolveSourceScope,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';
import { openCliEngine } from './open-engine.js';
import { optionProblem } from './argument-problem.js';
import { answerJson, formatAnswer } from './format-answer.js';

const USAGE = `usage: npm run -s ask -- "question" [--json] [--results 1-${MAX_RESULTS}] [--source ID|OUTLET|TITLE] [--corpus DIR] [--verbose]
       npm run -s ask -- [options] < questions.txt   one question per line in, one JSON object per line out
       npm run ask                                   on a terminal: asks for questions, one per line (Ctrl+D ends)`;

function parseResults(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const results = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(results >= 1 && results <= MAX_RESULTS))
    throw new UsageError(
      optionProblem('--results', `'${value}' is not a whole number from 1 to ${MAX_RESULTS}`),
    );
  return results;
}

/**
 * Answers one question per input line. Piped: one JSON object per input line, in order (an
 * empty or over-long line gets `{"question", "error"}`), exit 2 when any line was refused. On a
 * terminal: a prompt, and answers as people read them (or JSON with `--json`).
 */
async function askEachLine(
  engine: Engine,
  options: AskOptions,
  scope: SourceScope | undefined,
  io: CliIO,
  json: boolean,
): Promise<number> {
  const terminal = io.stdin.isTTY === true;
  const lines = createInterface({
    input: io.stdin,
    crlfDelay: Infinity,
    ...(terminal ? { output: io.stderr as NodeJS.WritableStream, prompt: 'question> ' } : {}),
  });
  if (terminal) {
    io.stderr.write('ask: type a question and press Enter; Ctrl+D ends.\n');
    lines.prompt();
  }
  let code: number = EXIT.ok;
  for await (const line of lines) {
    const problem = checkQuestion(line);
    if (terminal && !json) {
      if (line.trim() !== '') {
        io.stdout.write(
          problem ? `ask: ${problem}\n` : `${formatAnswer(engine.ask(line, options), scope)}\n`,
        );
      }
      lines.prompt();
      continue;
    }
    if (problem) {
      io.stdout.write(`${JSON.stringify({ question: line.slice(0, 80), error: problem })}\n`);
      code = EXIT.usage;
    } else {
      io.stdout.write(`${JSON.stringify(answerJson(engine.ask(line, options)))}\n`);
    }
    if (terminal) lines.prompt();
  }
  return code;
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      ...COMMON_FLAGS,
      json: { type: 'boolean' },
      results: { type: 'string' },
      source: { type: 'string' },
    },
    'a question',
  );
  if (positionals.length > 1) {
    // After a lone --, flags are read as words too: say so rather than blame the quoting.
    const afterDashes = argv.includes('--') && positionals.slice(1).some((p) => p.startsWith('-'));
    throw new UsageError(
      afterDashes
        ? 'everything after a lone -- is the question: give the flags before it, e.g. --results 2 -- "--question"'
        : 'give the question as one argument, in quotes',
    );
  }
  const question = positionals[0];
  if (question !== undefined) {
    const problem = checkQuestion(question);
    if (problem) throw new UsageError(problem);
  }
  const options: AskOptions = { limit: parseResults(values.results) };
  const engine = await openCliEngine(cliSettings('ask', io, values), io);
  const sourced =
    values.source === undefined ? undefined : resolveSourceScope(engine, values.source);
  if (sourced) Object.assign(options, sourced.filter);
  const scope = sourced?.scope;
  if (question === undefined) return askEachLine(engine, options, scope, io, values.json ?? false);
  const answer = engine.ask(question, options);
  io.stdout.write(
    values.json ? `${JSON.stringify(answerJson(answer))}\n` : `${formatAnswer(answer, scope)}\n`,
  );
  return EXIT.ok;
}

/** `ask`: see the file header. */
export const askCommand: CliCommand = { name: 'ask', usage: USAGE, main };
