/**
 * The speaker of a question about what someone said: "what did the state department say
 * about the deal" asks for the state department's words, so a passage that does not name it
 * (nor comes from its own article) reports someone else's.
 */
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';

/**
 * "What/how/why/when did <speaker> <verb of saying or deciding>": the verbs by which a source
 * states something the question asks to hear from it.
 */
const SPEAKER_QUESTION =
  /\b(?:what|how|why|when) (?:did|does|do|has|have|had|would|will) (.+?) (?:say|think|claim|report|announce|respond|react|tell|write|call|argue|propose|recommend|conclude|promise|warn|predict|decide)\b/i;

/**
 * The stems of the speaker a question asks about ("What did the US state department say
 * about the deal?" → us, state, depart), empty when it asks no one's words. Pronouns and
 * other stop words are left out: "what did he say" names no one.
 */
export function speakerStems(question: string): Set<string> {
  const words = SPEAKER_QUESTION.exec(question)?.[1];
  const speaker = new Set<string>();
  if (words === undefined) return speaker;
  for (const token of tokenize(words))
    if (!isStopWord(token) && !QUESTION_WORDS.has(token.word)) speaker.add(stem(token.word));
  return speaker;
}
