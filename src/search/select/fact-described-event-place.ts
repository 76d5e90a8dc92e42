/**
 * A place written only inside a relative clause ("The measles outbreak that began at St Aldric's
 * Primary School in February has been declared over"): a relative clause postmodifies its noun
 * and tells an event of its own, which says which outbreak is meant (Quirk et al. 1985, A
 * Comprehensive Grammar of the English Language, §§ 17.8–17.22 on relative clauses; Huddleston &
 * Pullum 2002, ch. 12). The place is that event's (where the outbreak began), not the place of
 * what the report tells (the outbreak declared over). "Sources differ" on a place claims that two
 * reports give two places for one event, so a place one report states only so is no ground for
 * it: "The first case was confirmed at Ostwick Primary School" does not differ from it.
 */

/**
 * A relative pronoun, the relative clause's verb (a regular past form or a common irregular
 * one of happening or being: a closed list) and a preposition of place right before the place.
 * "That" followed by a noun ("said that cases at …") opens a content clause, and is not read.
 */
const RELATIVE_BEFORE_PLACE =
  /(?:^|[^\p{L}’'-])(?:that|which|who|where)\s+(?:\p{Ll}+ed|began|begun|broke|came|took|was|were|is|are|lay|lies|stood|stands)(?:\s+(?:out|up|off))?\s+(?:at|in|on|from|near|inside|outside)\s+(?:the\s+)?$/u;

/**
 * True when `places` (the places a report states, as fact-values.ts reads them) is not empty and
 * every one is written in `text` only right after {@link RELATIVE_BEFORE_PLACE}.
 */
export function placeOnlyDescribing(text: string, places: readonly string[]): boolean {
  if (places.length === 0) return false;
  return places.every((place) => {
    let from = text.indexOf(place);
    if (from < 0) return false;
    for (; from >= 0; from = text.indexOf(place, from + 1))
      if (!RELATIVE_BEFORE_PLACE.test(text.slice(Math.max(0, from - 60), from))) return false;
    return true;
  });
}
