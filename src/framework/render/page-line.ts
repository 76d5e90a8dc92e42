/**
 * How replies show what the page says about an article: a page line quoted as a passage
 * (a photo caption, a credit, the byline, the dateline) is labelled as such above its title,
 * so it is never read as the article's reporting; and "not stated" when the article the
 * question names states no byline or dateline.
 */
import { notStatedPhrase, pageLabelText } from '../../engine/page-answer.js';
import type { AnswerPassage, NotStated } from '../../engine/types.js';
import { MAX_EMBED_AUTHOR, MAX_EMBED_DESCRIPTION } from '../limits.js';
import type { Embed } from '../payload.js';
import { escapeMarkdown, fitEscaped, truncate } from '../text.js';
import { COLOR_ABSTAIN } from './common.js';
import { titleText } from './source.js';

/** Longest article title in a "not stated" line. */
const MAX_NOTE_TITLE = 150;

/** Labels an embed showing a page line ("From the page: photo caption"); others are left as they are. */
export function labelPageLine(embed: Embed, passage: AnswerPassage): void {
  const label = pageLabelText(passage);
  if (label === null) return;
  const prefix = embed.author ? `${embed.author.name} · ` : '';
  embed.author = { name: truncate(`${prefix}${label}`, MAX_EMBED_AUTHOR) };
}

/**
 * The title over "not stated" lines, true of every line: "Not stated in the article(s)" only
 * when no metadata gives the value either; where some metadata does, the page shows no byline
 * or dateline line, which is all that is missing.
 */
export function notStatedTitle(notes: readonly NotStated[]): string {
  if (notes.every((note) => note.metadata === null))
    return new Set(notes.map((note) => note.source.id)).size > 1
      ? 'Not stated in the articles'
      : 'Not stated in the article';
  if (notes.every((note) => note.asks === 'author')) return 'No byline found';
  if (notes.every((note) => note.asks === 'date')) return 'No dateline found';
  return 'No byline or dateline found';
}

/** The embed saying which named articles state no author or publication date. */
export function notStatedEmbed(notes: readonly NotStated[]): Embed {
  const lines = notes.map(
    (note) =>
      `“${fitEscaped(titleText(note.source), MAX_NOTE_TITLE)}” ${escapeMarkdown(notStatedPhrase(note))}`,
  );
  return {
    title: notStatedTitle(notes),
    description: truncate(lines.join('\n'), MAX_EMBED_DESCRIPTION),
    color: COLOR_ABSTAIN,
  };
}
