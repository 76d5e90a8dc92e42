/**
 * `npm run feedback`: exports the feedback log as evaluation cases (JSON on standard output).
 *
 *   npm run -s feedback -- [--file data/feedback.jsonl] [--corpus DIR] [--out FILE] [--verbose]
 *
 * The log holds only questions and passage offsets; the passages' text is read from the corpus.
 * The log file is `--file`, else FEEDBACK_FILE (environment over `.env`), else the default.
 * A `--file` that does not exist is an error (exit 1); a configured or default file that does
 * not exist yet means no marks so far (an empty set, said on standard error). `--out` is
 * written atomically; one that cannot be written is an error (exit 1).
 */
import { existsSync } from 'node:fs';
import { loadCorpus } from '../corpus/load.js';
import { writeFileAtomic } from '../engine/atomic-file.js';
import { feedbackCases } from '../feedback/export.js';
import { DEFAULT_FEEDBACK_FILE, readFeedback } from '../feedback/log.js';
import {
  COMMON_FLAGS,
  CliFailure,
  EXIT,
  UsageError,
  cliSettings,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';
import { optionProblem } from './argument-problem.js';
import { counted } from '../text/plural.js';

const USAGE =
  'usage: npm run -s feedback -- [--file data/feedback.jsonl] [--corpus DIR] [--out FILE] [--verbose]';

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, {
    ...COMMON_FLAGS,
    file: { type: 'string' },
    out: { type: 'string' },
  });
  // An empty name would read as no file at all: say so rather than print to standard output.
  for (const flag of ['file', 'out'] as const)
    if (values[flag]?.trim() === '')
      throw new UsageError(optionProblem(`--${flag}`, 'needs a file name'));
  const { environment, corpus, logger } = cliSettings('feedback', io, values);
  const file = values.file ?? environment.vars.FEEDBACK_FILE ?? DEFAULT_FEEDBACK_FILE;
  // A file named on the command line must exist; the configured one may not yet (no marks so far).
  if (!existsSync(file)) {
    if (values.file !== undefined) throw new CliFailure(`no feedback file at ${file}`);
    io.stderr.write(`feedback: no feedback file at ${file} yet: no marks recorded\n`);
  }
  const { records, skipped } = readFeedback(file);
  if (skipped.length > 0)
    io.stderr.write(
      `feedback: skipped ${counted(skipped.length, 'unreadable line')} of ${file}: ${skipped.slice(0, 10).join(', ')}\n`,
    );
  const loaded = await loadCorpus(corpus.dir, { logger });
  const texts = new Map(loaded.articles.map((a) => [a.meta.id, a.text]));
  const pages = new Map(loaded.articles.map((a) => [a.meta.id, a.page ?? []]));
  const exported = feedbackCases(records, (source, start, end, page) => {
    const text = page === undefined ? texts.get(source) : pages.get(source)?.[page]?.text;
    return text !== undefined && end <= text.length && start < end ? text.slice(start, end) : null;
  });
  const json = `${JSON.stringify(exported, null, 2)}\n`;
  if (values.out) {
    // Atomic, so a failed write leaves no half-written file and an earlier export whole.
    try {
      await writeFileAtomic(values.out, json);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliFailure(
        `cannot write ${values.out}: ${code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}`,
      );
    }
    io.stderr.write(
      `feedback: ${counted(exported.questions.length, 'case')} written to ${values.out}\n`,
    );
  } else io.stdout.write(json);
  return EXIT.ok;
}

/** `feedback`: see the file header. */
export const feedbackCommand: CliCommand = { name: 'feedback', usage: USAGE, main };
