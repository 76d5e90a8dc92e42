/**
 * The kind of sum a question for money asks, as WordNet files it: "how much was the organiser
 * fined" asks for a fine, and a sum stated as a fine or as what a fine is a kind of ("a penalty
 * of £5,000") answers it, where a sum stated as one of another kind ("refunds cost the
 * organisers £48,000") is money but not the sum asked. A question's head noun fixes its answer
 * type, and WordNet's hierarchy refines a coarse type into the kind the noun names (Moldovan et
 * al., "The structure and performance of an open-domain question answering system", ACL 2000;
 * Li & Roth 2002's fine classes, NUM:money). The kind is the noun's senses among its most
 * frequent that are sums of money (WordNet's noun.possession file: the money question selects
 * them, as "penalty" is a punishment first), their words, and the classes just above them a
 * writer restates them by (the superordinate of Halliday & Hasan 1976, 6.1: "the fine" … "the
 * penalty"), as deep in the hierarchy as counted-superordinates.ts reads a counted noun's.
 */
import { keptIn } from '../../text/bounded-memo.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { isStopWord, tokenize } from '../../text/terms.js';
import { baseForms } from '../dictionary-words.js';
import { nounSensesOf } from '../noun-senses.js';
import { NOUN_POSSESSION } from '../usual-noun-files.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { depthOf, MIN_SUPERORDINATE_DEPTH } from './counted-superordinates.js';

/** WordNet's noun hierarchy is under 20 links deep: the bound only ends a malformed loop. */
const MAX_LINKS = 20;

/** The senses of `word` among its most frequent that are sums of money ({@link NOUN_POSSESSION}). */
function sumSenses(word: string): Synset[] {
  return [...new Set(nounSensesOf(word).filter((synset) => synset.lexFile === NOUN_POSSESSION))];
}

/**
 * The lemmas (lower case, a compound's words space-joined) of the kind of sum `word` (as written,
 * folded: "fined", "penalties") names: `own`, the words of its senses that are sums of money,
 * each written by a word of which it is one of the most frequent senses; `above`, those of their
 * hypernyms at least {@link MIN_SUPERORDINATE_DEPTH} links below the root ("penalty" names a
 * fine; "cost" and "outlay" name any sum spent). A verb made from the noun ("fined", "fining")
 * names its noun's sum: its base forms are read as nouns. Both empty when no sense among the
 * most frequent is a sum.
 *
 * @example sumKindsOf('fined') // { own: ['fine', 'mulct', 'amercement'], above: ['penalty'] }
 */
export function sumKindsOf(word: string): { own: string[]; above: string[] } {
  const nouns = lemmaSynsets('noun');
  const read = wordnetSynsets();
  const own = new Set<string>();
  const above = new Set<string>();
  const add = (synset: Synset, to: Set<string>) => {
    for (const lemma of synset.words) if (nouns(lemma).includes(synset)) to.add(lemma);
  };
  for (const sense of sumSenses(word)) {
    add(sense, own);
    for (const [pos, offset] of sense.hypernyms) {
      const hypernym = read(pos, offset);
      if (depthOf(hypernym) >= MIN_SUPERORDINATE_DEPTH) add(hypernym, above);
    }
  }
  return { own: [...own], above: [...above].filter((lemma) => !own.has(lemma)) };
}

/**
 * A definition whose genus is money ("money demanded for the return of a captured person", "a
 * sum of money paid…") and the participle right after it, in group 1: the act the differentia
 * makes the sum by (genus and differentia; Amsler 1981 reads WordNet-like hierarchies from such
 * definitions).
 */
const MONEY_MADE_BY = /^(?:an? |the )?(?:(?:sum|amount) of )?(?:money|payment|sum)\s+([a-z]+ed)\b/;

/**
 * The verbs (lemmas) whose act makes the kind of sum `word` (folded) names, as WordNet's
 * definitions of its sum senses say ({@link MONEY_MADE_BY}): "ransom" → ["demand"] ("money
 * demanded for the return of a captured person"), so "the hackers demanded £2.4m" states the
 * ransom. A regular participle only, whose base form WordNet has as a verb; empty for any other
 * definition.
 */
export function sumActsOf(word: string): string[] {
  const verbs = lemmaSynsets('verb');
  const acts = new Set<string>();
  for (const sense of sumSenses(word)) {
    const participle = MONEY_MADE_BY.exec(sense.definition)?.[1];
    if (participle === undefined) continue;
    const lemma = baseForms(participle).find(
      (form) => form !== participle && verbs(form).length > 0,
    );
    if (lemma !== undefined) acts.add(lemma);
  }
  return [...acts];
}

