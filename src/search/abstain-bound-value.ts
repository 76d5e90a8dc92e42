/**
 * Whose value a sentence states, as abstention's gates read it: a value (an age, a date) answers
 * a question for an attribute of X only when it is said of X. A sentence says it of X when it
 * names X by the head of the noun phrase the question names X with ("the mayor of Quarnby":
 * mayor; "the Gull Point lighthouse": lighthouse; "Tomas Vreeland": Vreeland), in any form the
 * engine links to that word (abstain-asked-thing.ts `conceptForms`: an inflection, an alias, a
 * WordNet synonym), or when the sentence it leans on (its subject's antecedent: "It was built in
 * 1925" after a sentence on the lido) or its article's title, outlet or date line does. "Ruth
 * Okafor, 41, …" gives an age, but not the mayor's; "The Quarnby Lift Company was founded in
 * 1888" a date, but not the Friends' founding. This is the typed-answer check of question
 * answering (Harabagiu et al., "FALCON: Boosting Knowledge for Answer Engines", TREC 2000;
 * Ravichandran & Hovy, "Learning Surface Text Patterns for a Question Answering System", ACL
 * 2002): a value of the asked type answers only beside the term the question asks it of.
 */
import type { AbstentionInput } from './abstain-features.js';
import { holdsPhrase, leadingHead } from './abstain-asked-thing.js';
import { namesPeople } from './plan/answer-type.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { MID_ADVERB } from '../timeline/base-form.js';

/**
 * Adverbs a question puts between its subject and its participle ("was Tomas Vreeland first
 * elected", "was the treaty originally signed"): time adverbs and those in "-ly"
 * (timeline/base-form.ts `MID_ADVERB`), which are no part of the subject.
 */
const TIME_ADVERB = /^(?:first|last|ever|once|later|earlier)$/u;

/**
 * The head of the noun phrase `text` names a subject with, folded: its last word before a
 * function word, past its determiners (abstain-asked-thing.ts `leadingHead`: "the mayor of
 * Quarnby" → mayor, "the cliff railway's cars" → cars), with adverbs at its end left out ("Tomas
 * Vreeland first" → vreeland); null when the phrase opens with a function word ("it").
 */
export function subjectHead(text: string): string | null {
  const tokens = tokenize(text);
  let end = tokens.length;
  while (end > 0) {
    const word = tokens[end - 1]!.word;
    if (!isStopWord(tokens[end - 1]!) && !MID_ADVERB.test(word) && !TIME_ADVERB.test(word)) break;
    end--;
  }
  if (end === 0) return null;
  return leadingHead(text.slice(0, tokens[end - 1]!.end));
}

/**
 * An age as a second reference to the person last named ("The 65-year-old has led Belarus",
 * after a sentence naming Lukashenko): news style calls a person by such an epithet in the
 * sentence after the one that names them (AP Stylebook, "ages"; Quirk et al. 1985, §5.33 on
 * definite descriptions referring back).
 */
const AGE_EPITHET = /^\s*the\s+\d{1,3}-year-old\b/iu;

/**
 * A test of whether a sentence states its value of the subject headed by `head` (a folded word):
 * true when the sentence, the sentence it leans on, or its article's metadata holds a form of
 * the head (see the top of this file; every reading the plan gives the word, a corrected
 * spelling too: "Rosgvardia" for "rosgvardiya"), or, for a sentence opening with an age
 * epithet ({@link AGE_EPITHET}), the sentence before it in its article's body (any such sentence
 * when the head names people by a role: "president", "mayor"). Null when the
 * plan searches no form of the head (a word naming the source, "DW's piece"): the question
 * names no subject a sentence could be checked for.
 */
export function namesSubject(
  input: AbstentionInput,
  head: string,
): ((s: number) => boolean) | null {
  const term = stem(head);
  const concept = input.plan.concepts.find((c) => c.alternatives[0]?.terms.includes(term));
  if (concept === undefined) return null;
  const forms = concept.alternatives.map((alternative) => alternative.terms);
  const holds = (s: number | null) =>
    s !== null && forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  return (s) => {
    if (holds(s) || holds(input.contextOf(s))) return true;
    const { sentences } = input;
    const article = sentences[s]?.article ?? -1;
    // The epithet's referent is named in the sentence before; a subject asked by a role noun
    // ("how old is the Belarusian president") may be that person under a name the question does
    // not write, which only coreference would tell: the epithet is not taken as another's.
    if (
      AGE_EPITHET.test(input.textOf(s)) &&
      sentences[s - 1]?.article === article &&
      sentences[s - 1]?.kind === 'body' &&
      (holds(s - 1) || namesPeople(head))
    )
      return true;
    const metadata = input.metadataTermsOf(article);
    return forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!));
  };
}
