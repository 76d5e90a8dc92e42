/**
 * A hard gate of abstention (abstain.ts): "who won the 1927 World Series", "who invented the
 * cotton gin" ask for the doer of the act their verb names. The answer type attaches to the
 * asked predicate with its argument (Moldovan et al., "The Structure and Performance of an
 * Open-Domain Question Answering System", ACL 2000): the subject asked is the subject of that
 * verb, so a passage names it only where it tells the act. "President Lukashenko has accused the
 * opposition …" names a president and shares "president", but tells no one winning anything.
 * When no sentence the candidates are read in (abstain-features.ts `candidateContext`) holds the
 * act in its own words or a derived form (an inflection, "winner", "inventor": a match factor of
 * at least a derived form's, as abstain-event-told.ts reads it), the reply is a refusal,
 * whatever the classifier's probability. A WordNet synonym is not enough: an everyday verb's
 * synonym stands for it in one sense of many ("take" for "win": "took office" tells no win).
 *
 * Asked so: "who" then a verb in the past tense ("who won", "who signed", "who founded"); the
 * tense marks the word as the clause's finite verb (Quirk et al. 1985, §3.52: "who" as subject
 * takes the verb with no auxiliary). Left alone: a form of "be", "have" or "do" or a modal after
 * "who" (the verb follows later, or there is none: "who is the mayor"), a light verb ("who made
 * the decision": the act is its object, text/light-verbs.ts). A catenative verb's act is told
 * with its "to" complement's (Huddleston & Pullum 2002, ch. 14 §4: "who refused to recognise the
 * results" is answered by "the results were not recognised by the EU"), so a sentence telling
 * either answers. The act is asked with its object ("won the World Series"): the sentence
 * telling the act must hold the object's head in some form the engine links to it (a synonym
 * too: "signed the deal" for "signed the agreement"), as "we won the war" tells another win.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';
import { isPastForm } from '../timeline/past-forms.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../text/auxiliaries.js';
import { LIGHT_VERB_FORMS } from '../text/light-verbs.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { QUESTION_WORDS } from '../text/stop-words.js';

/** Auxiliaries after "who": the act's verb, if any, comes later ("who was elected"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  ...DO_FORMS,
  ...HAVE_FORMS,
  ...MODALS,
]);

/**
 * "who" opening the question (after "and", "so"), then the word after it in group 1, and the
 * verb of a "to" complement after that in group 2 ("who refused to recognise").
 */
const WHO_VERB =
  /^\W*(?:(?:and|so|but|then|ok|okay)\W+)?who\s+([\p{Ll}]+)\b(?:\s+to\s+([\p{Ll}]+))?/iu;

/**
 * The act's verb of a "who VERBed" question ({@link askedDoerAct}), as written and folded, or
 * null when the question is not of that form.
 *
 * @example
 * askedDoerAct('who won the world series in 1927') // 'won'
 * askedDoerAct('who is the mayor') // null
 */
export function askedDoerAct(question: string): string | null {
  return askedActs(question)?.[0] ?? null;
}

/**
 * The act's verb ({@link askedDoerAct}) and, after a catenative verb, its complement's verb
 * ("refused", "recognise"), folded; null when the question is not of the form.
 */
function askedActs(question: string): string[] | null {
  const match = WHO_VERB.exec(question);
  const word = match?.[1]?.toLowerCase();
  if (
    word === undefined ||
    AUXILIARIES.has(word) ||
    !isPastForm(word) ||
    LIGHT_VERB_FORMS.includes(word)
  )
    return null;
  // A past form the lexicon reads first as another part of speech ("who led", "who wound"
  // read as nouns) or a participle alone is not taken as the finite verb.
  const tags = lexiconTags(word);
  if (tags !== undefined && !tags.includes('VBD')) return null;
  const complement = match?.[2]?.toLowerCase();
  return complement === undefined ? [word] : [word, complement];
}

/**
 * The head of the object after the act's verb, folded: the last word of the first run of
 * content words after it ("the 1927 World Series in …" gives "series"), or null when a function
 * word or the end follows the verb directly and no content word comes before the next one
 * ("who abstained?").
 */
export function askedObjectHead(question: string, act: string): string | null {
  const tokens = tokenize(question);
  let at = tokens.findIndex((token) => token.word === act);
  if (at < 0) return null;
  at += 1;
  while (at < tokens.length && isStopWord(tokens[at]!) && !QUESTION_WORDS.has(tokens[at]!.word))
    at++;
  let head: string | null = null;
  for (; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) break;
    head = token.word;
  }
  return head;
}

/** The index of the plan's concept holding `word`'s stem among its alternatives, or -1. */
function conceptOf(input: AbstentionInput, word: string): number {
  const term = stem(word);
  return input.plan.concepts.findIndex((concept) =>
    concept.alternatives.some((alternative) => alternative.terms.includes(term)),
  );
}

/**
 * False when the question asks the doer of an act ({@link askedDoerAct}) and no sentence the
 * candidates are read in holds a form of the act; true when one does; undefined when the
 * question is not of the form or its plan has no concept of the verb.
 */
export function askedDoerHeld(input: AbstentionInput): boolean | undefined {
  const acts = askedActs(input.plan.question);
  if (acts === null) return undefined;
  const concepts = acts.map((act) => conceptOf(input, act));
  if (concepts.some((c) => c < 0)) return undefined;
  const head = askedObjectHead(input.plan.question, acts[acts.length - 1]!);
  const object = head === null ? -1 : conceptOf(input, head);
  const { derived } = SEARCH_OPTIONS.plan.matchFactor;
  for (const s of candidateContext(input)) {
    const { matched } = input.matcher.sentence(s);
    if (!concepts.some((c) => (matched[c] ?? 0) >= derived)) continue;
    if (object < 0 || (matched[object] ?? 0) > 0) return true;
  }
  return false;
}
