/**
 * A hard gate of abstention (abstain.ts): "who won the arbitration" (or "which side lost the
 * appeal") asks for the doer of one act, winning (losing), with the contest as its object. A
 * passage tells who won it only by telling that act of it: a sentence holding a form of the
 * verb (any inflection, "wins" for "won", or form the engine links to it: "winner") and the contest's noun (any
 * form) together, or the sentence it leans on holding one of them, or its article's headline
 * and metadata holding both ("Bellhaven wins barrier contract"). A clause states a predicate
 * with its arguments (the same reading the count and time gates make of an act and its
 * number or date: abstain-counted-act.ts, abstain-asked-time.ts); a passage naming the contest
 * but no winning ("the Super Bowl was played"), or a winning of something else ("he won a
 * sixth term"), does not answer. When no sentence the ranking's candidates are read in does,
 * the reply is a refusal, whatever the classifier's probability.
 *
 * The pending-outcome gate (abstain-pending-outcome.ts) reads the same questions for a contest
 * told as still ahead; this one for a contest whose winning is told nowhere.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { winnerAsked } from './abstain-pending-outcome.js';
import { verbFormStems } from './verb-forms.js';
import { stem } from '../text/terms.js';

/**
 * Every form of the two verbs, as stems ("wins", "won", "winning"; "loses", "lost"): the plan
 * links the question's form only to those the coverage's words hold, and a headline may hold
 * another ("Millbrook crew wins Harrow Regatta" for "who won").
 */
const VERB_FORMS: Readonly<Record<string, () => ReadonlySet<string>>> = {
  won: verbFormStems(['win']),
  lost: verbFormStems(['lose']),
};

/**
 * Whether the candidates tell who won (or lost) what a "who won X" question asks: undefined
 * when it is of no such form (abstain-pending-outcome.ts `winnerAsked`); else true when a
 * sentence the candidates are read in (abstain-features.ts `candidateContext`) holds a form of
 * the verb and one of X's head, the sentence it leans on counting with it, or when its
 * article's metadata (title, outlet, author, date) holds both. Costs one pass over those
 * sentences' words.
 */
export function askedWinnerHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const asked = winnerAsked(plan.question);
  if (asked === null) return undefined;
  const inflected = [...(VERB_FORMS[asked.verb]?.() ?? [])].map((term) => [term]);
  const verb = [...conceptForms(plan, stem(asked.verb)), ...inflected];
  const object = conceptForms(plan, stem(asked.object));
  const holds = (s: number | null, forms: readonly string[][]) =>
    s !== null && forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  const inMetadata = (article: number, forms: readonly string[][]) => {
    const metadata = input.metadataTermsOf(article);
    return forms.some((phrase) => phrase.every((term) => metadata.has(term)));
  };
  for (const s of candidateContext(input)) {
    const read = [s, input.contextOf(s)];
    if (read.some((n) => holds(n, verb)) && read.some((n) => holds(n, object))) return true;
    const article = input.sentences[s]!.article;
    if (inMetadata(article, verb) && inMetadata(article, object)) return true;
  }
  return false;
}
