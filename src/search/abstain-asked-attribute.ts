/**
 * A hard gate of abstention (abstain.ts): a question asking for an attribute of something
 * ("what colour was the van", "what size are the new bins", "what was the price of the
 * tickets") is answered only by a passage that gives a value of that attribute. "What + noun"
 * asks which of the noun's values holds (Quirk et al. 1985, §6.36 and §11.14, on the
 * determiner "what"/"which" before a noun naming the answer's kind; Li & Roth 2002 read the
 * same head as the answer's class), so a passage that names the van but no colour does not
 * answer "what colour was the van", however much of its topic it shares. The values are read
 * off WordNet (attribute-values.ts): the noun itself, a kind of it ("red", "navy blue"), an
 * adjective of it ("large", "tiny"). When no candidate (with its neighbours, the sentence it
 * leans on, or its article's metadata) holds one, the reply is a refusal, whatever the
 * classifier's probability.
 *
 * A value answers only when it is said of what the attribute is asked of: the nouns before the
 * attribute noun ("what was the PM2.5 level": the level of PM2.5; "the van's colour"), a
 * compound's modifiers naming the kind of thing it is an attribute of (Quirk et al. 1985,
 * ch. 17 on nouns premodifying nouns). "Nitrogen dioxide levels at the monitor fell
 * to 29" gives a level, of nitrogen dioxide; of PM2.5 it says nothing (the passage is about the
 * place without the answer: Kwiatkowski et al. 2019, Natural Questions). So a sentence holding a
 * value counts only when it, the sentence it leans on, or its article's metadata names each
 * such noun the coverage writes (abstain-bound-value.ts `namesSubject`). Adjectives before the
 * attribute noun ("the average level") say which value, not whose, and are not required; nor is
 * a noun the coverage never writes, which may abbreviate what it writes in full ("NO2" for
 * "nitrogen dioxide": a formula no lexicon here expands).
 *
 * Read only of a noun whose usual sense is an attribute (attribute-values.ts): other nouns
 * ("which company", "which insurer") are answered by an instance that a passage may name
 * without the noun ("Balfour Beatty won the contract"), which no lexicon lists. Left to other
 * gates: a measured attribute (the asked-thing gate reads "what depth", "what temperature" and
 * their measures; the sum gate "what price"), a frame noun ("what kind of"), and a question with
 * an answer type (plan/answer-type.ts: "what size" and "what number" ask a number, which almost
 * every passage holds, so a value of theirs cannot be told from the figures around it; "what
 * age" asks an age, read by the age gate), which the classifier weighs.
 */
import type { AbstentionInput } from './abstain-features.js';
import {
  candidateContext,
  focusHeadWord,
  focusModifierWords,
  FRAME_NOUNS,
} from './abstain-features.js';
import { namesSubject } from './abstain-bound-value.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { attributeValuesOf } from './attribute-values.js';
import { askedDimension, holdsDimension, QUANTITY_PATTERNS } from './plan/quantity.js';
import type { Dimension } from './plan/quantity.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { isAdjective } from '../timeline/adjectives.js';

/** An attribute a question asks the value of ({@link askedAttributeOf}). */
export interface AskedAttribute {
  /** The noun as the question writes it, folded ("colour"). */
  noun: string;
  /** The index-term phrases of the words that give one of its values (["navi", "blue"]). */
  values: string[][];
}

/** Value phrases by noun: their analysis into index terms is the same for every question. */
const phrasesOf = new Map<string, string[][]>();

function valuePhrases(noun: string, words: ReadonlySet<string>): string[][] {
  let phrases = phrasesOf.get(noun);
  if (phrases === undefined) {
    phrases = [...words]
      .map((word) => tokenize(word).map((token) => stem(token.word)))
      .filter((terms) => terms.length > 0);
    phrasesOf.set(noun, phrases);
  }
  return phrases;
}

/**
 * The attribute `question` asks the value of: the head of its focus (abstain-features.ts
 * {@link focusHeadWord}: "what colour", "what is the price of", "what was the van's colour")
 * when its usual sense is an attribute, neither a measured one (by its noun, or by a unit the
 * question asks the value in: {@link asksInUnit}) nor a frame noun; else null.
 *
 * @example askedAttributeOf('what colour was the van')?.noun // 'colour'
 */
