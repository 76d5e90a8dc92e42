/**
 * A date counted from a distributive quantifier's members, not from the narrative: "every report
 * would be checked the same day", "each claim is answered within a week of it". The anchor of
 * "the same day" is then an implicit argument bound by "every report" (the day of each report),
 * a bound-variable reading (Partee 1989, "Binding implicit variables in quantified contexts",
 * CLS 25; Reinhart 1983 on bound anaphora), so no event already told dates it. "Every" and
 * "each" are the distributive universals (Quirk et al. 1985, §6.57); a quantifier in another
 * clause of the sentence ("Each bidder was told, and the same day the council voted") binds
 * nothing in the mention's clause.
 */

/** "every" or "each" as a determiner or pronoun. */
const DISTRIBUTIVE = /\b(?:every|each)\b/iu;

/** Where a clause ends before the mention: a comma, semicolon, colon, dash or a coordinator. */
const CLAUSE_BREAK = /[,;:–—]|\b(?:and|but|or|then)\s/giu;

/**
 * True when the clause of `text` that holds the mention starting at `start` (UTF-16 offset) has a
 * distributive quantifier before it, so a date counted from an anchor ("the same day") is bound
 * by it rather than counted from the narrative.
 */
export function isBoundByDistributive(text: string, start: number): boolean {
  const before = text.slice(0, start);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) clauseStart = match.index + match[0].length;
  return DISTRIBUTIVE.test(before.slice(clauseStart));
}
