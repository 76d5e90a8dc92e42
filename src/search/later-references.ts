/**
 * Later references to a person or a named thing a candidate names: "Karl Voss was appointed
 * head of the agency." ¶ "He replaces a director who retired. The 41-year-old previously ran
 * the port." The
 * sentence giving Voss's age shares no word with "how old is Karl Voss", so retrieval never
 * finds it; its subject ("The 41-year-old", "He", "The minister") stands for the person named a
 * sentence or two before, across a paragraph break too (news style sets a sentence or two to a
 * paragraph and refers to someone just named by pronoun, age or role: the AP Stylebook's second
 * reference); so does "The railway" for "Quarnby Cliff Railway". Such a sentence is made a
 * candidate, scored with the sentence naming its referent, and quoted from it (search-index.ts
 * `rank`, select/widen.ts `widen`).
 *
 * The rule, after centering theory (Grosz, Joshi & Weinstein 1995, "Centering: a framework for
 * modeling the local coherence of discourse", Computational Linguistics 21(2)): what a sentence
 * names is the centre the next ones continue while their subject refers to it, and a pronoun or
 * description resolves to the nearest compatible antecedent before it (Hobbs 1978, "Resolving
 * pronoun references", Lingua 44; Mitkov 2002, Anaphora Resolution, on definite descriptions,
 * whose head must be compatible with the antecedent's):
 * - the naming sentence is article text naming the referent the question asks about: one
 *   person (select/fact-described-person.ts `onePersonNamed`) whose surname the question holds,
 *   or a name of two or more capitalised words as its subject (described-subject.ts
 *   `namedSubject`: "The Harbour Board voted …") every word of which the question holds;
 * - a later sentence of the same article, at most {@link REACH} sentences on (so the naming
 *   sentence, what stands between and it fit the longest quote, `SEARCH_OPTIONS.select
 *   .maxWindowSentences`) and at most {@link MAX_BREAKS} paragraph break away, whose subject is
 *   compatible with the referent: for a person "He" or "She" (singular, as one person is;
 *   "They" as often means a group), an age compound ("The 41-year-old previously ran …":
 *   fact-described-person.ts `AGE_DESCRIPTION`), or a definite description of a person
 *   (described-subject.ts `describedHead`, as the index saved it) whose head is a noun the article applied to the
 *   person in the text from the naming sentence on ("Energy minister Karl Voss …" / "The
 *   minister said …"); for a named thing or body a definite description headed by the name's
 *   head noun ("The railway" for "Quarnby Cliff Railway": opening-description.ts `headedBy`), or of a
 *   body by a noun the article applied to it ("Northwind Foods, the bakery company, …" / "The
 *   company …"). "It" is left out: as often it points to no thing ("It is expected that …",
 *   anticipatory it: Quirk et al. 1985, §18.33);
 * - nothing between offers a nearer antecedent: a sentence naming another person, or one whose
 *   subject describes a person the article did not apply to this one ("The driver …"), ends a
 *   person's reach, as the centre may have shifted there; a sentence opening with another name
 *   ends a thing's.
 * Each naming sentence adds at most {@link REACH} candidates.
 */
import type { Sentence } from '../corpus/types.js';
import { termsOf } from '../text/terms.js';
import { AGE_COMPOUND, namedSubject } from './described-subject.js';
import { describedHeadIn, headedBy } from './opening-description.js';
import { SEARCH_OPTIONS } from './options.js';
import { AGE_DESCRIPTION, onePersonNamed, personNames } from './select/fact-described-person.js';

/** Sentences after the naming one a later reference may stand: all of them fit one quote. */
export const REACH = SEARCH_OPTIONS.select.maxWindowSentences - 1;
/** Paragraph breaks between the naming sentence and a later reference, at most. */
const MAX_BREAKS = 1;
/** "He" or "She" as a sentence's subject, a quotation mark before it allowed. */
const SINGULAR_PERSONAL_SUBJECT = /^["“‘'„]?(?:he|she)\b/iu;

/**
 * What `text` names that a question may ask about, the question aside: the one person it names
 * ({@link onePersonNamed}) with the index term of the surname (the name's last word), and the
 * name of two or more capitalised words it opens with as its subject (described-subject.ts
 * `namedSubject`) with its index terms. A function of the sentence alone, so the index keeps it
 * per sentence (search-index.ts) and a question only compares terms.
 */
export interface SentenceNames {
  person: string | null;
  surname: string | undefined;
  subject: string | null;
  subjectTerms: readonly string[];
}

/** The {@link SentenceNames} of `text`. */
export function namesIn(text: string): SentenceNames {
  const person = onePersonNamed(text);
  const subject = namedSubject(text);
  return {
    person,
    surname: person === null ? undefined : termsOf(person).at(-1),
    subject,
    subjectTerms: subject === null ? [] : termsOf(subject),
  };
}

/**
 * The person `text` names when it names one ({@link onePersonNamed}) whose surname (the name's
 * last word, as an index term) is among `questionTerms`; null otherwise.
 *
 * @example
 * askedPersonNamed('Karl Voss was appointed on Monday.', new Set(['old', 'karl', 'voss'])) // 'Karl Voss'
 */
export function askedPersonNamed(text: string, questionTerms: ReadonlySet<string>): string | null {
  return personAsked(namesIn(text), questionTerms);
}

function personAsked(names: SentenceNames, questionTerms: ReadonlySet<string>): string | null {
  const { person, surname } = names;
  return person !== null && surname !== undefined && questionTerms.has(surname) ? person : null;
}

/** What a naming sentence names that the question asks about: a person, or a named thing or body. */
export interface Referent {
  name: string;
  kind: 'person' | 'thing';
}

/**
 * The referent `text` names that the question asks about (see the module's rule), or null: a
 * person ({@link askedPersonNamed}) first, else the name it opens with as its subject when
 * `questionTerms` holds every index term of it.
 *
 * @example
 * askedReferent('The Quarnby Cliff Railway reopened on Monday.', new Set(termsOf('what is the fare on the Quarnby Cliff Railway')))
 * // { name: 'Quarnby Cliff Railway', kind: 'thing' }
 */
export function askedReferent(text: string, questionTerms: ReadonlySet<string>): Referent | null {
  return referentAsked(namesIn(text), questionTerms);
}

/** {@link askedReferent} of a sentence whose {@link SentenceNames} are `names`. */
export function referentAsked(
  names: SentenceNames,
  questionTerms: ReadonlySet<string>,
): Referent | null {
  const person = personAsked(names, questionTerms);
  if (person !== null) return { name: person, kind: 'person' };
  const { subject, subjectTerms } = names;
  if (subject === null) return null;
  return subjectTerms.length > 0 && subjectTerms.every((term) => questionTerms.has(term))
    ? { name: subject, kind: 'thing' }
    : null;
}

/**
 * True when the subject of `text` may stand for the thing or body `name` (as written) named in
 * `applied` (the text from the naming sentence up to `text`): a description headed by the
 * name's last word ("The railway"), or a body described by a noun `applied` uses. `opening`:
 * the saved reading of the description `text` opens with (opening-description.ts).
 */
export function refersToThingNamed(
  text: string,
  opening: number,
  name: string,
  applied: string,
): boolean {
  const head = (name.split(/\s+/u).at(-1) ?? '').toLowerCase();
  if (head !== '' && headedBy(text, opening, head)) return true;
  const described = describedHeadIn(text, opening);
  return described?.kind === 'group' && foldedWords(applied).has(described.head.toLowerCase());
}

/** The words of `text`, folded to lower case. */
function foldedWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d’'-]+/gu) ?? []);
}

