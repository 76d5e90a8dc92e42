/**
 * `npm run ask`: answers a question from the coverage with verbatim quotes and their sources.
 *
 *   npm run ask -- "question" [--json] [--results N] [--source ID] [--corpus DIR]
 *   npm run ask -- [--corpus DIR] < questions.txt     (one JSON object per line)
 *
 * JSON goes to standard output alone; logs and errors go to standard error.
 */
import { createInterface } from 'node:readline';
import { DEFAULT_CORPUS_DIR, checkQuestion, openEngine } from '../engine/index.js';
import type { AskOptions } from '../engine/types.js';
import { EXIT, UsageError, cliLogger, parseCommandLine, runCommand } from './common.js';
import { answerJson, formatAnswer } from './format-answer.js';

const USAGE =
  'usage: npm run ask -- "question" [--json] [--results 1-5] [--source ID] [--corpus DIR]';

function parseResults(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-5]$/.test(value))
    throw new UsageError(`--results: '${value}' is not a whole number from 1 to 5`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    {
      json: { type: 'boolean' },
      results: { type: 'string' },
      source: { type: 'string' },
      corpus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('give the question as one argument, in quotes');
  const question = positionals[0];
  if (question !== undefined) {
    const problem = checkQuestion(question);
    if (problem) throw new UsageError(problem);
  }
  const options: AskOptions = { limit: parseResults(values.results) };
  const engine = await openEngine({
    corpusDir: values.corpus ?? DEFAULT_CORPUS_DIR,
    logger: cliLogger(),
  });
  if (values.source !== undefined) {
    if (!engine.sources().some((source) => source.id === values.source)) {
      throw new UsageError(
        `--source: no article has the id '${values.source}' (see npm run sources)`,
      );
    }
    options.source = values.source;
  }

  if (question !== undefined) {
    const answer = engine.ask(question, options);
    process.stdout.write(
      values.json ? `${JSON.stringify(answerJson(answer))}\n` : `${formatAnswer(answer)}\n`,
    );
    return EXIT.ok;
  }

  // No question argument: one question per line on standard input, one JSON object per line out.
  let code: number = EXIT.ok;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim().length === 0) continue;
    const problem = checkQuestion(line);
    if (problem) {
      process.stdout.write(`${JSON.stringify({ question: line.slice(0, 80), error: problem })}\n`);
      code = EXIT.usage;
      continue;
    }
    process.stdout.write(`${JSON.stringify(answerJson(engine.ask(line, options)))}\n`);
  }
  return code;
}

runCommand('ask', USAGE, main);
