/**
 * The date mentions of a question, as the timeline reads a sentence's (timeline/detect.ts). An
 * ask reads them up to three times (the day or month it names, then a date counted from the time
 * of asking: date-question.ts; the day or month again in the fallback: about-fallback.ts), and
 * reading runs every date rule over the question, so they are read once per question here.
 */
import { detectMentions } from '../timeline/detect.js';
import type { Mention } from '../timeline/mention.js';

/** The question read last and its mentions: an ask's readings all follow one another. */
let last: { question: string; mentions: readonly Mention[] } | undefined;

/** {@link detectMentions} of `question`, read once while it is the question being answered. */
export function questionMentions(question: string): readonly Mention[] {
  if (last?.question !== question) last = { question, mentions: detectMentions(question) };
  return last.mentions;
}
