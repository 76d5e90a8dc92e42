/**
 * A word a tagger may read as a verb that ends the object of a preposition: "works" in "failed
 * at the Ashby sewage works", "goods" in "a fire in the Kelby dry goods". After a preposition and
 * a determiner the words up to the next break are one noun phrase, the preposition's object
 * (Quirk et al., "A Comprehensive Grammar of the English Language", 1985, §9.1: a prepositional
 * phrase is a preposition and its complement, a noun phrase); a present verb in "-s" would need a
 * subject of its own, which only a new clause gives. Such a word names a thing, not the act a
 * report tells (fact-acts.ts), so two reports sharing a place name ("the Ashby works") are not
 * read as one act. Past forms are left as they are: "by the time police arrived" opens a clause
 * without "that", and its verb is one.
 */

/** Prepositions that open a place or thing named (a closed class, the common ones). */
const OPENING = String.raw`(?:at|in|on|of|from|to|into|through|near|inside|outside|across|for|by|with)`;
/** Determiners that open the noun phrase. */
const DETERMINER = String.raw`(?:the|a|an|its|their|his|her|our)`;
/** Up to three words between the determiner and the word, none a closed-class word. */
const PREMODIFIERS = String.raw`(?:(?!(?:the|a|an|that|which|who|and|or|but|when|as)\s)[\p{L}’'-]+\s+){0,3}`;

const BEFORE = new RegExp(String.raw`\b${OPENING}\s+${DETERMINER}\s+${PREMODIFIERS}$`, 'iu');
/**
 * A break, the end, a coordinator ("at the Ashby works and that it was …"), or the finite verb of
 * the clause whose subject the phrase ends ("the alarm at the Ashby works had been switched
 * off"): a present verb in "-s" is never followed straight by a finite auxiliary.
 */
const AFTER =
  /^(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|had|has|have|was|were|is|are|will|would|could|should|can|may|might|must)\b)/iu;

/**
 * True when the word from offset `start` to `end` of `text` ends in "s" and closes the object of
 * a preposition ({@link BEFORE}, then {@link AFTER}): a noun, whatever a tagger read.
 */
export function endsPrepositionalObject(text: string, start: number, end: number): boolean {
  return (
    /s$/i.test(text.slice(start, end)) &&
    BEFORE.test(text.slice(Math.max(0, start - 120), start)) &&
    AFTER.test(text.slice(end))
  );
}
