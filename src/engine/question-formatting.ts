/**
 * Discord's text formatting in a question (its Markdown: masked links, code, bold, spoilers …).
 * Its marks are no words; what they hold mostly is, so a question reads as its text: a masked
 * link `[the ferry story](https://…)` as "the ferry story", a bare web address as nothing (an
 * address is where something is, not something asked about, like a mention), a code block as
 * nothing when words stand outside it (pasted code is not the question; a question typed wholly
 * in one is kept). Bold, italics, underline, strike-through and spoiler bars need no reading:
 * the tokenizer drops their punctuation already.
 *
 * Read by Discord's own rules, not CommonMark's: Discord closes a code block at the next three
 * backticks even within a line ("```js\nexit()``` when …"), where a CommonMark parser such as
 * marked reads the rest of the message as code. Source: Discord Support, "Markdown Text 101"
 * (https://support.discord.com/hc/en-us/articles/210298617): "```" blocks with an optional
 * language on the first line, "`" inline code, `[text](url)` masked links.
 */
import { holdsWordCharacter } from '../text/terms.js';

/** A code block: three backticks, an optional language name ending its line, up to the next three. */
const CODE_BLOCK = /```(?:[\w+#.-]*\n)?([^]*?)```/g;

/** Inline code (one or two backticks around text): its text is shown, so it is kept. */
const INLINE_CODE = /(`{1,2})([^`]+?)\1/g;

/** A masked link, `[text](<address>)` or `[text](address "title")`: its text is what is shown. */
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?[^()\s>]*>?(?:\s+"[^"]*")?\s*\)/g;

/** A bare web address, which Discord links as it is: `https://…`, `<https://…>` or `www.…`. */
const WEB_ADDRESS = /<?\b(?:https?:\/\/|www\.)[^\s<>]*>?/gi;

/**
 * A mark whose reading can change the words: a backtick, a masked link's `](`, or a web address.
 * Without one the question is left as typed.
 */
const FORMATTING_MARK = /`|\]\(|https?:\/\/|www\./i;

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The words of a question without Discord's formatting: masked links read as their text, web
 * addresses dropped, inline code kept as its text, code blocks dropped when other words remain
 * (else their text kept). A question with no backtick, masked link or address is returned as
 * typed. `''` when only addresses were typed.
 *
 * @example
 * withoutFormatting('[this](https://x.example/a) **when** did the ferry sail?') // 'this **when** did the ferry sail?'
 * withoutFormatting('```js\nprocess.exit(1)``` when did the ferry sail?') // 'when did the ferry sail?'
 * withoutFormatting('```when did the ferry sail?```') // 'when did the ferry sail?'
 */
export function withoutFormatting(question: string): string {
  if (!FORMATTING_MARK.test(question)) return question;
  const code: string[] = [];
  const words = squeezed(
    question
      .replace(CODE_BLOCK, (_block, text: string) => {
        code.push(text);
        return ' ';
      })
      .replace(MASKED_LINK, (_link, text: string) => ` ${text} `)
      .replace(WEB_ADDRESS, ' ')
      .replace(INLINE_CODE, (_span, _ticks, text: string) => text),
  );
  if (holdsWordCharacter(words) || code.length === 0) return words;
  return squeezed(code.join(' ').replace(WEB_ADDRESS, ' '));
}
