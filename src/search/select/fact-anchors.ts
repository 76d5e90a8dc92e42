/**
 * Events a sentence mentions without reporting them. "Since the explosion at the Westfield
 * elevator on Oct. 14, the company has hired safety staff" reports the hiring; the explosion is
 * only when it happened after (a time anchor). "An investigation into the Oct. 14 explosion is
 * under way" reports the investigation; the explosion is what it is about (a topic). Neither is
 * a report of the explosion, so neither is "also reported by" under "An explosion ripped through
 * the Westfield elevator on Oct. 14": two reports are one fact only when what each says outside
 * such phrases meets.
 */
import { CLAUSE_BREAK, type ClausedSource } from './fact-clauses.js';
import { matchesOf } from '../../text/matches-of.js';

/** A word as written in a sentence or opening it ("since" / "Since"). */
const either = (words: string) =>
  words.replace(/\b([a-z])/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

/** What opens the noun phrase of an event: a determiner, a possessive, a name or a date. */
const EVENT_PHRASE = String.raw`(?=\s+(?:the|this|that|its|their|his|her|last|\p{Lu}))`;

/**
 * Prepositions that place a report in time by another event ("since", "after", "before",
 * "during", "following", "until", "in the wake of", "ahead of", "prior to", "amid"), or give what
 * a noun is about ("an investigation into", "questions about", "concerning", "in connection
 * with"), before a phrase opened by a determiner, a possessive or a name (after a bare noun,
 * "after divers found leaks", the words are left as read). "Following" after a determiner ("the
 * following day") is an adjective, and "about" before a figure or an article ("about 40", "about
 * a dozen") is a bound: neither opens such a phrase. Read case-sensitively, so that a name is
 * told from a common word.
 */
const MENTIONING = new RegExp(
  String.raw`(?<!\b(?:[Tt]he|[Aa]n?)\s+)\b(?:${either('since|after|before|during|following|until|till|amid|amidst|in the wake of|in the aftermath of|ahead of|prior to|into|about|regarding|concerning|surrounding|in connection with').replace(/ /g, String.raw`\s+`)})\b${EVENT_PHRASE}`,
  'gu',
);

/**
 * The spans of a sentence that mention an event rather than report it: from a
 * {@link MENTIONING} preposition to the end of its clause (its punctuation). A clause it opens
 * ("since the blast killed three, …") is a time anchor too; a verb of the sentence's own after
 * the phrase ("An inquiry into the fire found …") is not told from one without tags, so it stays
 * inside: that costs a missed claim, never a false one. Offsets in `text`.
 */
export function mentionSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of matchesOf(text, MENTIONING)) {
    const start = m.index;
    let end = start + m[0].length;
    // Dots of an abbreviated month ("Oct. 14") or commas inside a figure break no clause.
    while (end < text.length && !breaksAt(text, end)) end += 1;
    spans.push({ start, end });
  }
  return spans;
}

/** True when a clause ends at `at`: punctuation, not a month's dot nor a figure's comma. */
function breaksAt(text: string, at: number): boolean {
  const ch = text[at] as string;
  if (!CLAUSE_BREAK.test(ch)) return false;
  if (ch === ',' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) return false;
  if (
    ch === '.' &&
    /\b\p{Lu}\p{Ll}{2,3}$/u.test(text.slice(0, at)) &&
    /^\s+\d/.test(text.slice(at + 1))
  )
    return false;
  return true;
}

/**
 * The terms of what a sentence reports: `claimTerms` (its attribution set aside) less those it
 * holds only inside a {@link mentionSpans} span. Equal to `claimTerms` when it mentions no
 * event that way.
 */
export function reportedTerms(
  source: ClausedSource & { claimTerms: ReadonlySet<string> },
): ReadonlySet<string> {
  const spans = mentionSpans(source.text);
  if (spans.length === 0) return source.claimTerms;
  const inside = (unit: { start: number; end: number }) =>
    spans.some((span) => unit.start >= span.start && unit.end <= span.end);
  const outside = new Set(
    source.sequence.filter((unit) => !inside(unit)).flatMap((unit) => unit.keys),
  );
  return new Set([...source.claimTerms].filter((term) => outside.has(term)));
}
