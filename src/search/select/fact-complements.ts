/**
 * What a decision decides. A verb of deciding or voting takes what is decided as its complement:
 * a to-infinitive ("voted to accept a pay deal", "agreed to sell the site") or a phrase after
 * "for", "against", "in favour of" ("voted for strike action"). That complement is part of the
 * event, not a detail of it (Huddleston & Pullum 2002, ch. 14, on catenative complements: the
 * infinitive clause is the verb's complement, so "voted to accept" and "voted to walk out" are
 * two predicates). Two reports of one verb of deciding with complements that do not meet tell two
 * decisions, however much else they share: "Workers at the plant have voted to accept a pay
 * deal" / "Workers at the plant have voted to walk out next week"; "voted for the deal" / "voted
 * against the deal". A complement on one side only says nothing either way.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { foldWord, isStopWord, stem, tokenize, type Token } from '../../text/terms.js';
import { DETERMINERS } from '../../text/determiners.js';
import { meets } from '../../text/verb-noun.js';
import { NUMBER_WORD_LIST } from './fact-values.js';

/**
 * Verbs (and nouns: "the vote to strike", "a ballot for action") of deciding, voting, committing
 * or refusing, whose complement says what was decided, as folded words.
 */
const DECIDING =
  /^(?:vot(?:e|es|ed|ing)|ballot(?:s|ed|ing)?|agre(?:e|es|ed|eing)|decid(?:e|es|ed|ing)|cho(?:ose|oses|se|sen|osing)|opt(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|refus(?:e|es|ed|ing)|offer(?:s|ed|ing)?|elect(?:s|ed|ing)?|back(?:s|ed|ing)|support(?:s|ed|ing)?|approv(?:e|es|ed|ing)|reject(?:s|ed|ing)?)$/u;

/**
 * Words that may stand between the verb and its complement: a figure or a tally ("voted 81% in
 * favour of", "voted by 412 to 36 to accept"), "by", "per cent", "overwhelmingly".
 */
const BETWEEN = /^(?:\d[\d,.]*%?|by|per|cent|percent|votes?|margin|majority|\p{Ll}+ly)$/u;

/** Prepositions that introduce what a vote is for or against, with the polarity they give. */
const FOR_AGAINST: ReadonlyArray<[readonly string[], '+' | '-']> = [
  [['in', 'favor', 'of'], '+'],
  [['in', 'favour', 'of'], '+'],
  [['in', 'support', 'of'], '+'],
  [['for'], '+'],
  [['against'], '-'],
];

/** How many words after the verb its complement may start (figures and adverbs between). */
const MAX_BETWEEN = 6;
/** How many content words of a noun phrase complement are read ("strike action"). */
const MAX_PHRASE_TERMS = 3;

const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS.map((d) => d.toLowerCase()));

/** Numbers written as words ("nine votes to four"): figures, never an infinitive. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(NUMBER_WORD_LIST);

/** True for a figure in digits or in words. */
const isFigure = (word: string) => /^\d/u.test(word) || NUMBER_WORDS.has(word);

/** What one verb of deciding decides in a passage. */
export interface Complement {
  /** The verb's key (its stem cut to `namePrefix` letters, as fact terms are). */
  verb: string;
  /** "+" for a decision to do or for a thing; "-" for one against it. */
  polarity: '+' | '-';
  /** The infinitive's key, or the content terms of the phrase after "for", "against". */
  keys: readonly string[];
}

const key = (word: string) => stem(foldWord(word)).slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** Each passage's complements, read once (a question compares a passage with several). */
const read = new Map<string, readonly Complement[]>();
const MAX_READ = 1024;

/** The complements of the verbs of deciding in `text`, in order. */
export function complementsOf(text: string): readonly Complement[] {
  let found = read.get(text);
  if (found === undefined) {
    found = readComplements(text);
    if (read.size >= MAX_READ) read.clear();
    read.set(text, found);
  }
  return found;
}

