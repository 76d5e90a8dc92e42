/** Pieces every rendered reply shares: the footer promise, colours, page labels. */
import { MAX_EMBED_FOOTER } from '../limits.js';
import { truncate } from '../text.js';

/**
 * The promise at the foot of every answer. The bot's own notes ("No passage clearly answers
 * this", "Sources differ", "Also reported by") are claims about the articles, so the promise
 * is that it claims nothing about the events, not that it writes nothing of its own.
 */
export const QUOTES_ONLY_FOOTER =
  'This bot only quotes the articles, verbatim, with their sources. Its own words say only what the articles hold, never what happened.';

/** Embed colours: answers, abstentions and lists. */
export const COLOR_ANSWER = 0x2b7bb9;
export const COLOR_ABSTAIN = 0xb98a2b;
export const COLOR_LIST = 0x5b6770;
/** "Sources differ": a colour of its own, neither answer blue nor abstention amber. */
export const COLOR_DIFFER = 0x8e5bb9;

/** Footer text with an optional page indicator in front of the promise. */
export function footer(page?: { index: number; count: number }): { text: string } {
  const prefix = page && page.count > 1 ? `Page ${page.index + 1} of ${page.count} · ` : '';
  return { text: truncate(prefix + QUOTES_ONLY_FOOTER, MAX_EMBED_FOOTER) };
}

/**
 * Length of an embed's text as Discord counts it toward the 6,000-character total: discord.js's
 * own `embedLength`, under the name the renderers use.
 */
export { embedLength as embedTextLength } from 'discord.js';
