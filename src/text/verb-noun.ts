/**
 * A verb met by its noun among a text's terms: "agreed" (stem "agre") by "agreement",
 * "suspended" by "suspension". Read by the fact relations (search/select/fact-predicates.ts,
 * fact-acts.ts) and by the timeline's merging (timeline/action.ts).
 */

/** The fewest letters of a verb's stem that a longer term may begin with and be its noun. */
const MIN_STEM_PREFIX = 4;

/**
 * True when a term is one of the event words or its noun: it begins with the verb's stem
 * ("agreed" → "agre" meets "agreement"; "suspended" meets "suspension").
 */
export function meets(events: ReadonlySet<string>, terms: ReadonlySet<string>): boolean {
  for (const term of terms)
    for (const word of events)
      if (term === word || (word.length >= MIN_STEM_PREFIX && term.startsWith(word))) return true;
  return false;
}
