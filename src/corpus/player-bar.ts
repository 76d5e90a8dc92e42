/**
 * A station's or site's player bar: a player's label ("ON AIR NOW", "Now playing", "Listen live",
 * "Listen again") alone or before the show's name and time ("ON AIR NOW – Breakfast with Dan
 * Whitcombe, 6am–10am. Listen live"). It says what the page plays, never what the story reports,
 * so it is furniture wherever it stands, and its label is never a dateline's place
 * (wire-dateline.ts).
 */

/**
 * A player's label, as a case-insensitive pattern's source: one definition for both rules. Not
 * "LIVE:", "WATCH:" or "LISTEN:" alone, which open a live blog's or a video's headline too.
 */
export const PLAYER_LABEL =
  '(?:on air(?: now)?|now playing|playing now|up next|listen (?:live|again))';

/** Longer than this many characters after its label, a line is more than a player bar. */
const MAX_SHOW_LENGTH = 100;

/**
 * The bar: the label, then nothing or a separator and the show's name and time, which does not
 * end as a sentence does (a "Listen live" button may close it).
 */
const PLAYER_BAR = new RegExp(
  `^${PLAYER_LABEL}(?:\\s*[:|·•–—-]\\s*.{1,${MAX_SHOW_LENGTH}}?)?(?<![.!?]["”’]?)$`,
  'iu',
);

/**
 * True for a player bar (see the file header). The label must be in capitals when a show follows
 * it: "Now playing – a film about the strike" in sentence case may be a heading of the story.
 *
 * @example
 * isPlayerBar('ON AIR NOW – Breakfast with Dan Whitcombe, 6am–10am. Listen live') // true
 * isPlayerBar('Listen live, the presenter told callers on Monday.') // false
 */
export function isPlayerBar(line: string): boolean {
  const text = line.trim();
  if (!PLAYER_BAR.test(text)) return false;
  const label = new RegExp(`^${PLAYER_LABEL}`, 'i').exec(text)?.[0] ?? '';
  return label.length === text.length || label === label.toUpperCase();
}
