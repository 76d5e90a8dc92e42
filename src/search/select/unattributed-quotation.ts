/**
 * A quotation sentence that does not say who speaks: news writing states the speaker once, in
 * one sentence of a quotation (`"The mill matters," Holm told reporters. "We will not be
 * rushed."`), and the next sentences of the same quotation run on without. Quoted alone, such a
 * sentence does not answer "who said they will not be rushed?"; quoted with the sentence of the
 * same quotation that names its speaker, it does (the other way round from "what did Holm say",
 * select/widen.ts `givesSpeakersWords`).
 */
import { SPEECH_VERBS } from '../../timeline/lexicon.js';
import { tokenize } from '../../text/terms.js';

/** Verbs of saying, as news writing attributes words: the lexicon's and the present "says", "tells". */
export const SAYING_VERBS: readonly string[] = [...SPEECH_VERBS, 'says', 'tells'];

/** "who said …", "who told …", "who warned …": a question asking for the speaker. */
const WHO_SPOKE = new RegExp(`\\bwho\\s+(?:${SAYING_VERBS.join('|')})\\b`, 'i');

/** A quoted stretch, straight or curly marks. */
const QUOTED = /["“][^"“”]*["”]/gu;
/** {@link QUOTED} for a test: no `lastIndex` kept between calls, as a global pattern keeps. */
const QUOTATION = new RegExp(QUOTED.source, 'u');

/** True when a question asks who said something ("who said they will not be rushed?"). */
export function asksWhoSpoke(question: string): boolean {
  return WHO_SPOKE.test(question);
}

/** True when a sentence is a quotation and nothing else: no words outside its quotation marks. */
export function isBareQuotation(text: string): boolean {
  const quoted = text.match(QUOTED);
  return quoted !== null && !/\p{L}/u.test(text.replace(QUOTED, ''));
}

/**
 * True when a sentence quotes someone and names them: a quotation and, outside it, a verb of
 * saying (`"The mill matters to the whole valley," Holm told reporters in Hexley.`).
 */
export function namesQuotedSpeaker(text: string): boolean {
  if (!QUOTATION.test(text)) return false;
  return tokenize(text.replace(QUOTED, ' ')).some(({ word }) => SPEECH_VERBS.has(word));
}
