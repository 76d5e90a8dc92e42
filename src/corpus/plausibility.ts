/**
 * How plausible a decoded text is as writing, to choose between single-byte encodings that all
 * explain a file's bytes. A byte above 0x7F means a different character in Windows-1252,
 * ISO-8859-2 and Windows-1250, and a statistical detector (chardet) often ranks the wrong one
 * first on a short file: Polish "Łódź" read as Windows-1252 is "£ód¼". A wrong decoding shows
 * in three ways, counted here:
 * - a symbol or a number sign inside a word ("£ód¼", "Zdzis³aw"): Unicode categories S* and No
 *   next to a letter (punctuation such as "¿Dónde" is not counted: it opens words);
 * - a capital letter after a small one inside a word ("żDónde", "AppleŽ");
 * - letters no one language's alphabet explains together: French read as ISO-8859-2 gives
 *   "trčs", "ŕ", "fęte": each a letter of some alphabet, but no alphabet has them all.
 * - a word mixing letters of two scripts (Latin and Cyrillic, say; Latin in CJK writing is not,
 *   see below);
 * - a word beyond ASCII in a script other than the one most of the text's letters are in: an
 *   English file whose stray bytes read as Windows-1251 gives "The яю ferry Г( will sail", or
 *   read as Shift_JIS "The wagon 窶 leaked ﾃ badly", each word of another script alone in
 *   Latin writing (a text in Cyrillic read right has its few Latin words in ASCII, which every
 *   candidate decodes alike).
 * Scripts are the Unicode Script property (UAX #24). Chinese, Japanese and Korean writing is
 * one writing system here, as UTS #39 §5.1 groups its scripts (Han with Hiragana and Katakana,
 * with Hangul, with Bopomofo), and it writes Latin words among its own, in full-width forms too
 * ("NHKによると", "ＮＨＫ"): UTS #39 §5.2 "Highly Restrictive" allows Latin with each. So Latin in
 * such writing is no sign; the converse, a few CJK characters amid Latin writing, is.
 * The alphabets are the letters beyond A–Z of the Latin-script languages written in the
 * single-byte encodings iconv-lite reads (from their standard orthographies); letters of other
 * scripts (Cyrillic, Greek) are judged only by the mixing of scripts.
 */

import { matchesOf } from '../text/matches-of.js';

/** Letters beyond A–Z of each language (lower case). */
const ALPHABETS: readonly string[] = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüß', // German
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'àçèéíïòóúü', // Catalan
  'áéëïóöü', // Dutch
  'æøåéó', // Danish, Norwegian
  'åäöé', // Swedish, Finnish
  'áðéíóúýþæö', // Icelandic
  'ąćęłńóśźż', // Polish
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'áéíóöőúüű', // Hungarian
  'čćđšž', // Slovenian, Croatian, Bosnian
  'ăâîșțşţ', // Romanian
  'çğıöşü', // Turkish
  'äõöüšž', // Estonian
  'āčēģīķļņšūž', // Latvian
  'ąčęėįšųūž', // Lithuanian
  'çë', // Albanian
];

const NON_ASCII = /[^\p{ASCII}]/u;
/** The scripts of Chinese, Japanese and Korean writing (UTS #39 §5.1), as a character class body. */
const CJK_SCRIPTS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}';
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
/**
 * A letter of writing that spaces its words. CJK writing does not (UAX #29 §4.1), so a symbol
 * beside a CJK letter ("東京～大阪", "第①条", "￥100") stands between words, not inside one.
 */
const SPACED_LETTER = `[^\\P{L}${CJK_SCRIPTS}]`;
/**
 * A symbol next to a letter. The marks that go with a name by convention ("Apple™", "Acme®",
 * "©Reuters") and a unit's exponent ending a word ("40m²", "5 cm³") are writing, not signs of
 * a wrong decoding; an exponent inside a word ("Zdzis³aw") is one.
 */
