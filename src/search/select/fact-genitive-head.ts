/**
 * A word right after a genitive ("the hospital's children's ward had coped"): a genitive noun
 * phrase is a determiner of the noun phrase it opens (Quirk et al. 1985, A Comprehensive Grammar
 * of the English Language, §§ 5.115–5.123; Huddleston & Pullum 2002, ch. 5 § 16.3), so the word
 * after it is that phrase's head or a premodifier, never the clause's verb, whatever a tagger
 * read ("ward" as a verb). A pronoun's or a relative's "'s" is "is" or "has" ("it's gone",
 * "who's left") and is not read as a genitive; a noun's "'s" may be one too ("the council's
 * agreed"), rare in written news, where reading no act costs a join, never a false one.
 */

/** A word with a genitive ending right before a position: "children's ", "parents' ". */
const GENITIVE_BEFORE = /(?:^|[^\p{L}’'-])(\p{L}[\p{L}-]*)(?:['’]s|s['’])\s+$/u;

/** Words whose "'s" is a contraction of "is" or "has": pronouns, relatives, "there", "here". */
const CONTRACTING =
  /^(?:it|he|she|that|this|there|here|what|who|where|when|how|why|everyone|everything|nobody|nothing|someone|something|let)$/i;

/** True when the word at offset `at` of `text` follows a genitive. */
export function followsGenitive(text: string, at: number): boolean {
  const before = GENITIVE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return before !== null && !CONTRACTING.test(before[1]!);
}
