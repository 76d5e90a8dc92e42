/**
 * "How ADJ/ADV" asks for a degree: "how badly damaged is it", "how close do most Americans live
 * to a site", "how low were welfare rolls". English asks the extent of a quality by "how" before
 * the adjective or adverb naming it (the degree question of English grammars, as in Quirk et
 * al., A Comprehensive Grammar of the English Language), and a report answers it with a
 * measure: a count, a part of a whole, an extent ("had lost two of its six enamel panels", "90
 * percent of Americans live within five miles"). A passage repeating the question's word
 * without a measure ("the casket had been damaged") says that it is so, not how much. The
 * adjectives that name a dimension of their own ("how many", "how deep", "how old", "how long")
 * are answer-type.ts's rules; this is the rest of the class, read by its place after "how"
 * rather than listed.
 */
import { isUsuallyNoun } from '../../text/nouns.js';
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, tokenize } from '../../text/terms.js';

/** The wh-words of English questions (a closed class). */
const WH_WORD = /^(?:what|which|who|whom|whose|when|where|why|how)$/;

/**
 * True when `question` asks "how" of a degree: its first wh-word is "how", and the word after it
 * is neither a function word ("how did", "how the council"), a word framing the question ("how
 * exactly did it start", stop-words.ts QUESTION_WORDS), nor a word whose usual reading is a
 * noun ("how residents reacted": "how" there asks the manner of a clause; text/nouns.ts). A
 * later "how" opens a clause of its own ("what did she say about how quick …" asks for her
 * words), as answer-type.ts reads every wh-phrase after the first.
 *
 * @example asksDegree('how badly damaged is it') // true
 * @example asksDegree('how did residents react') // false
 */
export function asksDegree(question: string): boolean {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => WH_WORD.test(token.word));
  if (at < 0 || tokens[at]!.word !== 'how') return false;
  const next = tokens[at + 1];
  if (next === undefined || isStopWord(next) || QUESTION_WORDS.has(next.word)) return false;
  if (/\d/.test(next.word)) return false;
  return !isUsuallyNoun(next.word);
}
