/**
 * What a "Sources differ" note says, in every front end (Discord replies, the console and the
 * command line). Kept apart from the reply renderer so the command line reads it without
 * loading discord.js, which the renderer needs and a first answer should not wait for.
 */
import type { SourcesDiffer } from '../../engine/types.js';

/** What the aspect of a disagreement is called in the "Sources differ" line. */
const ASPECT_NOUN: Record<SourcesDiffer['aspect'], string> = {
  place: 'places',
  date: 'dates',
  number: 'numbers',
  actor: 'people or bodies',
};

/**
 * What a "Sources differ" note says, in every front end: what differs and that the bot takes no
 * side. The engine reports a disagreement only where fact-relation.ts found both passages to
 * state one fact with values that conflict on this aspect.
 */
export function differNote(aspect: SourcesDiffer['aspect']): string {
  return `The articles give different ${ASPECT_NOUN[aspect]} for this. Their words, side by side; this bot does not judge which is right.`;
}