export function askedAttributeOf(question: string): AskedAttribute | null {
  const head = focusHeadWord(question);
  if (head === null || FRAME_NOUNS.has(head) || askedDimension(head) !== null) return null;
  if (asksInUnit(question)) return null;
  const words = attributeValuesOf(head);
  return words === null ? null : { noun: head, values: valuePhrases(head, words) };
}

/** "… in km?", "… in metres": a unit of measure asked at the question's end, group 1. */
const IN_UNIT = /\bin\s+([\p{L}/]+)\s*[?.!]*\s*$/iu;

/**
 * True when `question` ends by naming the unit its value is asked in ("what radius does the zone
 * have in km?"): the attribute is then a measured one, whose value is a figure in that unit
 * (plan/quantity.ts `QUANTITY_PATTERNS` reads "2 km" as a length), not a word WordNet lists
 * (the "in" phrase of a measure names its unit: Quirk et al. 1985, §9.45 on "in" of respect),
 * and is left to the gates of measures as any measured attribute is.
 */
function asksInUnit(question: string): boolean {
  const unit = IN_UNIT.exec(question)?.[1];
  if (unit === undefined) return false;
  return (Object.keys(QUANTITY_PATTERNS) as Dimension[]).some((dimension) =>
    holdsDimension(`2 ${unit}`, dimension),
  );
}

/**
 * Whether the candidates give a value of the asked attribute: undefined when the question asks
 * none ({@link askedAttributeOf}) or has an answer type; else true when a sentence the
 * candidates are read in (abstain-features.ts `candidateContext`) holds a form of the noun the
 * engine links to it or a value word the question does not hold itself, or when a candidate's
 * article's metadata holds the noun.
 */
export function askedAttributeHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  if (plan.answerType !== null) return undefined;
  const asked = askedAttributeOf(plan.question);
  if (asked === null) return undefined;
  const forms = conceptForms(plan, stem(asked.noun));
  const articles = new Set(input.ranked.map((c) => input.sentences[c.sentence]?.article ?? -1));
  for (const article of articles) {
    const metadata = input.metadataTermsOf(article);
    if (forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!))) return true;
  }
  // "What colour is the red bus" names its value: the question's own words give none.
  const values = asked.values.filter((phrase) => !phrase.every((t) => plan.askedTerms.has(t)));
  const ofBearer = bearerTest(input);
  for (const s of candidateContext(input)) {
    const { stems } = input.wordsOf(s);
    const held =
      forms.some((phrase) => holdsPhrase(stems, phrase)) ||
      values.some((phrase) => holdsPhrase(stems, phrase));
    if (held && ofBearer(s)) return true;
  }
  return false;
}

/**
 * A test of whether a sentence names every noun before the asked attribute noun that the
 * coverage holds (see the top of this file; abstain-features.ts `focusModifierWords`,
 * adjectives left out), through abstain-bound-value.ts `namesSubject`, or, for a noun naming a
 * measured quantity (plan/quantity.ts `askedDimension`: "speed" in "what speed limit"), by a
 * figure in one of its units ("a 40mph limit").
 */
function bearerTest(input: AbstentionInput): (s: number) => boolean {
  const tests: Array<(s: number) => boolean> = [];
  for (const word of focusModifierWords(input.plan.question)) {
    if (isAdjective(word) || isStopWord(tokenize(word)[0]!)) continue;
    const names = namesSubject(input, word);
    if (names === null || !input.hasTerm(stem(word))) continue;
    // "What speed limit": "a 40mph limit" names the speed by its unit. A quantity's value is a
    // number times a unit of that quantity (SI Brochure, 9th edition, §2.1), so a figure in the
    // unit of the quantity a noun names ("speed", "weight", "height") says which quantity it is.
    const dimension = askedDimension(word);
    tests.push(
      dimension === null ? names : (s) => names(s) || holdsDimension(input.textOf(s), dimension),
    );
  }
  return (s) => tests.every((names) => names(s));
}
