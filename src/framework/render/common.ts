/** Pieces every rendered reply shares: the footer promise, colours, page labels. */
import { MAX_EMBED_FOOTER } from '../limits.js';
import { truncate } from '../text.js';

/** The promise at the foot of every answer. */
export const QUOTES_ONLY_FOOTER =
  'This bot only quotes the articles, verbatim, with their sources. It never writes claims of its own.';

/** Embed colours: answers, abstentions and lists. */
export const COLOR_ANSWER = 0x2b7bb9;
export const COLOR_ABSTAIN = 0xb98a2b;
export const COLOR_LIST = 0x5b6770;

/** Footer text with an optional page indicator in front of the promise. */
export function footer(page?: { index: number; count: number }): { text: string } {
  const prefix = page && page.count > 1 ? `Page ${page.index + 1} of ${page.count} · ` : '';
  return { text: truncate(prefix + QUOTES_ONLY_FOOTER, MAX_EMBED_FOOTER) };
}

/** Length of an embed's text as Discord counts it toward the 6,000-character total. */
export function embedTextLength(embed: {
  title?: string;
  description?: string;
  author?: { name: string };
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
}): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}