const SYMBOL_IN_WORD = new RegExp(
  `(?<=${SPACED_LETTER})(?![™®©]|[¹²³](?!${SPACED_LETTER}))[\\p{S}\\p{No}]|(?![™®©])[\\p{S}\\p{No}](?=${SPACED_LETTER})`,
  'gu',
);
const CASE_BREAK = /\p{Ll}\p{Lu}/gu;
const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
/** A letter neither Latin nor of CJK writing, which writes Latin words among its own. */
const OTHER_SCRIPT = new RegExp(`[^\\P{L}\\p{Script=Latin}${CJK_SCRIPTS}]`, 'u');

/**
 * Latin letters beyond A–Z, by how often each occurs. A compatibility form of an ASCII letter
 * (full-width "Ｎ", which CJK encodings hold; a ligature "ﬁ") is that letter (NFKC), in no
 * alphabet's list.
 */
function nonAsciiLetters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matchesOf(text, /\p{Script=Latin}/gu)) {
    const letter = match[0].normalize('NFKC').toLowerCase();
    if (NON_ASCII.test(letter)) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  return counts;
}

/** Occurrences of Latin letters outside the one alphabet that explains the most of them. */
function unexplainedLetters(text: string): number {
  const counts = nonAsciiLetters(text);
  let total = 0;
  for (const count of counts.values()) total += count;
  let best = 0;
  for (const alphabet of ALPHABETS) {
    let explained = 0;
    for (const [letter, count] of counts) if (alphabet.includes(letter)) explained += count;
    best = Math.max(best, explained);
  }
  return total - best;
}

/**
 * Scripts a legacy encoding can write, by which a word is told apart: CJK first, so that a word
 * of CJK writing holding Latin letters is CJK; any other letter last.
 */
const SCRIPTS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['CJK', CJK],
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['other', /\p{L}/u],
];

/** The script of the first of {@link SCRIPTS} a word has a letter of, or null. */
function scriptOf(word: string): string | null {
  for (const [name, pattern] of SCRIPTS) if (pattern.test(word)) return name;
  return null;
}

/**
 * Words beyond ASCII in a script other than the text's main one: the script whose words hold
 * the most letters.
 */
function strayScriptWords(words: readonly string[]): number {
  const scripts = words.map(scriptOf);
  const letters = new Map<string, number>();
  scripts.forEach((script, i) => {
    if (script !== null) letters.set(script, (letters.get(script) ?? 0) + words[i]!.length);
  });
  let main: string | null = null;
  for (const [script, count] of letters)
    if (main === null || count > letters.get(main)!) main = script;
  return words.filter(
    (word, i) =>
      scripts[i] !== null &&
      scripts[i] !== main &&
      !(main === 'CJK' && scripts[i] === 'Latin') &&
      NON_ASCII.test(word),
  ).length;
}

/**
 * The number of signs that a text was decoded in the wrong encoding (see the file header):
 * 0 for plain writing, higher for less plausible text. Only differences between decodings of
 * the same bytes mean anything; the count is not a probability.
 *
 * @example
 * implausibility('Łódź twinning') // 0
 * implausibility('£ód¼ twinning') // 2
 */
export function implausibility(text: string): number {
  let count = 0;
  for (const match of matchesOf(text, SYMBOL_IN_WORD)) if (NON_ASCII.test(match[0])) count += 1;
  for (const match of matchesOf(text, CASE_BREAK)) if (NON_ASCII.test(match[0])) count += 1;
  const words = Array.from(matchesOf(text, WORD), (match) => match[0]);
  for (const word of words) if (LATIN.test(word) && OTHER_SCRIPT.test(word)) count += 1;
  return count + strayScriptWords(words) + unexplainedLetters(text);
}

/**
 * How many characters of a decoded text {@link wrongDecodingSigns} scores: enough writing to
 * tell encodings apart, and a bound on the cost for a file of up to 5 MB tried in several
 * encodings.
 */
const PLAUSIBILITY_SAMPLE = 64 * 1024;

/**
 * {@link implausibility} of a decoded text's first {@link PLAUSIBILITY_SAMPLE} characters: the
 * signs that its bytes were read in the wrong encoding (0 for plain writing).
 */
export function wrongDecodingSigns(text: string): number {
  return implausibility(text.slice(0, PLAUSIBILITY_SAMPLE));
}