/** Every synset above `synset` in WordNet's noun hierarchy. */
function ancestorsOf(synset: Synset): Set<Synset> {
  const read = wordnetSynsets();
  const above = new Set<Synset>();
  let level = [synset];
  for (let link = 0; link < MAX_LINKS && level.length > 0; link++) {
    level = level.flatMap((s) => s.hypernyms.map(([pos, offset]) => read(pos, offset)));
    for (const s of level) above.add(s);
  }
  return above;
}

/**
 * What {@link namesOtherSum} reads of an asked word: its sum senses, every class above them, and
 * of those the classes that name a kind ({@link MIN_SUPERORDINATE_DEPTH}), under which its
 * co-hyponyms are.
 */
interface AskedSum {
  senses: Synset[];
  lineage: Set<Synset>;
  classes: Synset[];
}

/** Asked words read, and each passage word's verdict for each: both come back question after question. */
const askedSums = new Map<string, AskedSum>();
const verdicts = new Map<string, boolean>();
/** Bounds on the memos: a long-running engine meets ever new words. */
const MAX_KEPT = 20_000;

function askedSumOf(word: string): AskedSum {
  return keptIn(askedSums, word, MAX_KEPT, () => {
    const senses = sumSenses(word);
    const lineage = new Set(senses);
    for (const sense of senses) for (const above of ancestorsOf(sense)) lineage.add(above);
    const classes = [...lineage].filter(
      (synset) => !senses.includes(synset) && depthOf(synset) >= MIN_SUPERORDINATE_DEPTH,
    );
    return { senses, lineage, classes };
  });
}

/**
 * True when `noun` (a passage's word, folded) names a sum of another kind than the asked one: its
 * most frequent noun sense is a co-hyponym of the asked kind, under one of the classes above it
 * that names a kind ("refund" and "fine" are both payments), and neither the kind, a class above
 * it, nor a kind of it. Co-hyponyms are incompatible (Cruse, Lexical Semantics, 1986, 4.7): a
 * refund is no fine, so a sum said to be a refund is not the fine asked. Nouns under no such
 * class ("money", "sum", "audit") say nothing of the kind. And the word is a noun more often
 * than not ({@link usuallyNoun}); the lexicon is read last, for the few words that pass the rest.
 */
function isOtherSum(noun: string, asked: AskedSum): boolean {
  const sense = nounSensesOf(noun)[0];
  if (sense === undefined || sense.lexFile !== NOUN_POSSESSION || asked.lineage.has(sense))
    return false;
  const above = ancestorsOf(sense);
  return (
    !asked.senses.some((kind) => above.has(kind)) &&
    asked.classes.some((kind) => above.has(kind)) &&
    usuallyNoun(noun)
  );
}

/**
 * True when `word` (folded) is used as a noun more than as anything else: the lexicon's most
 * frequent tag for it, or for its base form when it lacks the word ("refunds": "refund"), is a
 * noun's; a word it lacks altogether is read as WordNet reads it. "Must pay £12,000" pays a sum,
 * it names none: "pay" is a verb first, though its noun is a wage.
 */
function usuallyNoun(word: string): boolean {
  for (const form of [word, ...baseForms(word).slice(1)]) {
    const first = lexiconTags(form)?.[0];
    if (first !== undefined) return first.startsWith('NN');
  }
  return true;
}

/**
 * True when `text` names a sum of another kind than the one `word` (the question's word of money,
 * folded: "fined") asks ({@link isOtherSum}): "refunds" for a fine, "a bonus" for a salary. Names
 * (capitalised past a text's first word: "the Monetary Fund") are not read as the nouns they
 * hold. Costs a look-up of each word's first noun sense, kept.
 */
export function namesOtherSum(text: string, word: string): boolean {
  const asked = askedSumOf(word);
  if (asked.classes.length === 0) return false;
  for (const token of tokenize(text)) {
    if (isStopWord(token) || /\d/.test(token.word)) continue;
    if (token.start > 0 && /^\p{Lu}/u.test(text.slice(token.start, token.start + 1))) continue;
    const key = `${word}\0${token.word}`;
    if (keptIn(verdicts, key, MAX_KEPT, () => isOtherSum(token.word, asked))) return true;
  }
  return false;
}
