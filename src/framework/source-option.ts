/** The `source` option shared by /ask and /timeline: autocomplete from the corpus, and re-checking what was sent. */
import type { Engine, SourceSummary } from '../engine/types.js';
import type { Choice } from './command.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE } from './limits.js';
import { dateText, outletName } from './render/source.js';
import { truncate } from './text.js';

/** Up to 25 articles whose id, title or outlet contains what the user typed, named readably, valued by id. */
export function sourceChoices(engine: Engine, typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  return engine
    .sources()
    .filter((s) => s.id.length <= MAX_CHOICE_VALUE)
    .filter(
      (s) =>
        !needle || [s.id, s.title, s.outlet ?? ''].some((t) => t.toLowerCase().includes(needle)),
    )
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((s) => ({
      name: truncate(`${outletName(s)} · ${dateText(s)} · ${s.title}`, MAX_CHOICE_NAME),
      value: s.id,
    }));
}

/**
 * The article a submitted `source` value names: by id, or failing that by exact title
 * (case-insensitive). Users can type anything instead of picking a suggestion.
 */
export function resolveSource(engine: Engine, value: string): SourceSummary | undefined {
  const wanted = value.trim().toLowerCase();
  const sources = engine.sources();
  return (
    sources.find((s) => s.id.toLowerCase() === wanted) ??
    sources.find((s) => s.title.trim().toLowerCase() === wanted)
  );
}

/** The hidden reply text for a source value that names no article. */
export function unknownSourceMessage(value: string): string {
  return `No article matches source “${truncate(value, 80)}”. Pick one of the suggestions, or see /sources for the ids.`;
}
