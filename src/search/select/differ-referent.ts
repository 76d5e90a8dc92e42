/**
 * Sides of a "sources differ" note that tell of another referent of the kind the question asks
 * about. "How many turbines will the Harrick array have?" asks of one array, picked out by a
 * proper qualifier (abstain-other-qualifier.ts `askedQualifierOf`, read as that gate reads
 * it); "the Dunlow array would have 61 turbines" and "The Dunlow array will comprise 76
 * turbines" differ, but on another array, and a note of that says nothing about the answer
 * (Grice 1975, "Logic and conversation", the maxim of relation). A passage tells of another
 * referent when every mention it makes of the asked phrase's head stands after another proper
 * qualifier ("the Dunlow array") and it names the asked qualifier (in any form the engine links
 * to it) nowhere: a name of the question's it lacks, and a different name standing in its
 * place. A second reference that drops the name ("the array will comprise 76 turbines"), or a
 * passage that does not mention the head at all, may be the asked thing in other words
 * (Vieira & Poesio 2000, definite descriptions take an antecedent from the discourse), and is
 * left a side.
 */
import { askedQualifierOf, qualifiersIn } from '../abstain-other-qualifier.js';
import { stem, tokenize } from '../../text/terms.js';
import type { PassageWords } from '../plan/asked-words.js';

/** What {@link otherReferentTest} reads of the corpus's spelling. */
export interface ReferentSpelling {
  /** True when the corpus writes an index term (a stem) in lower case somewhere. */
  writtenInLowerCase: (term: string) => boolean;
  /** True when the corpus holds an index term (a stem). */
  hasTerm: (term: string) => boolean;
  /**
   * The index terms that write a question's term in one word (abstain-asked-thing.ts
   * `oneWordForms`: "spain" for "spanish"); the term alone when absent.
   */
  formsOf?: (term: string) => ReadonlySet<string>;
}

/**
 * A test of whether a sentence's text tells of another referent than the one `question`
 * qualifies by a proper word (see the top of this file), or null when the question qualifies
 * none. Each test costs one reading of the text's words; given them (`words`: plan/asked-words.ts
 * `passageWordsOf` of the text), it reads those instead of cutting the text again.
 *
 * @example otherReferentTest('How many turbines will the Harrick array have?', spelling)
 * //   ?.('The Dunlow array will comprise 76 turbines.') // true
 */
export function otherReferentTest(
  question: string,
  spelling: ReferentSpelling,
): ((text: string, words?: PassageWords) => boolean) | null {
  const asked = askedQualifierOf(question, spelling.writtenInLowerCase, spelling.hasTerm);
  if (asked === null) return null;
  const forms = spelling.formsOf?.(asked.qualifier) ?? new Set([asked.qualifier]);
  const questionTerms = new Set(tokenize(question).map((token) => stem(token.word)));
  return (text, words) => {
    const found = qualifiersIn(
      text,
      asked,
      forms,
      questionTerms,
      spelling.writtenInLowerCase,
      words,
    );
    if (found.length === 0 || !found.every((qualified) => qualified === 'other')) return false;
    const folded = words?.folded ?? tokenize(text).map((token) => token.word);
    return !folded.some((word) => forms.has(stem(word)));
  };
}
