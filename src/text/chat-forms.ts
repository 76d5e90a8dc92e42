/**
 * Chat spellings of English words: contractions written as said ("gonna", "wanna", "y'all",
 * "whats") and a few chat shorthands for whole words ("ppl", "u"). A question is read in their
 * standard form, so "how much are creditors gonna get back" is planned as "how much are
 * creditors will get back" and asks what "how much will creditors get back" asks: an unknown
 * word no article uses ("gonna") would otherwise weigh as the question's rarest.
 *
 * Each form stands for one reading, the one it has in a question: "gonna" is only ever the
 * future auxiliary ("going to" + verb; never motion to a place), so it reads "will"; "gotta"
 * is obligation ("must"); "whats" is "what is". A small closed list of general English (the
 * contractions of Merriam-Webster's "gonna", "wanna", "gotta" usage notes and the common
 * chat spellings of wh-word contractions), never a per-corpus or per-question list.
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
  ['whats', 'what is'],
  ['whos', 'who is'],
  ['wheres', 'where is'],
  ['whens', 'when is'],
  ['hows', 'how is'],
  ['whys', 'why is'],
  ['u', 'you'],
  ['ur', 'your'],
  ['ppl', 'people'],
]);

/**
 * A word as tokenize reads one, apostrophes inside it included ("y'all", "ain’t"), standing
 * alone: not part of an abbreviation or a compound ("U.S.", "U-2", "u-turn").
 */
const WORD = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?![\p{L}\p{N}-]|\.\p{L})/gu;
/**
 * Forms this short are chat only in lower case: capitalised, they are names or initials
 * ("Ur", "PPL").
 */
const LOWER_CASE_ONLY = 3;

/**
 * `text` with every chat form ({@link CHAT_FORMS}) written in its standard words, lower case;
 * every other character kept as it was. Each replacement is at most a few characters longer
 * than the form, so the result stays within a small multiple of the text's length.
 *
 * @example
 * standardForms("how much are creditors gonna get back") // "how much are creditors will get back"
 * standardForms("Whats y'all's plan") // "what is you all's plan"
 */
export function standardForms(text: string): string {
  return text.replace(WORD, (word) => {
    const folded = foldWord(word);
    const standard = CHAT_FORMS.get(folded);
    if (standard === undefined) return word;
    if (folded.length <= LOWER_CASE_ONLY && word !== word.toLowerCase()) return word;
    // A possessive ("y'all's") keeps its ending on the last standard word.
    return /['’]s$/iu.test(word) && !folded.endsWith('s') ? `${standard}'s` : standard;
  });
}
