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
 * per-question one.
 *
 * Chat abbreviations of English words ("ppl", "govt", "tmrw", "w/o", "bc", "u", "r") are read
 * as the words ({@link CHAT_ABBREVIATIONS}), as a stopword list is a language resource: the
 * entries are the standard senses given by dictionaries of internet and text-message
 * abbreviations (Wiktionary's "Appendix:English internet slang" and the entries it links;
 * the glossary of David Crystal, Txtng: The Gr8 Db8, Oxford University Press 2008), one
 * reading each, and none that stands for two words a question may mean ("diff": different or
 * difference; "prob": probably or problem; "min": minute or minimum). Never a word the corpus
 * itself writes: an abbreviation the coverage uses ("the HR department", "a 10-yr bond") is the
 * coverage's word, and the question means it as written (`keep` of {@link standardForms}).
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
 * Chat abbreviations of English words (folded) → the words, by the sources above. "u", "ur",
 * "pls" and "plz" stay framing words where the corpus writes them (stop-words.ts
 * QUESTION_WORDS); read here, they are function words or framing words all the same.
 */
const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ppl', 'people'],
  ['govt', 'government'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmrow', 'tomorrow'],
  ['2moro', 'tomorrow'],
  ['2morrow', 'tomorrow'],
  ['2day', 'today'],
  ['tonite', 'tonight'],
  ['yday', 'yesterday'],
  ['thru', 'through'],
  ['tho', 'though'],
  ['abt', 'about'],
  ['b4', 'before'],
  ['msg', 'message'],
  ['msgs', 'messages'],
  ['pic', 'picture'],
  ['pics', 'pictures'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['hr', 'hour'],
  ['hrs', 'hours'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['mins', 'minutes'],
  ['bday', 'birthday'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['prolly', 'probably'],
  ['esp', 'especially'],
  ['approx', 'approximately'],
]);

/**
 * Chat abbreviations written with a slash ("w/o power", "w/ help", "b/c"), which the
 * tokenizer would split into letters: group 1 the abbreviation. No corpus word is ever one.
 */
const SLASHED = /(?<![\p{L}\p{N}/])(w\/o|b\/c|w\/)(?=[\s\p{L}]|$)(?!\/)/giu;
const SLASHED_WORDS: ReadonlyMap<string, string> = new Map([
  ['w/o', 'without'],
  ['b/c', 'because'],
  ['w/', 'with'],
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
 * alone: not part of an abbreviation or a compound ("U.S.", "U-2", "u-turn", "R&B", "24/7").
 */
const WORD =
  /(?<![\p{L}\p{N}.&/-])[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?![\p{L}\p{N}&/-]|\.\p{L})/gu;

/**
 * `text` with every chat form ({@link CHAT_FORMS}, {@link WH_CHAT_FORMS}, {@link CHAT_WHAT},
 * {@link CHAT_ABBREVIATIONS}, {@link SLASHED}) written in its standard words, lower case; every
 * other character kept as it was. An abbreviation for which `keep` (given it folded) is true,
 * a word the corpus writes, is left as written. Each replacement is at most a few characters
 * longer than the form, so the result stays within a small multiple of the text's length.
 *
 * @example
 * standardForms("how much are creditors gonna get back") // "how much are creditors will get back"
 * standardForms("what's y'all's plan") // "what's you all's plan"
 * standardForms("whats the plan") // "what's the plan"
 * standardForms("wat is the plan") // "what is the plan"
 * standardForms("how many ppl were w/o power") // "how many people were without power"
 */
export function standardForms(text: string, keep?: (folded: string) => boolean): string {
  const slashed = text.replace(SLASHED, (form: string, _: string, at: number) => {
    const standard = SLASHED_WORDS.get(form.toLowerCase()) ?? form;
    // "w/help": the word after the slash stands apart once read.
    return /\p{L}/u.test(text.charAt(at + form.length)) ? `${standard} ` : standard;
  });
  return slashed.replace(CHAT_WHAT, 'what').replace(WORD, (word) => {
    const folded = foldWord(word);
    const contraction = /['’]/u.test(word) ? undefined : WH_CHAT_FORMS.get(folded);
    if (contraction !== undefined) return contraction;
    const abbreviated = CHAT_ABBREVIATIONS.get(folded);
    if (abbreviated !== undefined && !/['’]/u.test(word))
      return keep?.(folded) ? word : abbreviated;
    const standard = CHAT_FORMS.get(folded);
    if (standard === undefined) return word;
    // A possessive ("y'all's") keeps its ending on the last standard word.
    return /['’]s$/iu.test(word) && !folded.endsWith('s') ? `${standard}'s` : standard;
  });
}
