/**
 * A body named in one sentence and referred to by a general noun in the next: "Fenmarsh Coaches
 * has gone into administration." / "The company said its debts were £4.6m." A definite
 * description resolves to the salient antecedent of a compatible class (Vieira & Poesio 2000,
 * "An empirically based system for processing definite descriptions", Computational Linguistics
 * 26(4); Halliday & Hasan 1976, Cohesion in English, 6.1–6.2, a superordinate or general noun
 * restating what was just named), and the most salient is the subject of the sentence before
 * (centering: Grosz, Joshi & Weinstein 1995). So the sentence is compared as if it named the
 * body: against another outlet's "Fenmarsh Coaches said its debts were £6.4m" the two differ on
 * the figure, and "The company went into administration on Tuesday" is one fact with
 * "Fenmarsh Coaches went into administration on Tuesday".
 *
 * Only when the referent is certain, as fact-described-person.ts asks for an age:
 * - the sentence opens with "The" and a noun for a body ending the description
 *   (described-subject.ts `describedHead`), or its possessive ("The company's debts were …",
 *   answer-type.ts `namesOrganisation`), with no modifier but words the sentence before holds
 *   ("The coach firm" after "Fenmarsh Coaches …"): another may say another body is meant ("The
 *   rival company", "The parent company");
 * - the sentence before, in its article's body, opens with one name of two or more capitalised
 *   words as its subject (described-subject.ts `namedSubject`) and names nothing else so; of any
 *   paragraph, as news writes a paragraph of a sentence or two and refers back across it (as
 *   fact-described-person.ts reads an age);
 * - the name's class is compatible with the head ({@link compatibleClass}).
 *
 * A description opening the claim a frame of saying reports ("Administrators said the company
 * had debts of £4.6m") is read so too: the frame is no part of the fact (fact-attribution.ts).
 */
import { baseForms } from '../dictionary-words.js';
import { describedHead, namedSubject } from '../described-subject.js';
import { descriptionWords, HEAD_PLACES, withoutComma } from '../opening-description.js';
import { stem } from '../../text/terms.js';
import { escapeRegExp } from '../../text/escape.js';
import { claimOf } from './fact-attribution.js';
import { nounSensesOf } from '../noun-senses.js';
import { namesOrganisation } from '../plan/answer-type.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { matchesOf } from '../../text/matches-of.js';

/** A run of two or more capitalised words: a name a sentence may hold besides its subject's. */
const NAME_RUN = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*)+/gu;

/**
 * The name `sentence` opens with as its subject (described-subject.ts `namedSubject`) when it
 * names nothing else by a run of capitalised words, else null: a second name may be the one a
 * description means ("… sold its depot to Orwell Buses").
 */
function soleNamedSubject(sentence: string): string | null {
  const name = namedSubject(sentence);
  if (name === null) return null;
  const others = [...matchesOf(sentence, NAME_RUN)].some(
    (m) => !name.includes(m[0].replace(/^The\s+/u, '')),
  );
  return others ? null : name;
}

