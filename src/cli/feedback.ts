/**
 * `npm run feedback`: exports the feedback log as evaluation cases (JSON on standard output).
 *
 *   npm run -s feedback -- [--file data/feedback.jsonl] [--corpus DIR] [--out FILE]
 *
 * The log holds only questions and passage offsets; the passages' text is read from the corpus.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../engine/index.js';
import { feedbackCases } from '../feedback/export.js';
import { DEFAULT_FEEDBACK_FILE, readFeedback } from '../feedback/log.js';
import { EXIT, cliLogger, parseCommandLine, runCommand } from './common.js';

const USAGE =
  'usage: npm run -s feedback -- [--file data/feedback.jsonl] [--corpus DIR] [--out FILE]';

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    file: { type: 'string' },
    corpus: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const file = values.file ?? process.env.FEEDBACK_FILE ?? DEFAULT_FEEDBACK_FILE;
  const { records, skipped } = readFeedback(file);
  if (skipped.length > 0)
    process.stderr.write(
      `feedback: skipped ${skipped.length} unreadable line(s) of ${file}: ${skipped.slice(0, 10).join(', ')}\n`,
    );
  const corpus = await loadCorpus(values.corpus ?? DEFAULT_CORPUS_DIR, { logger: cliLogger() });
  const texts = new Map(corpus.articles.map((a) => [a.meta.id, a.text]));
  const exported = feedbackCases(records, (source, start, end) => {
    const text = texts.get(source);
    return text !== undefined && end <= text.length && start < end ? text.slice(start, end) : null;
  });
  const json = `${JSON.stringify(exported, null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, json);
    process.stderr.write(
      `feedback: ${exported.questions.length} case(s) written to ${values.out}\n`,
    );
  } else process.stdout.write(json);
  return EXIT.ok;
}

runCommand('feedback', USAGE, main);
