/**
 * The content words of a sentence outside its dates, which tell an event's sentence from a
 * dateline or a caption (events.ts): words of three letters or more that are no stop words, and
 * a two-letter verb with its adverb particle ("go up", "go off"). A verb and its particle are one
 * lexical verb whose meaning is not the bare verb's (Quirk et al. 1985, §16.2–16.4:
 * text/particles.ts), so "Fares will go up by 5% in June" holds a verb of content as "Fares will
 * rise by 5% in June" does, though neither "go" nor "up" is one alone.
 */
import type { Span } from './mention.js';
import { PARTICLES_ONLY } from '../text/particles.js';
import { EVENT_STOP_WORDS } from '../text/stop-words.js';
import { matchesOf } from '../text/matches-of.js';

/** A word of two letters, then a particle that is no preposition ("go up"): a phrasal verb. */
const SHORT_PHRASAL_VERB = new RegExp(
  String.raw`(?<!\p{L})(\p{L}{2})\s+(?:${[...PARTICLES_ONLY].join('|')})(?!\p{L})`,
  'giu',
);

/**
 * The number of content words of `text` outside `spans` (its dates, offsets into `text`): each
 * word of three letters or more that is no stop word (text/stop-words.ts `EVENT_STOP_WORDS`),
 * and each two-letter word, no stop word, before an adverb particle ("go up").
 */
export function contentWordCount(text: string, spans: readonly Span[]): number {
  let rest = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, span.start) + ' ' + rest.slice(span.end);
  }
  const isContent = (w: string): boolean => !EVENT_STOP_WORDS.has(w.toLowerCase());
  const long = (rest.match(/\p{L}{3,}/gu) ?? []).filter(isContent).length;
  const phrasal = [...matchesOf(rest, SHORT_PHRASAL_VERB)].filter((m) => isContent(m[1]!)).length;
  return long + phrasal;
}
