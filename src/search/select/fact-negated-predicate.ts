/**
 * What a negation denies. A negated report says one thing did not happen or is not there:
 * "Officials have not confirmed a link" denies a confirmation, "there was no evidence of a link"
 * denies evidence, "have not found a link" denies a finding. Those are three claims, true or false
 * apart (evidence may exist that nobody has yet confirmed), though they share every topic word
 * ("link", "officials"). Two negated reports are one fact only when they deny one thing: the word
 * right after the negation (its focus, the predicate or the noun it governs; Quirk et al., "A
 * Comprehensive Grammar of the English Language", 1985, §10.64-10.68 on the scope and focus of
 * negation) must be one term, or WordNet synonyms ("was not hurt" / "was not injured").
 *
 * Only "not", "n't", "never" and the determiner "no" are read: the negative universal pronouns
 * ("no one", "nobody", "none") negate their subject and are one term already
 * (fact-negative-universal.ts), and verbs of denial ("denied", "ruled out") name their own act.
 */

/** A negation that governs the next word: an adverb or verb negator, or the determiner "no". */
const NEGATOR = /\b(?:not|never|no(?![\s-](?:one|longer)\b))\b|n[’']t\b/giu;

/**
 * Words between a negator and what it denies that are not themselves denied: auxiliaries
 * ("has not been confirmed"), determiners ("not a single case"), and adverbs of time or degree
 * ("not yet", "never formally").
 */
const PASSED_OVER = new Set([
  'a',
  'an',
  'any',
  'the',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'yet',
  'ever',
  'so',
  'far',
  'still',
  'immediately',
  'currently',
  'formally',
  'officially',
  'publicly',
  'fully',
  'also',
  'even',
  'single',
]);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The shortest term read as the stem a later occurrence of a word begins with. */
const MIN_STEM = 3;

/**
 * The content term (a key of `terms`, the passage's content terms with the offset of their first
 * occurrence) of what the passage's first negation denies; null when it has no such negation or
 * the word denied is no content term of its own first occurrence (nothing to compare).
 */
export function negatedTerm(text: string, terms: ReadonlyMap<string, number>): string | null {
  NEGATOR.lastIndex = 0;
  const negation = NEGATOR.exec(text);
  if (negation === null) return null;
  WORD.lastIndex = negation.index + negation[0].length;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
    if (PASSED_OVER.has(word[0].toLowerCase())) continue;
    for (const [term, at] of terms) if (at === word.index) return term;
    return null;
  }
  return null;
}

/**
 * The content terms (keys of `terms`, as {@link negatedTerm} reads them) that any negation of the
 * passage denies, each the focus right after its negator: "tested inside the block but did not
 * test the ground outside" denies "test", though its first "tested" affirms it. A report that
 * denies an act the other tells as done does not state the other's fact (Quirk et al. 1985,
 * §10.64-10.68 on the focus of negation), wherever the act's first mention stands.
 */
export function deniedTerms(text: string, terms: ReadonlyMap<string, number>): Set<string> {
  const denied = new Set<string>();
  // Stepped from the start with exec, as negatedTerm reads it: matchAll would start where
  // another text's scan left the shared pattern's lastIndex (architecture/regex-state.test.ts).
  NEGATOR.lastIndex = 0;
  for (let negation = NEGATOR.exec(text); negation !== null; negation = NEGATOR.exec(text)) {
    WORD.lastIndex = negation.index + negation[0].length;
    for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
      if (PASSED_OVER.has(word[0].toLowerCase())) continue;
      for (const [term, at] of terms) if (at === word.index) denied.add(term);
      // Later occurrences of a term: `terms` holds first offsets, so the word is stemmed by
      // matching the term it begins with.
      const lower = word[0].toLowerCase();
      for (const term of terms.keys())
        if (term.length >= MIN_STEM && lower.startsWith(term)) denied.add(term);
      break;
    }
  }
  return denied;
}

/**
 * True when two negated passages (texts with their content terms, as {@link negatedTerm} reads
 * them) deny different things: each denies a content term and the two are neither one term nor
 * `synonym(termOfA, termOfB)`. False when either denies nothing that can be compared.
 */
export function negatedPredicatesDiffer(
  a: { text: string; terms: ReadonlyMap<string, number> },
  b: { text: string; terms: ReadonlyMap<string, number> },
  synonym: (x: string, y: string) => boolean,
): boolean {
  const x = negatedTerm(a.text, a.terms);
  const y = negatedTerm(b.text, b.terms);
  return x !== null && y !== null && x !== y && !synonym(x, y);
}
