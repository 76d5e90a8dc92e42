/**
 * A passage that tells the act a "who VERB …?" question asks about without its doer. "Who"
 * asks for the agent, and a clause can state an act and leave its agent out: the agentless
 * passive ("he had been asked to set up a reserve": Quirk et al., "A Comprehensive Grammar of
 * the English Language", 1985, §3.68–3.70; most English passives have no by-phrase, Biber et
 * al., "Longman Grammar of Spoken and Written English", 1999, §6.4), or a subject that names a
 * thing rather than someone ("allegations about short piles led to an inspection", "with a
 * ribbon cut on the abutment"): the agent of an act is an animate instigator (Fillmore, "The
 * Case for Case", 1968), so an inanimate subject is not who did it. The people such a passage
 * names are someone other than the doer, at best the act's patient ("Putin said he had been
 * asked"), so none of them answers "who asked Putin" (answer-type.ts scores the person type 0
 * there; a sentence read with it as context may still name the doer).
 *
 * Kept narrow: the verb's subject is read only as the word before it, past auxiliaries and
 * "-ly" adverbs; a pronoun or a name there, or a word the rule cannot read, leaves the doer
 * told or unknown, never untold.
 */
import { PASSIVE_AUXILIARIES, AUXILIARIES } from '../../text/auxiliaries.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { isStopWord, stemsTo, tokenize, type Token } from '../../text/terms.js';
import { NOUN_GROUP, NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';
import { SEARCH_OPTIONS } from '../options.js';

const PASSIVE: ReadonlySet<string> = new Set(PASSIVE_AUXILIARIES);
/** Words between a subject and its verb: auxiliaries, "not", and manner or time adverbs in "-ly". */
const BETWEEN: ReadonlySet<string> = new Set([...AUXILIARIES, ...PASSIVE_AUXILIARIES, 'not']);

/**
 * True when `word` (folded) names a thing: a common noun by its usual reading (the lexicon's
 * first tag, or a word the lexicon lacks) whose most frequent WordNet sense is filed as neither
 * a person nor a group, the nouns that may name a doer (usual-noun-files.ts).
 */
function namesThing(word: string): boolean {
  const usual = lexiconTags(word)?.[0];
  if (usual !== undefined && usual !== 'NN' && usual !== 'NNS') return false;
  const [first] = usualNounFiles(word);
  return first !== undefined && first !== NOUN_PERSON && first !== NOUN_GROUP;
}

/**
 * True when the form of the verb at `i` leaves its doer untold: a passive (a form of "be" or
 * "get" before a form not in "-ing") with no "by" after it, or a subject naming a thing.
 */
function untoldAt(tokens: readonly Token[], text: string, i: number): boolean {
  let passive = false;
  let j = i - 1;
  for (let skipped = 0; j >= 0 && skipped < SEARCH_OPTIONS.plan.untoldDoer.maxBetween; skipped++) {
    const word = tokens[j]!.word;
    if (!BETWEEN.has(word) && !/^\p{L}+ly$/u.test(word)) break;
    if (PASSIVE.has(word)) passive = true;
    j--;
  }
  const verb = tokens[i]!.word;
  if (passive && !verb.endsWith('ing')) return tokens[i + 1]?.word !== 'by';
  if (j < 0 || isStopWord(tokens[j]!)) return false;
  const subject = tokens[j]!;
  // A capitalised word is a name, a doer as far as this rule can tell.
  if (/^\p{Lu}/u.test(text.slice(subject.start, subject.end))) return false;
  return namesThing(subject.word);
}

/**
 * True when `text` holds the act `verb` (a stem: "ask" of "who asked Putin") and every form of
 * it there leaves its doer untold (the module's rule). False when the verb is absent: a
 * passage on something else says nothing of who did the act. The caller has already found no
 * doer named beside the verb (answer-type.ts `namesDoerOf`).
 *
 * @example leavesDoerUntold('Putin said he had been asked to set up a reserve.', 'ask') // true
 * @example leavesDoerUntold('Lukashenko has asked Putin for help.', 'ask') // false
 */
export function leavesDoerUntold(text: string, verb: string): boolean {
  const tokens = tokenize(text);
  let held = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!stemsTo(tokens[i]!.word, verb)) continue;
    if (!untoldAt(tokens, text, i)) return false;
    held = true;
  }
  return held;
}
