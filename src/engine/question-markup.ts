/**
 * Markup in a question: HTML or XML tags and Discord's mention and emoji syntax. None of it is a
 * word anyone wants found (a `<b>` makes no passage more relevant, an `@everyone` is not about the
 * coverage), so it is removed from the text the engine plans and searches on. The question as
 * echoed back is not touched here: front ends show it escaped and never let it ping.
 */
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import { blocksOf, type DomNode } from '../corpus/html-blocks.js';

/**
 * Discord's message-formatting syntax that names a user, role, channel, command or custom emoji
 * rather than saying anything: user `<@ID>` and its legacy nickname form `<@!ID>`, role `<@&ID>`,
 * channel `<#ID>`, slash command `</NAME:ID>` (the name may hold a subcommand after a space),
 * custom emoji `<:NAME:ID>` and animated `<a:NAME:ID>`, guild navigation `<id:customize>`, and
 * the plain-text mentions `@everyone` and `@here`. Unix timestamps (`<t:…>`) are not in this
 * set: they stand for a date, read as one before markup is removed (question-timestamp.ts);
 * one outside the years read is a tag to the HTML reading below. Source: Discord Developer Docs, Reference, "Message Formatting",
 * https://discord.com/developers/docs/reference#message-formatting
 */
const DISCORD_MARKUP =
  /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|\/[\w -]+:\d+|id:\w+)>|(?<!\w)@(?:everyone|here)(?!\w)/gi;

/**
 * Something an HTML parser would read as a tag, comment or declaration: `<` followed by a letter,
 * `/`, `!` or `?`. Without one the question is left as typed, so "3 < 4" and a bare "&amp;" keep
 * their characters.
 */
const TAG_OPEN = /<[A-Za-z/!?]/;

let parseHTML: typeof ParseHTML | undefined;

/**
 * linkedom's parser, loaded on the first question that holds a tag. Importing it takes about
 * 100 ms, which every process's first answer would pay (`npm run bench`'s "first answer after
 * process start") though almost no question holds markup.
 */
function htmlParser(): typeof ParseHTML {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHTML })
    .parseHTML;
  return parseHTML;
}

/** Text with markup removed, as the HTML standard's parser reads it (linkedom), blocks spaced. */
function htmlText(text: string): string {
  const { document } = htmlParser()(
    `<!doctype html><html><body>${text}</body></html>`,
  ) as unknown as {
    document: { body: DomNode };
  };
  // Scripts, styles and templates are skipped by blocksOf: their content is not text either.
  return blocksOf(document.body)
    .map((block) => block.text.replace(/\n/g, ' '))
    .join(' ');
}

/**
 * The words of a question without markup: Discord mentions and custom emoji
 * ({@link DISCORD_MARKUP}) become spaces, then, when the question holds a tag, it is read as an
 * HTML fragment and only its text kept (tags dropped, `<script>`/`<style>` content dropped, entities
 * such as `&amp;` decoded, block elements and `<br>` spaced apart). Returns `''` when nothing but
 * markup was typed.
 *
 * @example
 * withoutMarkup('<@&1234> @everyone <b>when</b> did the bridge reopen?') // 'when did the bridge reopen?'
 * withoutMarkup('is 3 < 4?') // 'is 3 < 4?'
 */
export function withoutMarkup(question: string): string {
  const spoken = question.replace(DISCORD_MARKUP, ' ');
  const text = TAG_OPEN.test(spoken) ? htmlText(spoken) : spoken;
  return text.replace(/[ \t]{2,}/g, ' ').trim();
}