/**
 * True when the subject of `text` may stand for a person named in `applied` (the text from the
 * naming sentence up to `text`): "He"/"She", an age compound, or a description whose head
 * `applied` uses ("minister" in "Energy minister Karl Voss …"). `opening`: the saved reading
 * of the description `text` opens with (opening-description.ts).
 */
export function refersToPersonNamed(text: string, opening: number, applied: string): boolean {
  // An age compound opening a sentence is a second reference by age, whatever follows it.
  if (SINGULAR_PERSONAL_SUBJECT.test(text) || AGE_DESCRIPTION.test(text)) return true;
  const described = describedHeadIn(text, opening);
  if (described === null || described.kind !== 'person') return false;
  if (AGE_COMPOUND.test(described.head)) return true;
  return foldedWords(applied).has(described.head.toLowerCase());
}

/** What later references read of a sentence, as the index saved it. */
export interface ReferenceReader {
  textOf: (sentence: number) => string;
  /** The saved reading of the description a sentence opens with (opening-description.ts). */
  openingOf: (sentence: number) => number;
}

/**
 * The sentences after `named` (which names `referent`) whose subject refers to it, by the
 * module's rule, ascending; at most {@link REACH}. Headings end the reach.
 */
export function laterReferences(
  sentences: readonly Sentence[],
  read: ReferenceReader,
  named: number,
  referent: Referent,
): number[] {
  const { textOf, openingOf } = read;
  const own = sentences[named];
  if (own === undefined || own.kind !== 'body') return [];
  const { name } = referent;
  const person = referent.kind === 'person';
  const found: number[] = [];
  let applied = textOf(named);
  for (let s = named + 1; s <= named + REACH; s++) {
    const next = sentences[s];
    if (next === undefined || next.article !== own.article || next.kind !== 'body') break;
    if (next.paragraph - own.paragraph > MAX_BREAKS) break;
    const text = textOf(s);
    const opening = openingOf(s);
    const refers = person
      ? refersToPersonNamed(text, opening, applied)
      : refersToThingNamed(text, opening, name, applied);
    if (refers) found.push(s);
    // A nearer antecedent: another person named, or a person described who is not this one;
    // for a thing, another name as subject.
    if (person) {
      if (personNames(text).some((other) => other !== name)) break;
      if (!refers && describedHeadIn(text, opening)?.kind === 'person') break;
    } else if ((namedSubject(text) ?? name) !== name) break;
    applied += ` ${text}`;
  }
  return found;
}

/**
 * For the best `limit` of `ranked` (best first) that name a referent the question asks about
 * ({@link askedReferent}), their later references ({@link laterReferences}) that lean on
 * nothing in their own paragraph (`contextOf` null) or on a sentence after the naming one (a
 * chain: "She replaces …" / "The 41-year-old …"): a map from each to the naming sentence (the
 * nearest, when two name the person). Costs one pattern match per sentence read.
 */
export function referentsOf(
  ranked: readonly { sentence: number }[],
  limit: number,
  question: string,
  sentences: readonly Sentence[],
  read: ReferenceReader & {
    contextOf: (sentence: number) => number | null;
    /** The sentence's {@link SentenceNames}, as {@link namesIn} reads them (kept by the caller). */
    namesOf: (sentence: number) => SentenceNames;
  },
): Map<number, number> {
  const { contextOf, namesOf } = read;
  const found = new Map<number, number>();
  const questionTerms = new Set(termsOf(question));
  for (const { sentence } of ranked.slice(0, limit)) {
    const referent = referentAsked(namesOf(sentence), questionTerms);
    if (referent === null) continue;
    for (const s of laterReferences(sentences, read, sentence, referent))
      if ((found.get(s) ?? -1) < sentence && (contextOf(s) ?? sentence) >= sentence)
        found.set(s, sentence);
  }
  return found;
}
