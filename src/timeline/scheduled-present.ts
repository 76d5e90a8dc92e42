/**
 * A scheduled event told in the present simple: "the festival runs from June 3", "the exhibition
 * opens on Friday", "tickets go on sale May 1", "the cuts take effect on the 24th", "the ban comes
 * into force on 1 January", "the plan goes to a vote on 14 March". In news such a timetable
 * states what lies ahead.
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { OCCASION_NOUNS } from './occasion.js';
import { AUXILIARIES, NEGATIVE_MODALS } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';

/**
 * Verbs that announce a scheduled event in the present simple: "the festival runs from June 3",
 * "the exhibition opens on Friday", "tickets go on sale May 1". In news, a present-simple
 * timetable with a date states what lies ahead, as "is to" and "is scheduled for" do (Quirk et
 * al. 1985, §4.21, the present simple of a scheduled future). So do the verbs of a state's end
 * ("the lease expires at the end of March", "the permit lapses in May", "the season finishes on
 * 3 May"): a state told in the present holds at the time of writing, its reference time
 * (Reichenbach 1947, §51), so its end lies at or after it, whatever year an earlier sentence named.
 */
const SCHEDULED_VERB =
  /^(?:opens|reopens|starts|begins|resumes|runs|ends|closes|launches|premieres|debuts|kicks|expires|lapses|finishes|concludes|open|reopen|start|begin|resume|run|end|close|launch|premiere|debut|kick|expire|lapse|finish|conclude)$/iu;

/**
 * Words before a bare verb that make it no present simple: "to open", "did not start", "will
 * run" (the auxiliaries, a closed class: text/auxiliaries.ts), and the copulas that make it an
 * adjective ("is open", "remains closed").
 */
const NOT_PRESENT_SIMPLE = wordIn([
  ...AUXILIARIES,
  ...NEGATIVE_MODALS,
  ...["didn't", "doesn't", "don't"],
  ...['remain', 'remains', 'stay', 'stays', 'as', 'us', 'thus', 'to', 'not', 'never'],
  ...[...ARTICLES, ...POSSESSIVE_DETERMINERS, 'this', 'that'],
  ...['first', 'last', 'next', 'each', 'every'],
]);

/** "into force", "into effect" after a verb of coming or entering. */
const FORCE_OR_EFFECT = /^into (?:force|effect)$/iu;

/** The two words after index `i` of `words`, lower case, joined by a space. */
const wordsAfter = (words: readonly string[], i: number): string =>
  `${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`.toLowerCase();

/** True when "to", a determiner or none, and an occasion noun (occasion.ts) follow index `i`. */
function goesToOccasion(words: readonly string[], i: number): boolean {
  if (!/^to$/iu.test(words[i + 1] ?? '')) return false;
  const at = /^(?:a|an|the)$/iu.test(words[i + 2] ?? '') ? i + 3 : i + 2;
  return OCCASION_NOUNS.has((words[at] ?? '').toLowerCase());
}

/**
 * True when the word at `i` is a scheduling verb in the present simple ("goes on sale", "takes
 * effect").
 */
export function scheduledPresent(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const previous = (words[i - 1] ?? '').replace(/[’]/gu, "'");
  if (i === 0 || NOT_PRESENT_SIMPLE.test(previous) || /'ll$/iu.test(previous)) return false;
  // "comes into force", "goes into effect", "enters into force": idioms of "takes effect", the
  // day a rule or treaty starts to hold, which a present simple puts ahead as it does "takes
  // effect" (a base form only after a plural subject, as below).
  if (/^(?:comes?|goes|go|enters?)$/iu.test(word) && FORCE_OR_EFFECT.test(wordsAfter(words, i)))
    return /s$/iu.test(word) || /s$/iu.test(previous);
  // "goes to a vote", "goes to trial": the occasion a matter is sent to, on its day.
  if (/^(?:go|goes)$/iu.test(word) && goesToOccasion(words, i))
    return /s$/iu.test(word) || /s$/iu.test(previous);
  if (/^(?:go|goes)$/iu.test(word))
    return /^on$/iu.test(words[i + 1] ?? '') && /^sale$/iu.test(words[i + 2] ?? '');
  if (/^(?:take|takes)$/iu.test(word)) return /^effect$/iu.test(words[i + 1] ?? '');
  if (!SCHEDULED_VERB.test(word)) return false;
  // "kicks off": only with its particle; a base form only after a plural subject ("tickets").
  if (/^kicks?$/iu.test(word) && !/^off$/iu.test(words[i + 1] ?? '')) return false;
  return /s$/iu.test(word) || /s$/iu.test(previous);
}
