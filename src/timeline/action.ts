/**
 * The action a date is said of: the verb that governs it in its clause ("issued the notice
 * yesterday afternoon": issue; "In March, the council agreed": agree), with a verb it is
 * chained to by "to" ("agreed to close": agree, close). Two quotes of different precision
 * report one event only when they share it (see merge.ts): a month ("switched off … in
 * February and March") is no second source of a day of that month ("issued the notice
 * yesterday") merely because the same works and place are named.
 *
 * As for the tense (tense.ts), a date is an adjunct of the verb phrase it follows, so the
 * governing verb is the nearest verb before it in its clause; a date that opens its clause
 * takes the first verb after it.
 */
import { stem } from '../text/terms.js';
import { clauseBounds } from './clause.js';
import { taggedWords, type TaggedWord } from './wink.js';

const isVerb = (w: TaggedWord | undefined): boolean => w?.tag === 'VERB';
const isTo = (w: TaggedWord | undefined): boolean => w?.value.toLowerCase() === 'to';

/**
 * Stems of the action governing the date at `start`–`end` of `sentence`, or an empty set when
 * its clause holds no verb (a copula alone: "The deadline was in March").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function actionOf(sentence: string, start: number, end: number): Set<string> {
  const { from, to } = clauseBounds(sentence, start, end);
  const words = taggedWords(sentence).filter((w) => w.start >= from && w.end <= to);
  const before = words.findLastIndex((w) => w.end <= start && isVerb(w));
  const at = before >= 0 ? before : words.findIndex((w) => w.start >= end && isVerb(w));
  if (at < 0) return new Set();
  const action = new Set([stem((words[at] as TaggedWord).value.toLowerCase())]);
  // "agreed to close", "voted to close": the verbs a "to" chains are one action.
  for (let i = at; isTo(words[i + 1]) && isVerb(words[i + 2]); i += 2)
    action.add(stem((words[i + 2] as TaggedWord).value.toLowerCase()));
  for (let i = at; isTo(words[i - 1]) && isVerb(words[i - 2]); i -= 2)
    action.add(stem((words[i - 2] as TaggedWord).value.toLowerCase()));
  return action;
}

/** Stems of every word of a text, for finding an action told by a noun ("the evacuation"). */
export function wordStems(text: string): Set<string> {
  return new Set(
    [...text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)].map((m) =>
      stem(m[0].replace(/['’]s$/u, '')),
    ),
  );
}
