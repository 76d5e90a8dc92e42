/**
 * The fixed split of every question set into a development part (look at it, tune on it) and
 * a test part (run once per change; nobody reads its individual misses).
 */
import { createHash } from 'node:crypto';

export type Split = 'dev' | 'test';

/** Share of questions that go to the development part. */
export const DEV_SHARE = 0.6;

/** Mixed into the hash so the split is this project's own and can be versioned. */
const SPLIT_SALT = 'coverage-bot eval split v1\0';

/**
 * The part a question belongs to. The rule looks only at the question's text as written (trimmed):
 * the first 32 bits of SHA-256(salt + text), read as a fraction of 2^32, below {@link DEV_SHARE}
 * go to development. So the split is deterministic, independent of how hard the question is or
 * of its answer, stable when questions are added or removed, and about 60 / 40 on any set.
 * Changing the salt or the share reshuffles every set: don't, or the test parts stop being
 * unseen.
 */
export function splitOf(question: string): Split {
  const digest = createHash('sha256').update(SPLIT_SALT).update(question.trim()).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < DEV_SHARE ? 'dev' : 'test';
}
