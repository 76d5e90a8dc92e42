/**
 * Light verbs: "have", "do", "make", "take", "give" and "get", which in most of their uses carry
 * little meaning of their own, the content being in their object ("make a decision", "take a
 * walk", "give a talk", "have a look"; Jespersen 1942, _A Modern English Grammar_ VI, on
 * "light verbs"; Grimshaw & Mester 1988, "Light verbs and θ-marking", Linguistic Inquiry 19).
 * The one list of them and their forms: the fact layer reads a report told with them as having
 * no act of its own (search/select/fact-predicates.ts), and abstention counts a question's
 * light verb as no topic the coverage could be about (search/abstain-features.ts).
 */
import { stem } from './terms.js';

/** Every form of each light verb but the "-ing" form, as written (lower case). */
export const LIGHT_VERB_FORMS: readonly string[] = [
  ...['have', 'has', 'had', 'do', 'does', 'did', 'done'],
  ...['make', 'makes', 'made', 'take', 'takes', 'took', 'taken'],
  ...['give', 'gives', 'gave', 'given', 'get', 'gets', 'got', 'gotten'],
];

/** The index terms (stems) of every form of the light verbs, "-ing" forms included. */
export const LIGHT_VERB_TERMS: ReadonlySet<string> = new Set(
  [...LIGHT_VERB_FORMS, 'having', 'doing', 'making', 'taking', 'giving', 'getting'].map((word) =>
    stem(word),
  ),
);
