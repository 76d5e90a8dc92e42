/**
 * A "when" inside a question that opens an adverbial clause rather than asking a time: "what
 * was inflation down to when Reagan gave his 1982 address" asks a rate, and "when Reagan gave
 * his 1982 address" only says at what time. An English main-clause wh-question inverts its
 * subject and auxiliary ("when did piling start", "when were the gun boats to be ready"); a
 * subordinate clause keeps the subject first ("when he came in", "when the council approved
 * it"; Quirk et al., A Comprehensive Grammar of the English Language, 1985, §11.14 and §15.25;
 * Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 10). An
 * interrogative clause set inside the question keeps its subject first too, but as the object of
 * a preposition or of a verb that takes a clause ("what did the mayor say about when the gates
 * would close", "did she say when"; Quirk et al. §15.3–4), or as the direct object after an
indirect one ("tell me when the deal was signed", "can you ask them when it opens": ditransitive
complementation with a wh-clause, Quirk et al. ch. 16): that one still asks the time. A
 * "when" before a participle and no subject opens a reduced adverbial clause ("what did the
 * leader say when asked about the figures", "which traveller did he cite when talking about
 * China": a subordinator with a non-finite clause, Quirk et al. §14.9 and §15.34), wherever it
 * stands, once another wh-word has asked the question; an interrogative clause is finite, or an
 * infinitive ("say when to close"). Read by plan/answer-type.ts, whose wh-phrase must be an
 * interrogative one to say what is asked.
 */
import { AUXILIARIES, NEGATIVE_MODALS } from '../../text/auxiliaries.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { tokenize } from '../../text/terms.js';
import { CLAUSE_OBJECT_VERBS } from '../../timeline/lexicon.js';

/** Words after which an auxiliary may still stand inverted: "when exactly did it open". */
const BEFORE_INVERSION = new Set(['exactly', 'roughly', 'approximately', 'precisely', 'about']);
const INVERTED = new Set([...AUXILIARIES, ...NEGATIVE_MODALS]);
/** Prepositions that take an interrogative clause as their object: "about when", "as to when". */
const EMBEDDING_PREPOSITIONS = new Set(['about', 'of', 'on', 'to', 'regarding', 'over']);
/** Object pronouns, an indirect object between a verb and its interrogative clause: "tell me when". */
const INDIRECT_OBJECTS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
/** Verbs with an indirect object before a wh-clause, beside {@link CLAUSE_OBJECT_VERBS}' "tell". */
const ASKING_VERBS = new Set(['ask', 'asks', 'asked', 'show', 'shows', 'remind', 'inform']);

/**
 * True when the "when" at `offset` of `question` opens a subordinate clause: a word of the
 * question comes before it, and the word after it is not an auxiliary (nor one of
 * {@link BEFORE_INVERSION} then an auxiliary, nor a contraction: "when's"). At the question's
 * start, with nothing after it ("…, and when?"), or after a preposition or a verb taking a
 * clause, that verb's indirect object between (an interrogative clause as their object), it asks.
 *
 * @example opensSubordinateWhen('how many sailors died when the Maine blew up', 23) // true
 */
export function opensSubordinateWhen(question: string, offset: number): boolean {
  if (!/^when\b/iu.test(question.slice(offset))) return false;
  if (/^when['’]/iu.test(question.slice(offset))) return false;
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => token.start === offset);
  if (at <= 0) return false;
  const before = tokens[at - 1]!.word;
  if (
    opensReducedClause(tokens[at + 1]?.word, tokens[at + 2]?.word) &&
    tokens.slice(0, at).some((token) => WH_WORDS.has(token.word))
  )
    return true;
  if (EMBEDDING_PREPOSITIONS.has(before) || CLAUSE_OBJECT_VERBS.has(before)) return false;
  const verb = tokens[at - 2]?.word ?? '';
  if (INDIRECT_OBJECTS.has(before) && (CLAUSE_OBJECT_VERBS.has(verb) || ASKING_VERBS.has(verb)))
    return false;
  const next = tokens[at + 1]?.word;
  if (next === undefined || INVERTED.has(next)) return false;
  if (BEFORE_INVERSION.has(next) && INVERTED.has(tokens[at + 2]?.word ?? '')) return false;
  return true;
}

/** The wh-words that ask a question of their own before a "when" ({@link opensSubordinateWhen}). */
const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how']);

/**
 * True when `word` is a participle opening a non-finite clause: the lexicon reads it first as
 * an "-ing" form or a past participle (VBG, VBN), or as a past whose other reading is the
 * participle ("asked": VBD, VBN). Not when an auxiliary follows: then an "-ing" word is a
 * gerund as a finite clause's subject ("when building would start").
 */
function opensReducedClause(word: string | undefined, next: string | undefined): boolean {
  if (word === undefined) return false;
  if (next !== undefined && INVERTED.has(next)) return false;
  const tags = lexiconTags(word);
  const first = tags?.[0];
  return first === 'VBG' || first === 'VBN' || (first === 'VBD' && tags!.includes('VBN'));
}
