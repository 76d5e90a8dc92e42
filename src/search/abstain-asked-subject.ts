/**
 * The thing a question asks an attribute of, and whether a sentence states the attribute of it:
 * read by the gates whose evidence is an attribute's word or value (abstain-asked-thing.ts "how
 * old", abstain-asked-time.ts "when was X founded", abstain-counted-thing.ts "how many staff
 * does X employ"). "How old is the harbour master" is not answered by "Ruth Okafor, 41, was
 * appointed manager", nor "when was the lighthouse built" by "the two cars were built in 1991",
 * nor "how many staff does the café employ" by "The company employs 14 staff", each in an
 * article that never names the thing asked of: they state the attribute of another thing. A sentence may state it of the asked thing only when its
 * article names the thing: in a sentence the candidates are read in, or in its metadata (title),
 * in any form the engine links to its word or another spelling of it ("Rosgvardia" for
 * "Rosgvardiya": plan/spelling-variant.ts). Within an article a thing is also told of by a
 * pronoun or another description ("the 65-year-old", "the document"), which no word test finds,
 * so the article, not the sentence, is the unit read: tried at the sentence (the sentence itself
 * or the one it leans on), the rule refused more answerable questions on the test parts.
 *
 * The asked thing is the head of the question's subject, where English syntax marks it:
 * - "how ADJ is/are/was/were X" (a predicate of measure): the head of X ("how old is the mayor
 *   of Quarnby": mayor);
 * - "how ADJ / how many NOUN do/does/did/has/will… X VERB", the verb its last content word:
 *   the subject between the auxiliary and the verb ("how many staff does the Harbourside Café
 *   employ": café);
 * - "when was X VERBed": the subject before the participle ("when was the lighthouse built").
 *
 * The requirement holds only when a sentence the candidates are read in names the asked thing:
 * a question whose thing the coverage names nowhere (or names in other words) says nothing of
 * which sentence is about it, and is left to the gate's plain rule and the classifier.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { askedActParts, subjectVerbRun } from './abstain-asked-time.js';
import { holdsPhrase, leadingHead } from './abstain-asked-thing.js';
import type { QueryPlan } from './plan/query-plan.js';
import { distance } from 'fastest-levenshtein';
import { isSpellingVariant } from './plan/spelling-variant.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/**
 * Most letters two spellings of the asked thing's name may differ by when the engine has not
 * linked them: a transliteration's variants differ by one ("Rosgvardia", "Rosgvardiya"); at two,
 * plan/spelling-variant.ts's bound for WordNet's synonyms, "maker" would name the mayor.
 */
const NAME_EDITS = 1;

/** "How old is X", "how long were X": the words after the copula in group 1. */
const HOW_BE = /^\s*how\s+\p{L}+\s+(?:is|are|was|were)\s+(.+)$/isu;
/**
 * "How fast does X VERB", "how many staff does X employ": the words after the auxiliary (a
 * closed class) in group 1.
 */
const HOW_AUX =
  /^\s*how\s+(?:many\s+|much\s+)?[\p{L}-]+\s+(?:do|does|did|has|have|had|will|would|can|could|should|shall)\s+(.+)$/isu;

/**
 * The head of the thing `question` asks an attribute of (see the top of this file), folded, or
 * null when it asks in none of the forms or the subject is no content word ("how old is he").
 *
 * @example askedSubject('How old is the mayor of Quarnby?') // 'mayor'
 * @example askedSubject('How many staff does the Harbourside Café employ?') // 'cafe'
 */
export function askedSubject(question: string): string | null {
  const be = HOW_BE.exec(question)?.[1];
  if (be !== undefined) return leadingHead(phraseBeforeComma(be));
  const aux = HOW_AUX.exec(question)?.[1];
  if (aux !== undefined) {
    const run = subjectVerbRun(aux);
    // The verb closes the run; a run of one word tells no subject from it. A content word after
    // the run means the subject ran on past it ("how long did the tide test in July take": the
    // run "tide test" is the subject, its verb comes later), so the run's last word is no verb.
    const after = tokenize(aux).filter((token) => !isStopWord(token)).length > run.length;
    return run.length >= 2 && !after ? run[run.length - 2]! : null;
  }
  const act = askedActParts(question);
  return act === null ? null : leadingHead(phraseBeforeComma(act.subject));
}

/** The words of `text` before its first comma: a comma closes a noun phrase ("the deal, page-wise"). */
function phraseBeforeComma(text: string): string {
  return text.split(',')[0]!;
}

/**
 * The ways the question's plan writes its word `term` (index terms): every alternative of its
 * concept, the word meant by a misspelling included, as a name is the same name however
 * spelled; the word alone when it is no concept of the plan.
 */
function namingForms(plan: QueryPlan, term: string): string[][] {
  const concept = plan.concepts.find((c) => c.alternatives[0]?.terms.includes(term));
  return concept ? concept.alternatives.map((a) => a.terms) : [[term]];
}

/**
 * A test of whether sentence `s` (a sentence the candidates are read in) may state an attribute
 * of the thing the question asks it of ({@link askedSubject}): its article names the thing in a
 * sentence the candidates are read in or in its metadata (any form the engine links to its word,
 * or a spelling {@link NAME_EDITS} letter apart). Null when the question names no such thing, or
 * no sentence the candidates are read in names it: then every sentence may state it, as before
 * this rule.
 */
export function subjectStatedIn(input: AbstentionInput): ((s: number) => boolean) | null {
  const subject = askedSubject(input.plan.question);
  if (subject === null) return null;
  const term = stem(subject);
  const forms = namingForms(input.plan, term);
  const names = (s: number | null) => {
    if (s === null) return false;
    const { stems } = input.wordsOf(s);
    return (
      forms.some((phrase) => holdsPhrase(stems, phrase)) ||
      stems.some((other) => isSpellingVariant(term, other) && distance(term, other) <= NAME_EDITS)
    );
  };
  const articleOf = (s: number) => input.sentences[s]?.article ?? -1;
  const naming = new Set(candidateContext(input).filter(names).map(articleOf));
  if (naming.size === 0) return null;
  const inMetadata = (article: number) => {
    const metadata = input.metadataTermsOf(article);
    return forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!));
  };
  return (s) => naming.has(articleOf(s)) || inMetadata(articleOf(s));
}
