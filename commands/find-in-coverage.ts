/**
 * "Find in coverage": right-click any message → Apps → the passages of the coverage that bear
 * on it, hidden (only the person who asked sees them, with a button to share), rendered as
 * /ask renders. The message arrives in the interaction's resolved data, so the bot needs no
 * privileged intent; only its first {@link MAX_QUESTION_LENGTH} characters are used.
 */
import { characterCount, MAX_QUESTION_LENGTH } from '../src/engine/question.js';
import { pressAnswer, startAnswer } from '../src/framework/answer-flow.js';
import { defineMessageCommand } from '../src/framework/command.js';
import { hiddenNotice } from '../src/framework/payload.js';
import { CUT_MARKER, wordCutLength } from '../src/framework/text.js';
import { DEFAULT_RESULTS, MAX_RESULTS } from '../src/engine/index.js';

/** What is said when the message has no text (only an image, an embed or a sticker). */
export const NO_TEXT =
  'That message has no text to look up. Right-click a message with words in it.';

const KEY = 'find-in-coverage';

/**
 * The text taken from a message: mentions, custom emoji and links removed (they are not words
 * of the coverage), spaces collapsed, and at most {@link MAX_QUESTION_LENGTH} characters, cut
 * on a word boundary. Characters are counted as /ask's limit counts them ({@link characterCount}:
 * code points), so a message of emoji is cut where a typed question would be refused.
 */
export function messageQuery(content: string): string {
  const text = content
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (characterCount(text) <= MAX_QUESTION_LENGTH) return text;
  // The budget in UTF-16 units: the units of the first code points that fit beside the marker.
  const budget = [...text]
    .slice(0, MAX_QUESTION_LENGTH - characterCount(CUT_MARKER))
    .join('').length;
  return text.slice(0, wordCutLength(text, budget)) + CUT_MARKER;
}

export default defineMessageCommand({
  name: 'Find in coverage',
  run(ctx, message) {
    const query = messageQuery(message.content);
    if (!query) return hiddenNotice(NO_TEXT);
    const answer = ctx.engine.ask(query, { limit: MAX_RESULTS });
    return startAnswer(KEY, ctx, {
      answer,
      perPage: DEFAULT_RESULTS,
      owner: ctx.userId,
      ephemeral: true,
      questionLabel: 'Looked up',
      marks: {},
    });
  },
  press: (ctx, id) => pressAnswer(KEY, ctx, id),
});
