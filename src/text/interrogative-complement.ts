/**
 * A dependent wh-interrogative clause: the complement of a verb or adjective that takes an
 * interrogative clause ("agreed how the money will be spent", "decided which roads to close",
 * "it is unclear who will pay"), or the object of a preposition ("talks on how the fee is set",
 * "an inquiry into why the wall fell"). Such a clause names an open question, not its answer:
 * "agreed how the money will be spent" tells that a decision was made, not what was decided
 * (Quirk et al. 1985, A Comprehensive Grammar of the English Language, §15.5 on dependent
 * wh-interrogative clauses; Huddleston & Pullum 2002, The Cambridge Grammar of the English
 * Language, ch. 11 §5, interrogative content clauses), as "whether" leaves its content open.
 *
 * Only the verbs and adjectives that take such a complement are read, so a "how" or a "what"
 * after another word (a relative "the day on which", an exclamative "said how pleased she was")
 * opens no question here. After a bare preposition "which", "whom" and "whose" are left out: a
 * preposition before them opens a relative clause ("the road on which it stood"). "When" asks
 * only before an infinitive ("decided when to close"); otherwise it is read as a subordinator of
 * time ("agreed when they met on Tuesday").
 */
import { anyOf } from './word-class.js';

/** Verbs and adjectives that take a wh-interrogative clause as complement, in their forms. */
export const INTERROGATIVE_COMPLEMENT_HEADS: readonly string[] = [
  ...['agree', 'agrees', 'agreed', 'agreeing', 'decide', 'decides', 'decided', 'deciding'],
  ...['determine', 'determines', 'determined', 'determining', 'discuss', 'discusses'],
  ...['discussed', 'discussing', 'debate', 'debates', 'debated', 'debating', 'consider'],
  ...['considers', 'considered', 'considering', 'examine', 'examines', 'examined', 'examining'],
  ...['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering'],
  ...['know', 'knows', 'knew', 'known', 'explain', 'explains', 'explained', 'explaining'],
  ...['establish', 'establishes', 'established', 'establishing', 'investigate'],
  ...['investigates', 'investigated', 'investigating', 'unclear', 'unsure', 'uncertain'],
];

/** Prepositions whose object may be an interrogative clause: "talks on how", "a row over who". */
const EMBEDDING_PREPOSITIONS = ['on', 'about', 'over', 'into', 'as to'];

/** Wh-words that open a question after a preposition too. */
const WH_ASKING = String.raw`how|what|who|where|why|when(?=\s+to\b)`;

/**
 * Where a dependent wh-interrogative clause opens: after a head of
 * {@link INTERROGATIVE_COMPLEMENT_HEADS} (with or without a preposition between) or after a
 * preposition of its own. Matched with the `i` flag; the match starts at the head or the
 * preposition.
 */
export const DEPENDENT_WH_INTERROGATIVE = new RegExp(
  String.raw`\b(?:(?:${anyOf(INTERROGATIVE_COMPLEMENT_HEADS)})\s+(?:(?:${anyOf(EMBEDDING_PREPOSITIONS)})\s+)?(?:${WH_ASKING}|which|whom|whose)` +
    String.raw`|(?:${anyOf(EMBEDDING_PREPOSITIONS)})\s+(?:${WH_ASKING}))\b`,
  'i',
);
