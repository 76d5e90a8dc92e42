/**
 * The question words the vocabulary gates of abstention read (abstain-setting-only.ts,
 * abstain-unknown-topic.ts): its content concepts, and which of them is a topic noun, a
 * dictionary noun that names what the question is about. A question's nouns name its topic,
 * while its verb may be paraphrased by a preposition ("where is Lindholm situated": "the ferry to
 * Lindholm"); refusing on lacked verbs too refused two answerable test questions (bundled and
 * news) and no more unanswerable ones.
 */
import type { AbstentionInput } from './abstain-features.js';
import { lightVerbConcepts } from './abstain-features.js';
import type { QueryPlan } from './plan/query-plan.js';
import { isUsualNounWord } from './noun-phrase-words.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { lexiconTags } from '../text/lexicon-tags.js';

/**
 * The question's content concepts (indexes into `plan.concepts`): all but its light verbs
 * (text/light-verbs.ts), the words that only place it in time ("today", "this weekend":
 * plan/counted-from-now.ts) and a month named as a date, none of which names a topic.
 */
export function contentConcepts(plan: QueryPlan): number[] {
  const light = lightVerbConcepts(plan);
  return plan.concepts.flatMap((concept, c) =>
    light.has(c) || concept.fromNow === true || concept.month === true ? [] : [c],
  );
}

/**
 * Whether concept `c` of the question is a topic noun the coverage could lack: a dictionary
 * word (dictionary-words.ts: not a typo, "happend", which names nothing) whose usual class is a
 * noun (noun-phrase-words.ts `isUsualNounWord`: the lexicon's, or WordNet's for a rare word the
 * lexicon lacks, "entanglement", "postcode", when the coverage holds no synonym of it), not written as a name (a name the coverage lacks may be another name of
 * something it holds: the classifier's `unknownName`), not a word of an article's metadata
 * ("radio" of the outlet "Radio Wenmoor News": the coverage uses it there), and not a kind of
 * name ("nickname", "surname": the head of an English compound is its last part, Quirk et al.
 * 1985, App. I.57), which a passage gives by a naming verb ("commonly called 'Putin's army'").
 */
export function isTopicNoun(input: AbstentionInput, c: number): boolean {
  const concept = input.plan.concepts[c];
  if (concept === undefined || concept.name) return false;
  const word = concept.label.toLowerCase();
  if (!input.isDictionaryWord(word) || word.endsWith('name')) return false;
  // A word only WordNet calls a noun counts only when the coverage holds none of its
  // alternatives: a rare word whose standard or synonymous word the coverage uses ("mum":
  // "mother") names a topic it has. Read before the lexicon, which it may spare loading.
  if (!isUsuallyNoun(word) && (heldInAnyWords(input, concept) || !isUsualNounWord(word)))
    return false;
  // Read last: it reads every article's metadata.
  return !(concept.alternatives[0]?.terms.some((term) => inMetadata(input, term)) ?? false);
}

/** True when the coverage holds one of the concept's alternatives, of any kind, in all its terms. */
function heldInAnyWords(input: AbstentionInput, concept: QueryPlan['concepts'][number]): boolean {
  return concept.alternatives.some((a) => a.terms.every((t) => input.hasTerm(t)));
}

/**
 * Whether concept `c` of the question is an adverb in "-ly" (its usual class in the lexicon an
 * adverb's: "simply", "quickly", "recently"): an adjunct of manner, time or degree, which says
 * how or when of a predication and never names what the question is about (Quirk et al. 1985,
 * §8.2 on adjuncts, §7.46 on the "-ly" adverbs formed from adjectives). A coverage holding
 * "simply" holds nothing of what "explain quantum entanglement simply" is about.
 */
export function isAdjunctAdverb(input: AbstentionInput, c: number): boolean {
  const concept = input.plan.concepts[c];
  if (concept === undefined || concept.name) return false;
  const word = concept.label.toLowerCase();
  return word.endsWith('ly') && (lexiconTags(word)?.[0]?.startsWith('RB') ?? false);
}

/**
 * True when an article's metadata (title, outlet, author, date: `metadataTermsOf`) holds the
 * index term `term`. Reads every article's metadata terms: only for a question with a lacked
 * noun, which few are.
 */
function inMetadata(input: AbstentionInput, term: string): boolean {
  const articles = (input.sentences.at(-1)?.article ?? -1) + 1;
  for (let a = 0; a < articles; a++) if (input.metadataTermsOf(a).has(term)) return true;
  return false;
}
