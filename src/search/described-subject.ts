/**
 * A definite description as a sentence's subject standing for the one person or body the
 * sentence before names: "Police named the driver as Tomas Varga." / "The 31-year-old was
 * arrested at the scene."; "Northwind Foods will close its Leeds bakery." / "The company
 * blamed rising costs." The definite article marks a referent the reader can identify, and
 * the commonest way is that the text has just introduced it (anaphoric reference: Quirk,
 * Greenbaum, Leech & Svartvik 1985, A Comprehensive Grammar of the English Language, §5.32);
 * Poesio & Vieira (1998, "A corpus-based investigation of definite description use",
 * Computational Linguistics 24(2)) find such direct and reworded anaphora among the commonest
 * uses of definite descriptions in news text, and resolve them to an antecedent of a
 * compatible kind nearby. Such a sentence is read and quoted with the sentence before it
 * (features.ts `contextSentence`, select/widen.ts), as one opening with a pronoun is.
 *
 * The rule, kept narrow so that a description which introduces something new is not taken
 * for one that points back:
 * - the sentence opens with "The", at most three modifiers (a capitalised one too: "The
 *   Dutch-born engineer", "The Belarusian leader"; a possessive: "The agency's director"),
 *   and a lower-case singular head noun (the lexicon's first tag NN) naming a person or a body ({@link headKind}: an age
 *   compound, "The 31-year-old"; a noun whose most frequent WordNet 3.1 sense is filed as a
 *   person, lexnames(5WN) noun.person, "driver", "engineer", "father"; an organisation noun,
 *   "company", "agency", "council");
 * - the description ends at the head: a word the lexicon reads as a verb follows ("The
 *   company plans …"), or a non-restrictive relative or an age set off by a comma ("The
 *   pensioner, who lives alone, …", "The pensioner, 82, …"), or news style's "of" and a number
 *   of children ("The father of two was …"). A description the words after it restrict ("The
 *   minister of the United States", "The man who was arrested") identifies its referent
 *   itself: Poesio & Vieira found such postmodified descriptions mostly new to the text;
 * - the sentence before, in the same paragraph, names one antecedent of a compatible kind:
 *   one person for a person or an age (select/fact-described-person.ts `onePersonNamed`, the
 *   reading "sources differ" uses); for a group noun, one body named as that sentence's
 *   subject, opening it ("Northwind Foods said …", "The Harbour Board voted …", "Interfax
 *   reported …"), as news writing introduces the body a description then stands for.
 *
 * It reads WordNet's noun index and the wink lexicon, so the index reads each sentence once at
 * build ({@link readOpenings}) and saves both the sentences leaning so (search-index.ts
 * `describedSubject`) and each sentence's opening description (`openingDescriptions`,
 * opening-description.ts); answering reads what was saved.
 */
import type { Sentence } from '../corpus/types.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { MONTHS, WEEKDAYS } from '../text/months.js';
import { nounFiles } from '../timeline/event-noun.js';
import { NOUN_PERSON } from './usual-noun-files.js';
import { namesOrganisation, namesPeople } from './plan/answer-type.js';
import { onePersonNamed } from './select/fact-described-person.js';
import {
  describedHeadIn,
  descriptionWords,
  GROUP_HEAD,
  HEAD,
  HEAD_PLACES,
  headedBy,
  kindIn,
  PERSON_HEAD,
  withHead,
  withoutComma,
  type DescribedHead,
  type DescribedKind,
} from './opening-description.js';

export type { DescribedHead, DescribedKind } from './opening-description.js';

