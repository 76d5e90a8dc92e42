/**
 * The feedback log: people's verdicts on shown passages ("doesn't answer", "wrong source"),
 * appended one JSON object a line to a file and flushed to disk (fsync) before the press is
 * acknowledged, so a crash or restart loses nothing acknowledged. Each line holds only the
 * question, the verdict and where the passage is (article id and offsets): no user ids, no
 * message text. A line cut short by a crash mid-write is skipped when reading, and the next
 * write starts on a fresh line.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One verdict on one shown passage. */
export interface FeedbackEntry {
  /** The question as asked (for "Find in coverage", the text taken from the message). */
  question: string;
  verdict: 'does-not-answer' | 'wrong-source';
  /**
   * The article id and the passage's offsets in its cleaned text; for a page line quoted as a
   * passage (a caption, a byline), `page` is the line's position among the article's page lines
   * and the offsets are in that line.
   */
  passage: { source: string; start: number; end: number; page?: number };
  /** The passage's rank in the answer (0 is first), and whether the answer was an abstention. */
  rank: number;
  answered: boolean;
}

/** A stored entry: the verdict and when it was given (ISO 8601, UTC). */
export interface FeedbackRecord extends FeedbackEntry {
  at: string;
}

/** The default file, relative to the working directory (`FEEDBACK_FILE` overrides it). */
export const DEFAULT_FEEDBACK_FILE = 'data/feedback.jsonl';
/** The log stops growing at this size (64 MiB) and says so in the log, rather than fill the disk. */
export const MAX_FEEDBACK_BYTES = 64 * 1024 * 1024;
/** Longest question kept (longer ones cannot be asked; this bounds a forged entry too). */
const MAX_QUESTION_KEPT = 1_000;

const recordSchema = z.object({
  at: z.string(),
  question: z.string().max(MAX_QUESTION_KEPT),
  verdict: z.enum(['does-not-answer', 'wrong-source']),
  passage: z.object({
    source: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z.number().int().nonnegative().optional(),
  }),
  rank: z.number().int().nonnegative(),
  answered: z.boolean(),
});

/** An append-only, fsynced JSON-lines file of feedback. */
export class FeedbackLog {
  private fd: number | null = null;
  private size = 0;
  private needsNewline = false;

  /** @param file where the log lives; its folder is created when missing. */
  constructor(readonly file: string = DEFAULT_FEEDBACK_FILE) {}

  private open(): number {
    if (this.fd !== null) return this.fd;
    const dir = path.dirname(this.file);
    const created = !existsSync(this.file);
    mkdirSync(dir, { recursive: true });
    const fd = openSync(this.file, 'a+');
    this.size = fstatSync(fd).size;
    if (this.size > 0) {
      // A torn last line (crash mid-write) must not swallow the next entry.
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, this.size - 1);
      this.needsNewline = last[0] !== 0x0a;
    }
    if (created) {
      // Make the new file's name durable too.
      const dirFd = openSync(dir, 'r');
      try {
        fsyncSync(dirFd);
      } finally {
        closeSync(dirFd);
      }
    }
    this.fd = fd;
    return fd;
  }

  /**
   * Appends one entry and flushes it to disk before returning.
   *
   * @throws when the file cannot be written, or has reached {@link MAX_FEEDBACK_BYTES}.
   */
  record(entry: FeedbackEntry): void {
    const fd = this.open();
    const record: FeedbackRecord = {
      at: new Date().toISOString(),
      question: entry.question.slice(0, MAX_QUESTION_KEPT),
      verdict: entry.verdict,
      passage: {
        source: entry.passage.source,
        start: entry.passage.start,
        end: entry.passage.end,
        ...(entry.passage.page === undefined ? {} : { page: entry.passage.page }),
      },
      rank: entry.rank,
      answered: entry.answered,
    };
    const line = `${this.needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
    const bytes = Buffer.from(line, 'utf8');
    if (this.size + bytes.length > MAX_FEEDBACK_BYTES)
      throw new Error(
        `feedback: ${this.file} has reached ${MAX_FEEDBACK_BYTES} bytes; export and archive it`,
      );
    writeSync(fd, bytes);
    fsyncSync(fd);
    this.size += bytes.length;
    this.needsNewline = false;
  }

  /** Closes the file. Safe to call twice; a later {@link record} opens it again. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}

/** What {@link readFeedback} found: the entries, and the lines it could not read (by number). */
export interface FeedbackRead {
  records: FeedbackRecord[];
  skipped: number[];
}

/** Reads a feedback log; a missing file is an empty log. Unreadable lines are skipped and listed. */
export function readFeedback(file: string): FeedbackRead {
  if (!existsSync(file)) return { records: [], skipped: [] };
  const records: FeedbackRecord[] = [];
  const skipped: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const parsed = recordSchema.safeParse(JSON.parse(line));
        if (parsed.success) records.push(parsed.data);
        else skipped.push(i + 1);
      } catch {
        skipped.push(i + 1);
      }
    });
  return { records, skipped };
}
