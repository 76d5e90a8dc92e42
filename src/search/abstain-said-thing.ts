/**
 * A hard gate of abstention (abstain.ts): a question for what a thing said, found or decided
 * ("what did the inspectors' final report conclude", "what did the environmental assessment say
 * about salinity") asks for words the coverage gives as that thing's. A report, a review, an
 * assessment speaks only through the coverage's reported speech: it is the subject of a verb of
 * saying or finding ("The review said about half of the increase…", "The survey, which began in
 * May, has found…") or the source after "according to". A sentence that only mentions it ("the
 * environmental assessment would be published in full before construction begins", "The
 * inspectorate said its final report … would address that request") gives none of its words,
 * and shown as the answer it would put another's words in its mouth (the speech act asked is a
 * report of what the thing asserted: Searle 1969 on assertives; reported speech names its
 * speaker as the reporting verb's subject, Quirk et al. 1985, §14.29).
 *
 * Only a speaker headed by a common noun of a document or an inquiry ({@link DOCUMENT_FILES}),
 * asked of in the past ("what did … conclude", "what has … found"), is read: a person or a body
 * is told again by name or by another role noun ("the exiled candidate" is Tsikhanouskaya), and
 * the said-speaker gate (abstain-said-speaker.ts) reads names; "what does the deal say" asks the
 * standing content of a text, which the coverage tells in any words. A document is told again by
 * its head noun (lexical cohesion by repetition, Halliday and Hasan 1976), or by "it" in the
 * sentence after one naming it. A piece of the coverage ("what did the article say") speaks in
 * each of its sentences, and so does a source the speaker's own words name ("what did Hoover's
 * 1930 message say": each sentence of that message).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, neighbourhood } from './abstain-features.js';
import { subjectHead } from './abstain-bound-value.js';
import type { QueryPlan } from './plan/query-plan.js';
import { PIECE_NOUNS } from './plan/page-question.js';
import { piecesNamed } from './plan/piece-kinds.js';
import { SOURCE_NOUNS } from './plan/source-match.js';
import { asksPastSaying, speakerPhrase } from './plan/speaker.js';
import {
  NOUN_ACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  usualNounFiles,
} from './usual-noun-files.js';
import { CLAUSE_OBJECT_VERBS } from '../timeline/lexicon.js';
import { stem, tokenize } from '../text/terms.js';
import { BE_FORMS } from '../text/auxiliaries.js';

/**
 * Verbs by which a document or an inquiry reports, beside the verbs of saying that take a clause
 * (timeline/lexicon.ts `CLAUSE_OBJECT_VERBS`): "declare" and "conjecture" verbs ("found",
 * "concluded", "showed": Levin 1993, English Verb Classes and Alternations, §29.4–29.5), "advise"
 * verbs ("recommended", "urged": §37.9), judgement verbs ("criticised", "blamed": §33),
 * "characterize" verbs ("described": §29.2), and the verbs by which news tells what a document
 * sets out ("The leaked register lists …", "identified", "The review put the total at …").
 */
const FINDING_VERBS = new Set(
  (
    'find finds found conclude concludes concluded show shows showed shown recommend ' +
    'recommends recommended urge urges urged criticise criticises criticised criticize ' +
    'criticizes criticized blame blames blamed describe describes described list lists ' +
    'listed identify identifies identified put puts'
  ).split(' '),
);

/**
 * WordNet lexicographer files (lexnames(5WN)) of the things that speak only through reported
 * speech: documents ("report", "memo": noun.communication), inquiries and their findings
 * ("survey", "audit": noun.act; "review", "assessment": noun.cognition). Not a person, a body or
 * a place (plan/speaker.ts `maySpeak`), nor a role read by another sense ("the KGB head":
 * noun.body), told again by name.
 */
const DOCUMENT_FILES: readonly number[] = [NOUN_ACT, NOUN_COGNITION, NOUN_COMMUNICATION];

/** Words at most between the speaker's head and its verb: "The survey, which began in May, has found". */
const HEAD_TO_VERB = 6;
/** Words at most between "according to" and the speaker's head: "according to a regional audit". */
const ACCORDING_TO_HEAD = 4;

/** Forms of "be" (text/auxiliaries.ts), which make a following participle passive. */
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/** True when `word` (folded) reports words: a verb of saying or of finding. */
function reports(word: string): boolean {
  return CLAUSE_OBJECT_VERBS.has(word) || FINDING_VERBS.has(word);
}