/** An age compound used as a noun or before one: news style's second reference by age. */
export const AGE_COMPOUND = /^\d{1,3}-year-old$/u;
/** A word of a description, as written: letters, digits, hyphens and apostrophes. */
const WORD = /^[\p{L}\d’'-]+$/u;
/** A word in lower case (a head noun is one: "Cross" in "The Red Cross" names). */
const LOWER_WORD = /^[\p{Ll}\d][\p{Ll}\d’'-]*$/u;
/** What may follow a head set off by a comma: a non-restrictive relative, or an age. */
const AFTER_COMMA = /^(?:who|which|\d{1,3},?)$/u;
/** News style's count of children after "of": "father of two", "mother of three". */
const CHILDREN = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/u;
/** Penn tags of a verb form that may follow its subject, read as the clause's verb after the head. */
const VERB_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBD', 'VBN', 'VBP', 'MD']);
/** Auxiliaries and modals, function words a clause's verb may open with ("The driver was …"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'is was are were has have had will would can could may might must shall should did does also'.split(
    ' ',
  ),
);

/**
 * The kind of referent a head noun names, or null: a person by an age compound, a role noun
 * (plan/answer-type.ts `namesPeople`) or a noun usually read as one (the lexicon's first tag is
 * a common noun's, or it lacks the word) whose most frequent WordNet sense is filed as a
 * person; a body by an organisation noun (answer-type.ts `namesOrganisation`). WordNet's
 * noun.group also files "law", "economy" and "fleet", so bodies come from the closed list.
 */
function headKind(word: string): DescribedKind | null {
  if (AGE_COMPOUND.test(word)) return 'person';
  // A singular noun: "general" is usually an adjective ("The general interest"), "people" a plural.
  const usual = lexiconTags(word)?.[0];
  if (usual !== undefined && usual !== 'NN') return null;
  if (namesOrganisation(word)) return 'group';
  if (namesPeople(word)) return 'person';
  return nounFiles(word)[0] === NOUN_PERSON ? 'person' : null;
}

/**
 * True when the words after a head (`after`, as written) end the description there: see the
 * module's rule. `comma`: the head is followed by a comma.
 */
function endsDescription(after: readonly string[], comma: boolean): boolean {
  const next = (after[0] ?? '').replace(/[.;:!?]$/u, '');
  if (comma) return AFTER_COMMA.test(next);
  if (next === 'of') return CHILDREN.test((after[1] ?? '').replace(/[,.;:]$/u, ''));
  if (AUXILIARIES.has(next)) return true;
  if (!/^\p{Ll}+$/u.test(next) || STOP_WORDS.has(next)) return false;
  // A verb by its usual reading ("said", "fled", "announced"), never a noun ("The hunter state").
  const usual = lexiconTags(next)?.[0];
  return usual !== undefined && VERB_TAGS.has(usual);
}

/**
 * The saved reading of the definite description a sentence opens with as its subject
 * (opening-description.ts): each word after "The", among the first
 * {@link HEAD_PLACES}, that the description may end at (see the module's rule), marked by what
 * it names ({@link headKind}): a person, a body, or neither ("The railway reopened …"); 0 when
 * the sentence opens with no such description. Reads the lexicon and WordNet: the index calls
 * it at build ({@link readOpenings}).
 *
 * @example
 * kindIn(openingCode('The company plans to appeal.')) // 'group'
 */
export function openingCode(text: string): number {
  if (!text.startsWith('The ')) return 0;
  const words = descriptionWords(text);
  let code = 0;
  for (let i = 1; i <= HEAD_PLACES && i < words.length - 1; i++) {
    const written = words[i] ?? '';
    const comma = written.endsWith(',');
    const word = withoutComma(written);
    // A function word ends the phrase before any head: "The head of the agency" is no agency.
    if (!WORD.test(word) || STOP_WORDS.has(word.toLowerCase())) break;
    if (LOWER_WORD.test(word) && endsDescription(words.slice(i + 1, i + 3), comma)) {
      const kind = headKind(word);
      code = withHead(
        code,
        i,
        kind === 'person' ? PERSON_HEAD : kind === 'group' ? GROUP_HEAD : HEAD,
      );
    }
    // A modifier: a possessive ("agency's") or any word; a comma ends the phrase.
    if (comma) break;
  }
  return code;
}

/**
 * The kind of the definite description a sentence opens with as its subject (see the module's
 * rule), or null when it opens with none: "The 31-year-old was arrested" → person, "The
 * company plans to appeal" → group, "The route opened in 1890" → null, "The Red Cross said" →
 * null (a name).
 *
 * @example
 * describedSubject('The Dutch-born engineer moved to Leeds in 1990.') // 'person'
 */
export function describedSubject(text: string): DescribedKind | null {
  return kindIn(openingCode(text));
}

/**
 * {@link describedSubject} with the head noun it found: "The union's leader said …" →
 * { head: 'leader', kind: 'person' }; null when the sentence opens with no such description.
 * Answering reads it from the saved code instead (opening-description.ts `describedHeadIn`).
 */
export function describedHead(text: string): DescribedHead | null {
  return describedHeadIn(text, openingCode(text));
}

/** True when a run of capitalised words is a date ("Friday", "March"), no body's name. */
function isDate(name: string): boolean {
  return name.split(/\s+/u).some((word) => MONTHS.has(word.toLowerCase()) || WEEKDAYS.has(word));
}
/** An initialism naming a body ("NATO", "BBC"). */
const INITIALISM = /^\p{Lu}{2,6}$/u;

/** A sentence opening with a name as its subject: capitalised words, or an initialism, then a lower-case word. */
const NAMED_SUBJECT = /^(?:The\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+){1,4})\p{Ll}/u;

/**
 * True when `before` opens with one body's name as its subject ({@link NAMED_SUBJECT}): two
 * or more capitalised words that are no date ("Northwind Foods said", "The Harbour Board
 * voted"), an initialism ("NATO said"), or one word the lexicon does not know in lower case, a
 * proper name ("Interfax reported"; not "Police said").
 */
function oneBodyNamed(before: string): boolean {
  const name = NAMED_SUBJECT.exec(before)?.[1]?.trim();
  if (name === undefined || isDate(name)) return false;
  if (name.includes(' ') || INITIALISM.test(name)) return true;
  return lexiconTags(name.toLowerCase().replace(/[’']s$/u, '')) === undefined;
}

/**
 * The name of two or more capitalised words `text` opens with as its subject, as written
 * ("The Harbour Board voted …" → "Harbour Board", "Quarnby Cliff Railway reopened" → "Quarnby
 * Cliff Railway"), or null: a date, one word, or no name ({@link NAMED_SUBJECT}).
 */
export function namedSubject(text: string): string | null {
  const name = NAMED_SUBJECT.exec(text)?.[1]?.trim();
  return name === undefined || !name.includes(' ') || isDate(name) ? null : name;
}

/**
 * True when `text` opens with a definite description headed by `head` (a lower-case noun as
 * written) that ends at the head, by the rule of {@link describedSubject}: "The railway
 * reopened …", "The old railway, which …" for "railway"; not "The railway station is …".
 */
export function opensWithDescriptionOf(text: string, head: string): boolean {
  return headedBy(text, openingCode(text), head);
}

/** True when `before` names one antecedent of `kind` (see the module's rule). */
export function namesAntecedent(before: string, kind: DescribedKind): boolean {
  return kind === 'person' ? onePersonNamed(before) !== null : oneBodyNamed(before);
}

/** What the build reads of every sentence's opening description ({@link readOpenings}). */
export interface OpeningReadings {
  /** Per sentence, its {@link openingCode} (0 for a heading and for none). */
  codes: Uint8Array;
  /**
   * The sentences (ascending) whose subject is a definite description standing for what the
   * sentence before, article text of the same paragraph, names ({@link describedSubject},
   * {@link namesAntecedent}).
   */
  described: number[];
}

/**
 * Reads each article sentence's opening description once ({@link openingCode}): what the
 * index saves for later references (later-references.ts) and for the sentences leaning on the
 * one before ({@link OpeningReadings.described}). Headings have neither.
 */
export function readOpenings(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
): OpeningReadings {
  const codes = new Uint8Array(sentences.length);
  const described: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const own = sentences[s] as Sentence;
    if (own.kind !== 'body') continue;
    const text = textOf(s);
    if (!text.startsWith('The ')) continue;
    const code = openingCode(text);
    codes[s] = code;
    const kind = kindIn(code);
    if (kind === null) continue;
    const before = sentences[s - 1];
    if (before === undefined || before.kind !== 'body') continue;
    if (own.article !== before.article || own.paragraph !== before.paragraph) continue;
    if (namesAntecedent(textOf(s - 1), kind)) described.push(s);
  }
  return { codes, described };
}
