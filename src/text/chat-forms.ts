/**
 * Chat spellings of English contractions, written as said ("gonna", "wanna", "y'all", "ain't"):
 * a question is read with them in their standard words, so "how much are creditors gonna get
 * back" is planned as "how much are creditors will get back" and asks what "how much will
 * creditors get back" asks. Read as written, "gonna" is a word no article uses and would weigh
 * as the question's rarest.
 *
 * Each form stands for one reading, the one it has in a question: "gonna" is only ever the
 * future auxiliary ("going to" + verb, never motion to a place), so it reads "will"; "gotta"
 * is obligation ("must"). A small closed list of general English, never a per-corpus or
 * per-question one. Shorthands ("ppl", "u") are not here: they are framing words
 * (stop-words.ts QUESTION_WORDS), and reading them in standard words ("people") refused more
 * answerable development questions than it gained unanswerable ones.
 *
 * A wh-word written without its contraction's apostrophe ("whats", "whos", "hows") or in chat
 * spelling ("wat is") is read as the contraction ("what's", "who's", "how's"), not expanded:
 * the question then asks what the same question spelt properly asks (its answer type read from
 * the wh-word), with the same words, as the apostrophe folds away in index terms.
 */
import { foldWord } from './terms.js';

/** Folded chat form (foldWord: lower case, apostrophes dropped) → its standard words. */
const CHAT_FORMS: ReadonlyMap<string, string> = new Map([
  ['gonna', 'will'],
  ['gotta', 'must'],
  ['hafta', 'have to'],
  ['oughta', 'ought to'],
  ['wanna', 'want to'],
  ['tryna', 'trying to'],
  ['outta', 'out of'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['lotta', 'lot of'],
  ['dunno', 'do not know'],
  ['lemme', 'let me'],
  ['gimme', 'give me'],
  ['yall', 'you all'],
  ['aint', 'is not'],
  ['coulda', 'could have'],
  ['woulda', 'would have'],
  ['shoulda', 'should have'],
  ['musta', 'must have'],
  ['whatcha', 'what are you'],
]);

/**
 * Wh-words with a contraction written without its apostrophe → the contraction. Only where the
 * word is typed without one: "what's" is already standard.
 */
const WH_CHAT_FORMS: ReadonlyMap<string, string> = new Map([
  ['whats', "what's"],
  ['whos', "who's"],
  ['wheres', "where's"],
  ['whens', "when's"],
  ['hows', "how's"],
  ['whys', "why's"],
]);

/**
 * "wat" for "what", only before the verb a question opens with ("wat is", "wat did"): as a
 * word of its own "Wat" names a temple ("Wat Arun").
 */
const CHAT_WHAT = /\bwat(?=\s+(?:is|was|are|were|did|does|do|has|had|will|would|happened)\b)/giu;

/**
 * A word as tokenize reads one, apostrophes inside it included ("y'all", "ain’t"), standing
 * alone: not part of an abbreviation or a compound ("U.S.", "U-2", "u-turn").
 */
const WORD = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?![\p{L}\p{N}-]|\.\p{L})/gu;

/**
 * `text` with every chat form ({@link CHAT_FORMS}, {@link WH_CHAT_FORMS}, {@link CHAT_WHAT})
 * written in its standard words, lower case; every other character kept as it was. Each replacement is at most a few characters longer
 * than the form, so the result stays within a small multiple of the text's length.
 *
 * @example
 * standardForms("how much are creditors gonna get back") // "how much are creditors will get back"
 * standardForms("what's y'all's plan") // "what's you all's plan"
 * standardForms("whats the plan") // "what's the plan"
 * standardForms("wat is the plan") // "what is the plan"
 */
export function standardForms(text: string): string {
  return text.replace(CHAT_WHAT, 'what').replace(WORD, (word) => {
    const folded = foldWord(word);
    const contraction = /['’]/u.test(word) ? undefined : WH_CHAT_FORMS.get(folded);
    if (contraction !== undefined) return contraction;
    const standard = CHAT_FORMS.get(folded);
    if (standard === undefined) return word;
    // A possessive ("y'all's") keeps its ending on the last standard word.
    return /['’]s$/iu.test(word) && !folded.endsWith('s') ? `${standard}'s` : standard;
  });
}