/**
 * Whether the candidates give words of the thing a question asks the words of: undefined when
 * the question asks no thing's words (no speaker, a speaker that may speak, a word the
 * coverage lacks or writes as a name, a piece of the coverage: see the top of this file); else
 * whether a sentence the candidates are read in (their neighbours and the sentences they lean
 * on) makes the speaker's head (its stem; "it" after a sentence holding it) the subject of an
 * active verb that reports ({@link FINDING_VERBS}, `CLAUSE_OBJECT_VERBS`, within
 * {@link HEAD_TO_VERB} words after it) or names it after "according to", or is a sentence of
 * the source the speaker's words name. Costs two tokenisings of each sentence read (bounded by
 * the candidates, not the corpus).
 */
export function saidThingHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  // "What does the deal say" asks a text's standing content, told in any words ("the agreement
  // spells out …"); "what did the review conclude" asks an act of saying, told as one.
  if (!asksPastSaying(plan.question)) return undefined;
  const phrase = speakerPhrase(plan.question);
  const head = phrase === null ? null : subjectHead(phrase);
  if (head === null || !usualNounFiles(head).some((file) => DOCUMENT_FILES.includes(file)))
    return undefined;
  // A head the coverage never writes, or writes as a name, may be a short form or part of a
  // name ("the polish pm", "the Courier"): who is meant is told by other words.
  const term = stem(head);
  if (!input.hasTerm(term) || !input.writtenInLowerCase(term)) return undefined;
  // "What did grant say": a head naming the question's source (an author, "Grant") is a name.
  if (plan.sources.terms.has(term) && !SOURCE_NOUNS.has(head)) return undefined;
  // "What did the article say": a piece of the coverage speaks in each of its sentences, and so
  // does a kind of piece ("the letter", "the editorial", "the press release": plan/piece-kinds.ts),
  // which may name an article of the coverage by its genre (engine/article-naming.ts).
  if (PIECE_NOUNS.has(head) || piecesNamed(phraseWords(phrase!)).length > 0) return undefined;
  // "What did Hoover's 1930 message say": the piece its own words name speaks in each sentence.
  const ownSource = SOURCE_NOUNS.has(head) && namesSource(plan, phrase!, term);
  for (const s of candidateContext(input)) {
    if (ownSource && plan.sources.articles.has(input.sentences[s]!.article)) return true;
    // "The shellfish survey … has been published. It recommends …": "it" in the sentence
    // after one naming the thing stands for it, as "She said" does for a person.
    const after =
      neighbourhood(input.sentences, s).includes(s - 1) && holdsWord(input.textOf(s - 1), term);
    if (reportsAt(input.textOf(s), term, after)) return true;
  }
  return false;
}

/** The words of the speaker's phrase as written, lower case (plan/piece-kinds.ts compares them so). */
function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.word.toLowerCase());
}

/** True when a word of the speaker's phrase other than its head names the question's source. */
function namesSource(plan: QueryPlan, phrase: string, head: string): boolean {
  return tokenize(phrase).some(
    (t) => stem(t.word) !== head && plan.sources.terms.has(stem(t.word)),
  );
}

/** True when `text` holds a word whose stem is `head`. */
function holdsWord(text: string, head: string): boolean {
  return tokenize(text).some((token) => stem(token.word) === head);
}

/**
 * True when `text` makes the stem `head` (or "it", when `itIsHead`) a reporting verb's subject
 * or the source "according to".
 */
function reportsAt(text: string, head: string, itIsHead: boolean): boolean {
  const words = tokenize(text).map((token) => token.word);
  for (let i = 0; i < words.length; i++) {
    if (stem(words[i]!) !== head && !(itIsHead && words[i] === 'it')) continue;
    const after = words.slice(i + 1, i + 1 + HEAD_TO_VERB);
    // "Its final report is expected by the summer": a passive verb's subject is what is
    // reported on, not the one reporting (Quirk et al. 1985, §3.63).
    if (after.some((word, k) => reports(word) && !BE.has(after[k - 1] ?? ''))) return true;
    const before = words.slice(Math.max(0, i - ACCORDING_TO_HEAD - 1), i);
    if (before.some((word, k) => word === 'according' && before[k + 1] === 'to')) return true;
  }
  return false;
}