/** "The" and a noun's possessive opening a sentence: the noun (1) and the apostrophe (2). */
const POSSESSIVE_OPENING = /^The (\p{Ll}+)(['’])s\s/u;

/** How many hypernym links up a class is looked for (WordNet's noun hierarchy is ~18 deep). */
const MAX_HYPERNYM_DEPTH = 12;

/** The lemmas of the synsets naming a commercial body: company n.1, business n.1 (WordNet 3.1). */
const COMMERCIAL_BODY = ['company', 'business'];
/** The class every body's first sense is filed under (WordNet: organization n.1). */
const ORGANISATION = 'organization';
/**
 * Classes of places: a place's name ends with its kind ("Cobb Mill Bridge", "Marsh Lane",
 * "Kelby Docks"), never a body's.
 */
const PLACE_CLASSES = ['location', 'structure', 'way', 'geological formation', 'body of water'];

/** A synset's identity: its lemmas, in order. */
const keyOf = (synset: Synset): string => synset.words.join('|');

/** The first synset and each of its hypernyms up to {@link MAX_HYPERNYM_DEPTH}, by key. */
function classesOf(first: Synset): Map<string, Synset> {
  const read = wordnetSynsets();
  const found = new Map<string, Synset>([[keyOf(first), first]]);
  let level: Synset[] = [first];
  for (let depth = 0; depth < MAX_HYPERNYM_DEPTH && level.length > 0; depth++) {
    const next: Synset[] = [];
    for (const synset of level)
      for (const [pos, offset] of synset.hypernyms) {
        const hypernym = read(pos, offset);
        const key = keyOf(hypernym);
        if (found.has(key)) continue;
        found.set(key, hypernym);
        next.push(hypernym);
      }
    level = next;
  }
  return found;
}

/** True when one of `classes` is written by one of `lemmas`. */
function hasClass(classes: ReadonlyMap<string, Synset>, lemmas: readonly string[]): boolean {
  for (const synset of classes.values())
    if (lemmas.some((lemma) => synset.words.includes(lemma))) return true;
  return false;
}

/**
 * True when a body `name` (as written, "Fenmarsh Coaches", "Kelby Council") may be called by
 * the noun `head` ("company", "council", "group"), the first senses of both as WordNet files
 * them:
 * - a name whose last word is a kind of body ("Kelby Council", "Marrowick Fishers' Association")
 *   is called by that kind or a class above it ("the council"; "the association", "the group"),
 *   never by another kind ("the company" after "Kelby Council" is another body);
 * - a trade name, whose last word names the trade rather than a kind of body ("Fenmarsh
 *   Coaches", "Northwind Foods"), is called by a noun for a commercial body ("the company",
 *   "the firm"); not a name whose last word is a place's kind ("Cobb Mill Bridge"), nor one a
 *   surname may end (a word WordNet lacks, "Olsen", or a singular noun for a person, "Baker").
 */
export function compatibleClass(name: string, head: string): boolean {
  const last = (name.split(/\s+/u).at(-1) ?? '').toLowerCase().replace(/[’']s?$/u, '');
  const nameSense = nounSensesOf(last)[0];
  const headSense = nounSensesOf(head.toLowerCase())[0];
  if (nameSense === undefined || headSense === undefined) return false;
  const nameClasses = classesOf(nameSense);
  if (hasClass(nameClasses, [ORGANISATION])) return nameClasses.has(keyOf(headSense));
  if (hasClass(nameClasses, PLACE_CLASSES)) return false;
  const nouns = lemmaSynsets('noun');
  const plural = baseForms(last)
    .slice(1)
    .some((form) => form !== last && nouns(form).length > 0);
  if (!plural && hasClass(nameClasses, ['person'])) return false;
  return hasClass(classesOf(headSense), COMMERCIAL_BODY);
}

/**
 * `text` with a definite description of a body opening it or the claim it reports ("The company
 * said …", "Administrators said the company had …") read as the body the sentence before
 * (`before`, as the fact comparison reads it; null when there is none in its article) names as
 * its subject: "Fenmarsh Coaches said …". `text` itself when the referent is not certain (see
 * the module's rule).
 *
 * @example
 * withDescribedBody('The company said its debts were £4.6m.', 'Fenmarsh Coaches has gone into administration.')
 * // 'Fenmarsh Coaches said its debts were £4.6m.'
 */
export function withDescribedBody(text: string, before: string | null): string {
  if (before === null) return text;
  const read = text.startsWith('The ') ? withOpeningDescribed(text, before) : text;
  return read === text ? inReportedClaim(text, before) : read;
}

/** {@link withDescribedBody} of a sentence opening with "The". */
function withOpeningDescribed(text: string, before: string): string {
  const name = soleNamedSubject(before);
  if (name === null) return text;
  // "The company's debts …": the possessive ends the description at the body's noun.
  const possessive = POSSESSIVE_OPENING.exec(text);
  if (possessive !== null) {
    const [opening, noun, apostrophe] = possessive as unknown as [string, string, string];
    return namesOrganisation(noun) && compatibleClass(name, noun)
      ? `${name}${apostrophe}s ${text.slice(opening.length)}`
      : text;
  }
  // A head naming a body is a word of a closed list (described-subject.ts reads it so): tested
  // first, so that the lexicon, which the ending of the description is read by, is opened only
  // for such a sentence.
  const words = descriptionWords(text);
  const place = words.findIndex(
    (word, i) => i > 0 && i <= HEAD_PLACES && namesOrganisation(withoutComma(word)),
  );
  if (place < 0 || !modifiersRestate(words.slice(1, place), before)) return text;
  const head = withoutComma(words[place] as string);
  const described = describedHead(text);
  if (described?.kind !== 'group' || described.head !== head || !compatibleClass(name, head))
    return text;
  // The description as written, whatever spaces stand between its words.
  const description = new RegExp(
    `^${[...words.slice(0, place), head].map(escapeRegExp).join('\\s+')}`,
    'u',
  ).exec(text);
  return description === null ? text : `${name}${text.slice(description[0].length)}`;
}

/** A definite description by one noun alone: "the company", "The firm" (the noun, 1). */
const BARE_DESCRIPTION = /^the (\p{Ll}+)$/iu;

/**
 * The body a holder's words (`holder`, as written: "the company") name within their own
 * sentence (`text`), when they are a definite description by a noun for a body alone and the
 * sentence opens with one name as its subject and names nothing else so: "Halvard Renewables has
 * offered £2.4 million …, the company said" → "Halvard Renewables". The description restates
 * the sentence's subject as one in the sentence after does ({@link withDescribedBody}; Halliday
 * & Hasan 1976, 6.1–6.2), when the name's class is compatible with the noun ({@link
 * compatibleClass}). Null otherwise: "Orwell Buses said Fenmarsh Coaches had …, the company
 * said" names two bodies, either of which may be meant.
 */
export function bodyNamedInSentence(text: string, holder: string): string | null {
  const head = BARE_DESCRIPTION.exec(holder.trim())?.[1];
  if (head === undefined || !namesOrganisation(head)) return null;
  const name = soleNamedSubject(text);
  return name !== null && compatibleClass(name, head) ? name : null;
}

/**
 * `text` with a description opening the claim its frame of saying reports ("Administrators said
 * the company had debts of £4.6m": fact-attribution.ts `claimOf`) read as {@link
 * withDescribedBody} reads one opening a sentence; `text` itself otherwise.
 */
function inReportedClaim(text: string, before: string): string {
  if (!/\bthe\s/u.test(text) || namedSubject(before) === null) return text;
  const claim = claimOf(text);
  const at = claim.search(/\S/u);
  if (at <= 0 || !claim.startsWith('the ', at)) return text;
  const read = withOpeningDescribed(`The ${text.slice(at + 'the '.length)}`, before);
  return read.startsWith('The ') ? text : `${text.slice(0, at)}${read}`;
}

/**
 * True when each modifier of a description (as written, between "The" and its head) restates a
 * word of the sentence before (`before`): "The coach firm" after "Fenmarsh Coaches …", "The
 * Kelby firm" or "The Kelby-based firm" after "… in Kelby". A description's premodifiers that
 * the antecedent's own words hold point back to it (Vieira & Poesio 2000, premodifiers a subset
 * of the antecedent's); one they do not may say another body is meant ("The rival company",
 * "The parent company", "The new firm").
 */
function modifiersRestate(modifiers: readonly string[], before: string): boolean {
  if (modifiers.length === 0) return true;
  const said = new Set(
    before
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((word) => word.length > 0)
      .map(stem),
  );
  return modifiers.every((modifier) => {
    // A hyphened modifier by its first word: "Kelby-based", "coach-hire".
    const first = modifier.toLowerCase().split('-')[0] ?? '';
    return /^\p{L}+$/u.test(first) && said.has(stem(first));
  });
}
