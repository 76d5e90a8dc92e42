/**
 * Whether a content term of one passage and one of another are WordNet synonyms, by their whole
 * stems, either way round (the corpus's synonym table, synonyms.ts, given as
 * `RelationContext.synonyms`); a verb of attribution (fact-slots.ts `ATTRIBUTION`) never is, nor
 * a word standing only in a name (fact-name-only.ts `onlyInNames`).
 * Each passage's terms and each stem's synonym set are read once and kept: a question tests every
 * term of one passage against every term of dozens of others, and looking them up per test cost
 * more than the rest of relating facts (`node --cpu-prof` over `bench/ask-tail.ts`).
 */
import { keptIn } from '../../text/bounded-memo.js';
import { ATTRIBUTION } from './fact-slots.js';
import { onlyInNames } from './fact-name-only.js';
import { participleLemmas } from './fact-participle-lemma.js';
import type { RelationContext } from './fact-relation-types.js';
import type { AnalysedFact } from './fact-analysis.js';

/**
 * A content term of a passage with its stem and, once a test has read them
 * ({@link synonymsOfTerm}), that stem's WordNet synonyms.
 */
export interface SynonymTerm {
  term: string;
  stem: string;
  /**
   * The whole stems of its lemmas when it stands as an irregular participle after an auxiliary
   * ("were found" → "find": fact-participle-lemma.ts), whose synonyms are its own too.
   */
  lemmas?: ReadonlySet<string>;
  synonyms?: ReadonlySet<string>;
}

/** A passage's {@link SynonymTerm}s, by term and in the order of its terms, and their table's sets. */
interface SynonymTerms {
  byTerm: ReadonlyMap<string, SynonymTerm>;
  inOrder: readonly SynonymTerm[];
  setOf: (stem: string) => ReadonlySet<string>;
}

/**
 * The synonyms of a passage's term (`read`: the passage's {@link synonymTermsOf}), read on first
 * need and kept with the term: most terms of a passage are never tested.
 */
export function synonymsOfTerm(term: SynonymTerm, read: SynonymTerms): ReadonlySet<string> {
  if (term.synonyms !== undefined) return term.synonyms;
  const own = read.setOf(term.stem);
  const lemmas = [...(term.lemmas ?? [])].map(read.setOf);
  term.synonyms = lemmas.length === 0 ? own : new Set([own, ...lemmas].flatMap((set) => [...set]));
  return term.synonyms;
}

/**
 * Each passage's {@link SynonymTerms}, per synonym table (the index's: RelationContext), kept as
 * long as the passage's analysis is (select.ts keeps a bounded number of them).
 */
const synonymTermsRead = new WeakMap<
  (stem: string) => readonly string[],
  WeakMap<AnalysedFact, SynonymTerms>
>();

/**
 * The terms of `fact` that may be told in other words ({@link synonymousTerms}, {@link
 * mayDisagree}), each with its stem (its synonyms read when first tested: {@link
 * synonymsOfTerm}): every term (each has a stem) but the verbs of attribution and the words that
 * stand only in a name. A name denotes its bearer and does not describe it (Mill, "A System of
 * Logic", 1843, I.ii.5; Kripke, "Naming and Necessity", 1980), so WordNet's senses of its words
 * are not its sense: "Kelbury Rovers' new East Stand" is a participant of the report, not
 * the act "rise" ("stand", "rise": WordNet synonyms). An event is its predicate with its
 * participants (Davidson, "The Logical Form of Action Sentences", 1967): two reports sharing only
 * the names of what they are about ("The cost of … East Stand has risen" / "… have agreed a
 * parking plan for the new East Stand") say two things of it, and such a match made them share
 * the predicate (an outside tester's sweep, session 52). Read once per passage, not once per
 * pair or per test of two terms: a question relates each of its passages to dozens of others,
 * and each relation tests every term of one against every term of the other, more than once.
 */
export function synonymTermsOf(
  fact: AnalysedFact,
  synonyms: (stem: string) => readonly string[],
): SynonymTerms {
  let byFact = synonymTermsRead.get(synonyms);
  if (byFact === undefined) synonymTermsRead.set(synonyms, (byFact = new WeakMap()));
  let read = byFact.get(fact);
  if (read === undefined) {
    const byTerm = new Map<string, SynonymTerm>();
    const named = onlyInNames(fact);
    const participles = participleLemmas(fact.text, fact.sequence, fact.stems);
    for (const [term, stemmed] of fact.stems) {
      if (ATTRIBUTION.has(term) || named.has(term)) continue;
      const lemmas = participles.get(term);
      byTerm.set(
        term,
        lemmas === undefined ? { term, stem: stemmed } : { term, stem: stemmed, lemmas },
      );
    }
    byFact.set(
      fact,
      (read = { byTerm, inOrder: [...byTerm.values()], setOf: synonymSetOf(synonyms) }),
    );
  }
  return read;
}

/**
 * Whether two terms, one of each report, are WordNet synonyms (the first term is the first
 * report's, the second the other's): one word told in other words.
 */
export type SynonymousTerms = (x: string, y: string) => boolean;

/**
 * Whether a content term of `a` and one of `b` are WordNet synonyms, by their whole stems,
 * either way round (`synonyms`: the corpus's table, RelationContext). A verb of attribution
 * ("said", "told", "announced": fact-slots.ts `ATTRIBUTION`) is no synonym of anything here:
 * it frames what a report says (fact-attribution.ts), it does not tell the event reported, so
 * "The mayor said … would be on the agenda" does not tell "The council has ordered …", whatever
 * sense WordNet gives "order" ("order, tell, enjoin, say": to give a directive).
 */
export function synonymousTerms(
  a: AnalysedFact,
  b: AnalysedFact,
  synonyms: RelationContext['synonyms'],
): SynonymousTerms {
  if (synonyms === undefined) return () => false;
  // Each side's terms read on the first test (many relations test none).
  let readA: SynonymTerms | undefined;
  let readB: SynonymTerms | undefined;
  return (x, y) => {
    const tx = (readA ??= synonymTermsOf(a, synonyms)).byTerm.get(x);
    if (tx === undefined) return false;
    const ty = (readB ??= synonymTermsOf(b, synonyms)).byTerm.get(y);
    return (
      ty !== undefined &&
      (synonymsOfTerm(tx, readA).has(ty.stem) || synonymsOfTerm(ty, readB).has(tx.stem))
    );
  };
}

/**
 * Each stem's synonyms as a set, per synonym table: a question relates every pair of a few dozen
 * passages, each pair testing every term of one against every term of the other, so a look-up
 * in the table and a scan of its list per test cost more than the rest of relating facts
 * (`node --cpu-prof` over `bench/ask-tail.ts`).
 */
const synonymSets = new WeakMap<
  (stem: string) => readonly string[],
  Map<string, ReadonlySet<string>>
>();
/** The most stems whose synonym sets are kept per table. */
const MAX_SYNONYM_SETS = 20_000;

/** A stem's synonyms (`synonyms`: the index's table) as a set, kept per table. */
function synonymSetOf(
  synonyms: (stem: string) => readonly string[],
): (stem: string) => ReadonlySet<string> {
  let sets = synonymSets.get(synonyms);
  if (sets === undefined) synonymSets.set(synonyms, (sets = new Map()));
  const memo = sets;
  return (stemmed) => keptIn(memo, stemmed, MAX_SYNONYM_SETS, (key) => new Set(synonyms(key)));
}
