/**
 * Regular expressions built from a word met while answering (a name, a question's word), kept
 * so that each is compiled once per process rather than once per call. `new RegExp` inside a
 * per-question function finds an earlier compilation only while V8's regular-expression cache
 * still holds it, and that cache is emptied by full garbage collections: the first-sight loop
 * (bench/first-sight.ts) compiled such patterns again and again (session 72, speed160). A kept
 * expression keeps its compiled code with it.
 */
import { keptIn } from './bounded-memo.js';

/** Distinct expressions kept at most: more than the names and words of a long answering run. */
const KEPT_PATTERNS = 10_000;

const patterns = new Map<string, RegExp>();

/** Between source and flags in a key: flags hold no U+0000, so the key's last one parts them. */
const SEPARATOR = '\u0000';

const compiled = (key: string): RegExp => {
  const at = key.lastIndexOf(SEPARATOR);
  return new RegExp(key.slice(0, at), key.slice(at + 1));
};

/**
 * `new RegExp(source, flags)`, one object per (`source`, `flags`) for the process (bounded:
 * {@link KEPT_PATTERNS}), returned with `lastIndex` 0 as a new one has: the object is shared, so
 * what one caller's `g` or `y` search left there must not move the next caller's start.
 *
 * @throws SyntaxError when `source` or `flags` is not a valid regular expression.
 */
export function keptPattern(source: string, flags = ''): RegExp {
  const pattern = keptIn(patterns, source + SEPARATOR + flags, KEPT_PATTERNS, compiled);
  pattern.lastIndex = 0;
  return pattern;
}
