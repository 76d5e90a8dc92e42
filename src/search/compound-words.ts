/**
 * Compound words written three ways: closed ("ceasefire", "email", "cooperate", "online"),
 * hyphenated ("cease-fire", "e-mail", "co-operate", "on-line") or spaced ("cease fire"). They
 * are one word, but the tokeniser (text/terms.ts) splits at a hyphen or a space, so the forms
 * share no index term. The forms are told apart by how they are written, not from a list: a
 * hyphen compound of the coverage gives its closed form (built at index time, the corpus's own
 * vocabulary), a question's hyphen or spaced pair gives its closed form, and the claim that no
 * passage holds a word checks each passage's text for the word written apart.
 */
import { isStopWord, stem, termsOf, tokenize, type Token } from '../text/terms.js';
import type { SynonymTable } from './wordnet-relations.js';

/** Hyphens joining a compound's parts: hyphen-minus, Unicode hyphen, non-breaking hyphen. */
const HYPHENS = '-\u2010\u2011';
const HYPHEN = new RegExp(`^[${HYPHENS}]$`);
/** A text holding none of these holds no hyphen compound. */
const ANY_HYPHEN = new RegExp(`[${HYPHENS}]`);
/** One space between the parts of a spaced compound. */
const SPACE = /^ $/;
/** A compound's part: letters only ("9-11" and "covid-19" are no words joined). */
const LETTERS = /^\p{L}+$/u;
/** Most parts joined ("mother-in-law"); longer runs are lists ("red-white-and-blue"). */
export const MAX_COMPOUND_PARTS = 3;
/** Phrases kept per closed form in the table: a closed form has few hyphenations. */
const MAX_PHRASES_PER_KEY = 2;

/**
 * The longest runs of two or more tokens of `text`, each of letters only, with `between`
 * matching the text between each two of them.
 */
function runsJoinedBy(text: string, tokens: readonly Token[], between: RegExp): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (!LETTERS.test(token.word)) return close();
    if (run.length > 0 && previous && between.test(text.slice(previous.end, token.start)))
      run.push(token);
    else {
      close();
      run = [token];
    }
  });
  close();
  return runs;
}

/**
 * The table of `texts`' hyphen compounds: the index term of each one's closed form
 * ("ceasefir" of "cease-fire") → the phrases of index terms it is written as ("ceas fire"),
 * sorted as {@link SynonymTable} is, at most {@link MAX_PHRASES_PER_KEY} per key, the most
 * frequent first. A phrase may be one term where a part is a stop word ("line" of "on-line").
 * Bounded by the corpus's compounds.
 *
 * @example buildCompoundTable(['A cease-fire held.']) // [['ceasefir', ['ceas fire']]]
 */
export function buildCompoundTable(texts: Iterable<string>): SynonymTable {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    // Most sentences hold no hyphen, so no run of words joined by one: they are not tokenised.
    if (!ANY_HYPHEN.test(text)) continue;
    for (const run of runsJoinedBy(text, tokenize(text), HYPHEN)) {
      if (run.length > MAX_COMPOUND_PARTS) continue;
      const phrase = termsOf(run.map((token) => token.word).join(' ')).join(' ');
      if (phrase.length === 0) continue;
      const key = stem(run.map((token) => token.word).join(''));
      let phrases = counts.get(key);
      if (!phrases) counts.set(key, (phrases = new Map()));
      phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, phrases]): [string, string[]] => [
      key,
      [...phrases]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_PHRASES_PER_KEY)
        .map(([phrase]) => phrase),
    ]);
}

/**
 * A question's words written apart as one ("cease-fire", "cease fire"), with the index term
 * of their closed form ("ceasefir") where `has` (the index's vocabulary) holds it. Hyphenated
 * parts may be any words ("on-line"); spaced ones only words that are no stop words, since
 * "any one" or "in to" are two words far more often than "anyone" or "into". `all` are the
 * question's tokens, stop words included.
 *
 * @example closedForms('Was a cease fire agreed?', tokenize('Was a cease fire agreed?'), (t) => t === 'ceasefir')
 * // [{ parts: [<cease>, <fire>], term: 'ceasefir' }]
 */
