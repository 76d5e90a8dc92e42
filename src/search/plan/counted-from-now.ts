/**
 * Words that place a question in time counted from the moment of asking: "tomorrow",
 * "yesterday", "last week", "two days ago", "this year". They are deictic time adjuncts (Quirk
 * et al. 1985, §8.55 ff.): they locate what is asked relative to now, and say nothing of what it
 * is about. An article's own "tomorrow" counts from its publication, not from the question, so
 * a passage sharing the word shares no topic and no day with it ("The bridge will close
 * tomorrow" for "what will the weather be like tomorrow?"). The timeline reads such a date as
 * counted from the publication (timeline/detect.ts, the anchor of a relative mention), and the
 * engine answers a question asking what happened then by the timeline (engine/date-question.ts).
 */
import { detectMentions } from '../../timeline/detect.js';
import type { Mention } from '../../timeline/mention.js';
import type { Token } from '../../text/terms.js';

/** The text read last and its mentions: a question's plan and its date answer follow each other. */
let last: { text: string; mentions: readonly Mention[] } | undefined;

/**
 * `detectMentions(text)` (timeline/detect.ts), kept for the last text read. An ask reads its
 * question's mentions here for the plan and again for its date answer (engine/question-mentions.ts),
 * and running every date rule over the question twice was some 4% of an ask's CPU (profile of
 * the slowest bundled question, session 54). A single slot, so it holds one text at most.
 */
export function textMentions(text: string): readonly Mention[] {
  if (last?.text !== text) last = { text, mentions: detectMentions(text) };
  return last.mentions;
}

/**
 * The tokens of `text` (`all`, its tokens) inside a date counted from the moment of asking: the
 * timeline's relative mentions anchored at the publication, read in a question as anchored at
 * now. Weekdays ("on Monday") and calendar dates name a day, not a distance from now, and are
 * left out.
 *
 * @example countedFromNow('What will the weather be like tomorrow?', all) // {tomorrow}
 */
export function countedFromNow(text: string, all: readonly Token[]): Set<Token> {
  const spans = textMentions(text).filter(
    (mention) => mention.kind === 'relative' && mention.anchor === 'publication',
  );
  return new Set(
    all.filter((token) => spans.some((span) => token.start >= span.start && token.end <= span.end)),
  );
}
