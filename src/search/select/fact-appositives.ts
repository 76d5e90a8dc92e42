/**
 * What a sentence states of its subject in a noun phrase set off by commas right after it: "The
 * barrier, a line of eleven steel gates spanning the mouth of the Orrel estuary, is intended to
 * stop …" states that the barrier is a line of eleven steel gates spanning the mouth of the
 * estuary. A non-restrictive appositive is asserted as the copular clause "X is Y" would be
 * (Quirk et al. 1985 on apposition, "The barrier, a line of gates" ≈ "The barrier is a line of
 * gates"; Potts 2005, _The Logic of Conventional Implicatures_: a nominal appositive is a
 * proposition of its own the writer is committed to, whatever the main clause says of it). So a
 * report that tells that proposition ("The barrier is a line of eleven steel gates across the
 * mouth of the estuary") tells one fact with the sentence (fact-relation.ts compares the two as
 * passages of their own, as it does a first main clause or a clause of time).
 *
 * Read from the words as written, with no tagger: the subject opens the sentence (a determiner
 * or a capitalised word, not a preposition, a participle or an adverb: "In March, the council …"
 * has none), at most six words with no preposition (the appositive could then describe its last
 * noun) and no verb; the appositive opens with "a", "an" or "the" and holds no finite verb or
 * relative; a verb-like word follows the second comma, not a conjunction, a relative, a
 * determiner, a preposition or an adverb ("The mayor, the council leader, and the chief executive
 * met" is a list).
 */

/** Words that open a sentence but no subject: prepositions, adverbs, conjunctions. */
const NOT_A_SUBJECT =
  /^(?:in|on|at|after|before|last|this|next|since|during|for|by|from|with|without|under|over|when|while|if|as|but|and|or|so|yet|then|now|still|according|despite|although|though|because|until|once|earlier|later|meanwhile|however|also|here|there|it|he|she|they|we|i|you|meantime|first|second|third|finally|thus|therefore|moreover|where|why|how|what)$/i;

/**
 * Finite verbs, verbs of saying and relatives, which show a clause, not a noun phrase alone, in a
 * subject or an appositive.
 */
const CLAUSAL =
  /\b(?:is|are|was|were|been|has|have|had|will|would|can|could|may|might|shall|should|must|did|does|do|said|says|told|added|which|who|whom|whose|that)\b/i;

/**
 * Prepositions inside a subject: the appositive may then describe the last noun, not the subject
 * ("Our relations with Germany, a country …"), so no subject is read.
 */
const PREPOSITION =
  /\b(?:of|with|at|in|on|from|for|to|by|under|over|near|into|about|against|between|among|across|through)\b/i;

/** Words after the appositive that continue a list, a clause or a phrase, not the main verb. */
const NOT_A_VERB =
  /^(?:and|or|but|nor|which|who|whom|whose|where|when|while|as|including|according|each|both|all|with|without|the|a|an|its|his|her|their|this|that|these|those|in|on|at|of|for|by|from|to|after|before|under|over|near|into|about|against|between|among|across|through|like|despite|since|during|until|said|says|told|added)$/i;

/** Verbs that agree with a plural subject: after two noun phrases, they show a list. */
const PLURAL_VERB = /^(?:are|were|have|do|remain|make)$/i;

/** A subject, an appositive opening with a determiner, then what follows the second comma. */
const APPOSED =
  /^(["“‘']?([\p{L}][\p{L}’'-]*)(?:\s+[\p{L}’'-]+){0,5}),\s+((?:a|an|the)\s+[^,;:()"“”]+?),\s+([\p{Ll}]+)\b/u;

/**
 * The proposition a sentence's appositive states of its subject, as a sentence of its own ("The
 * barrier is a line of eleven steel gates spanning the mouth of the Orrel estuary."); null when
 * it has none, as read here.
 */
export function appositiveClaim(text: string): string | null {
  const m = APPOSED.exec(text);
  if (m === null) return null;
  const [, subject, first, appositive, next] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  // A participle or an adverb opening the sentence ("Rising in the Colorado heights, …",
  // "Accordingly, …") opens no subject; nor does an adverb follow one as its verb.
  if (NOT_A_SUBJECT.test(first) || /(?:ing|ly|ed)$/i.test(first)) return null;
  if (CLAUSAL.test(subject) || PREPOSITION.test(subject) || CLAUSAL.test(appositive)) return null;
  if (NOT_A_VERB.test(next) || /ly$/i.test(next)) return null;
  // A plural verb after two singular noun phrases tells a list ("The inquisition, the star
  // chamber, have no place …"), not a subject and its appositive.
  if (PLURAL_VERB.test(next)) return null;
  return `${subject.replace(/^["“‘']/u, '')} is ${appositive}.`;
}