export function closedForms(
  text: string,
  all: readonly Token[],
  has: (term: string) => boolean,
): Array<{ parts: Token[]; term: string }> {
  const spaced = runsJoinedBy(text, all, SPACE).flatMap((run) =>
    // Every pair of neighbours in a spaced run: "the cease fire talks" is no one word.
    run.slice(1).flatMap((token, i) => {
      const pair = [run[i] as Token, token];
      return pair.some(isStopWord) ? [] : [pair];
    }),
  );
  const found: Array<{ parts: Token[]; term: string }> = [];
  const hyphenated = runsJoinedBy(text, all, HYPHEN).filter(
    (run) => run.length <= MAX_COMPOUND_PARTS,
  );
  for (const parts of [...hyphenated, ...spaced]) {
    const term = stem(parts.map((token) => token.word).join(''));
    if (has(term)) found.push({ parts, term });
  }
  return found;
}

/**
 * The ways a passage may write `word` (folded, one word) apart, each as the index terms a
 * passage writing it so must hold: for every cutting of the word into 2 to
 * {@link MAX_COMPOUND_PARTS} pieces, the terms of its pieces ({@link termsOf}: "ceas", "fire"
 * for "cease|fire"; "line" alone for "on|line", a stop word being no term). A cutting with a
 * term `has` (the index's vocabulary) lacks is left out, since no passage holds that piece; so
 * is one with no term at all ("here|in" for "herein": it cannot be looked up), and one holding
 * all of another's terms (its passages are among the other's). Each list is sorted; the lists
 * in the order their cuttings come. The last piece is looked up as the stemmer reads it alone
 * ("fires" and "fire" both "fire"), which is how a passage's word is indexed when it is the
 * question's or an inflection the stemmer undoes ("cease fires" for "ceasefire").
 * Candidates only: {@link writesApart} confirms a passage. Bounded by the square of the word's
 * length (its cuttings into three), in practice by its length: most of its beginnings are no
 * term.
 *
 * @example partTermSets('ceasefire', (t) => ['ceas', 'fire'].includes(t)) // [['ceas', 'fire']]
 */
export function partTermSets(word: string, has: (term: string) => boolean): string[][] {
  if (!LETTERS.test(word)) return [];
  // A piece's terms: [] for a stop word, null when the index lacks its term.
  const pieces = new Map<string, string[] | null>();
  const termsOfPiece = (piece: string): string[] | null => {
    let terms = pieces.get(piece);
    if (terms === undefined) {
      const found = termsOf(piece);
      terms = found.every(has) ? found : null;
      pieces.set(piece, terms);
    }
    return terms;
  };
  const sets = new Map<string, string[]>();
  const add = (...cut: Array<string[] | null>) => {
    if (cut.some((terms) => terms === null)) return;
    const terms = [...new Set(cut.flatMap((own) => own ?? []))].sort();
    if (terms.length > 0) sets.set(terms.join(' '), terms);
  };
  // Cuttings into two and three pieces (MAX_COMPOUND_PARTS), a piece the index lacks ending
  // every cutting it begins: a long word is read in about as many steps as its letters.
  for (let first = 1; first < word.length; first++) {
    const head = termsOfPiece(word.slice(0, first));
    if (head === null) continue;
    add(head, termsOfPiece(word.slice(first)));
    for (let second = first + 1; second < word.length; second++) {
      const middle = termsOfPiece(word.slice(first, second));
      if (middle !== null) add(head, middle, termsOfPiece(word.slice(second)));
    }
  }
  const all = [...sets.values()];
  return all.filter(
    (set) =>
      !all.some(
        (other) =>
          other !== set && other.length < set.length && other.every((t) => set.includes(t)),
      ),
  );
}

/**
 * True when `text` writes `word` (folded, one word) apart: 2 to {@link MAX_COMPOUND_PARTS}
 * neighbouring words joined by a hyphen or one space whose closed form has its stem
 * ("cease-fires" and "cease fire" for "ceasefire").
 *
 * @example writesApart('A cease fire held.', 'ceasefire') // true
 */
export function writesApart(text: string, word: string): boolean {
  const wanted = stem(word);
  const tokens = tokenize(text);
  for (const between of [HYPHEN, SPACE])
    for (const run of runsJoinedBy(text, tokens, between))
      for (let first = 0; first < run.length - 1; first++)
        // Porter's rules replace endings only, so a stem begins with its word's first letter:
        // a run that starts with another letter cannot close into the word.
        if ((run[first] as Token).word[0] === wanted[0])
          for (
            let last = first + 1;
            last < Math.min(run.length, first + MAX_COMPOUND_PARTS);
            last++
          ) {
            const closed = run
              .slice(first, last + 1)
              .map((token) => token.word)
              .join('');
            if (stem(closed) === wanted) return true;
          }
  return false;
}