function readComplements(text: string): Complement[] {
  const tokens = tokenize(text);
  const found: Complement[] = [];
  tokens.forEach((token, i) => {
    if (!DECIDING.test(token.word)) return;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= MAX_BETWEEN &&
      (BETWEEN.test(tokens[j]!.word) || isFigure(tokens[j]!.word))
    ) {
      // "by 412 votes to 36", "by nine votes to four": the "to" of a tally, not of an infinitive.
      if (tokens[j + 1]?.word === 'to' && isFigure(tokens[j + 2]?.word ?? '')) j += 2;
      j += 1;
    }
    if (!adjoining(text, tokens, i, j)) return;
    const complement = infinitive(text, tokens, j) ?? phraseAfter(text, tokens, j);
    if (complement !== null) found.push({ verb: key(token.word), ...complement });
  });
  return found;
}

/** True when no punctuation stands between token `i` and token `j` (the words between skipped). */
function adjoining(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  const end = tokens[j]?.start ?? text.length;
  return !/[.,;:!?()—–]/u.test(text.slice(tokens[i]!.end, end));
}

/** "to accept …" at token `j`: the infinitive's key; not "to 36", "to the council". */
function infinitive(
  text: string,
  tokens: readonly Token[],
  j: number,
): Omit<Complement, 'verb'> | null {
  const verb = tokens[j + 1];
  if (tokens[j]?.word !== 'to' || verb === undefined) return null;
  const written = text.slice(verb.start, verb.end);
  if (!/^\p{Ll}/u.test(written) || DETERMINER_SET.has(verb.word) || isFigure(verb.word))
    return null;
  if (!/^\s+$/u.test(text.slice(tokens[j]!.end, verb.start))) return null;
  return { polarity: '+', keys: [key(verb.word)] };
}

/** "for strike action", "in favour of the deal", "against the plan" at token `j`. */
function phraseAfter(
  text: string,
  tokens: readonly Token[],
  j: number,
): Omit<Complement, 'verb'> | null {
  for (const [words, polarity] of FOR_AGAINST) {
    if (!words.every((word, k) => tokens[j + k]?.word === word)) continue;
    const keys: string[] = [];
    let k = j + words.length;
    while (k < tokens.length && keys.length < MAX_PHRASE_TERMS) {
      const token = tokens[k]!;
      if (/[.,;:!?()—–]/u.test(text.slice(tokens[k - 1]!.end, token.start))) break;
      if (isStopWord(token) || isFigure(token.word)) {
        if (keys.length > 0 && !DETERMINER_SET.has(token.word)) break;
      } else keys.push(key(token.word));
      k += 1;
    }
    return keys.length > 0 ? { polarity, keys } : null;
  }
  return null;
}

/** True when two complements of one verb may name one decision. */
function complementsMeet(
  x: Complement,
  y: Complement,
  synonymous: (x: string, y: string) => boolean,
): boolean {
  if (x.polarity !== y.polarity) return false;
  const kx = new Set(x.keys);
  const ky = new Set(y.keys);
  if (meets(kx, ky) || meets(ky, kx)) return true;
  return x.keys.some((p) => y.keys.some((q) => synonymous(p, q)));
}

/**
 * True when two reports use one verb of deciding ({@link DECIDING}, compared by its key), each
 * with a complement, and no complement of one meets one of the other's for that verb: the same
 * key or a verb and its noun ("to strike" / "for strike action": verb-noun.ts `meets`), or
 * WordNet synonyms (`synonymous`, on the two reports' terms: fact-relation.ts), with the same
 * polarity ("for" / "against").
 */
export function complementsApart(
  a: string,
  b: string,
  synonymous: (x: string, y: string) => boolean = () => false,
): boolean {
  const ca = complementsOf(a);
  if (ca.length === 0) return false;
  const cb = complementsOf(b);
  if (cb.length === 0) return false;
  const verbs = new Set(ca.map((c) => c.verb));
  for (const verb of verbs) {
    const x = ca.filter((c) => c.verb === verb);
    const y = cb.filter((c) => c.verb === verb);
    if (y.length > 0 && !x.some((p) => y.some((q) => complementsMeet(p, q, synonymous))))
      return true;
  }
  return false;
}
