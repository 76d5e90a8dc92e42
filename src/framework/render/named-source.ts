/**
 * How every front end says that the sources a question names do not answer it
 * ({@link NotFromNamed}, src/engine/named-source.ts): that no passage of them clearly answers
 * (what the abstention stage knows, not proof that none does), which articles those are, and
 * that the passages shown are from other articles, each said once. Plain text: the reply renderer (answer.ts) makes
 * it an embed, and the command line prints it without loading discord.js. The passages shown
 * are said to be from other articles, not other sources: an article whose outlet is unknown may
 * be the named outlet's.
 */
import type { NotFromNamed } from '../../engine/types.js';
import { titleText } from './source.js';

/** Most named articles listed by title; the rest are counted. */
export const MAX_NAMED_LISTED = 3;
/** Longest title or outlet in the note. */
const MAX_NAME = 120;

const cut = (text: string) => (text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`);

/** The named sources as a reply calls them: the outlet, the one article's title, or a count. */
function namedWho(note: NotFromNamed): string {
  if (note.outlet !== null) return cut(note.outlet);
  const [only] = note.sources;
  if (note.sources.length === 1 && only) return `“${cut(titleText(only))}”`;
  return `the ${note.sources.length} articles it names`;
}

/**
 * "“Title” (Outlet)" for at most {@link MAX_NAMED_LISTED} of them, then "and N more"; the outlet
 * left out when `outlet` says it once for all.
 */
function namedList(note: NotFromNamed, withOutlet: boolean): string {
  const listed = note.sources
    .slice(0, MAX_NAMED_LISTED)
    .map((s) => `“${cut(titleText(s))}”${withOutlet && s.outlet ? ` (${cut(s.outlet)})` : ''}`);
  const more = note.sources.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}

/** What a reply shows beside the note: an answer, the closest passages, or no passage. */
export type ShownBeside = 'answer' | 'closest' | 'none';

/**
 * The note as plain text, `title` (one line) and `text` (its explanation), for a reply that
 * shows `shown` beside it: it says the passages shown are from other articles only when there
 * are some. The title says that no passage of the named sources clearly answers, except beside
 * the closest passages, whose refusal (refusal.ts) says so of every source already; the text
 * only what the title does not (front ends show the two together, the command line on one
 * line): which articles were searched. The question named an outlet when `note.outlet` is set (they
 * are all its articles); otherwise the articles are the search's reading of the words naming
 * them ("according to Bay Post" with "fire" reads as Bay Post's article on the fire), which
 * the text says is a reading, not words the question wrote.
 *
 * @example
 * notFromNamedNote({ sources: [radio], outlet: 'Gull Radio' }, 'answer').title
 * // 'No passage of Gull Radio clearly answers this'
 */
export function notFromNamedNote(
  note: NotFromNamed,
  shown: ShownBeside,
): { title: string; text: string } {
  const count = note.sources.length;
  const searched =
    note.outlet === null
      ? `The question is read as naming ${namedList(note, true)}.`
      : `The question names ${cut(note.outlet)}: ${count === 1 ? 'its article' : `its ${count} articles`} ${namedList(note, false)} ${count === 1 ? 'was' : 'were'} searched.`;
  // Beside the closest passages the reply's own refusal already says that no passage clearly
  // answers: the note adds only whose passages they are not.
  if (shown === 'closest')
    return { title: 'The closest passages below are from other articles', text: searched };
  return {
    title: `No passage of ${namedWho(note)} clearly answers this`,
    text: shown === 'none' ? searched : `${searched} The passages below are from other articles.`,
  };
}
