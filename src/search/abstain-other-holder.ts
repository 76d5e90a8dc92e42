/**
 * A hard gate of abstention (abstain.ts): a question that names an entity as the holder of what
 * it asks ("when was Ostrel founded", "who is the chairman of Ostrel", "what was Ostrel's
 * profit", "how many people does Ostrel employ") is not answered by a passage that gives that
 * attribute to another named entity ("Vanmoor, founded in 1987", "Vanmoor's chairman", "Vanmoor
 * employs 3,100 people"): that passage tells another entity's attribute, however much of the
 * question's topic it shares. English marks the holder of an attribute by its place: the owner
 * before a possessive noun ("Vanmoor's chairman") or after its "of" ("the chairman of
 * Vanmoor"), a name before the noun it modifies ("Vanmoor chairman Colin Prest"), the subject
 * before an active verb or its auxiliaries ("Vanmoor employs", "Vanmoor has employed", "Vanmoor,
 * which employs"), the subject of a passive ("Vanmoor was founded") or the noun a participle
 * stands in apposition to ("Vanmoor, founded in 1987").
 *
 * When a leading candidate gives the asked attribute only to other names, and no sentence the
 * candidates are read in holds it (a form the engine links to it) without another named holder
 * while naming the asked entity in it, its neighbours or the sentence it leans on ("It employs
 * 400 people" after a sentence on Ostrel), the reply is a refusal, whatever the classifier's
 * probability. A name is another entity's when it shares no word with the asked one beyond
 * everyday English ("Ostrel Group" is Ostrel; "Department of Commerce" is not "Department of
 * Agriculture").
 *
 * Left alone: questions that name the holder in lower case ("what was crumbwell's profit"),
 * whose casing tells no name, holders that are not names ("the company's chairman", "it"), and
 * questions for a reason ("why did Ostrel close the depot"), which ask why the act was done,
 * not who did it.
 */
import { isPossessive } from '../text/possessive.js';
import { nameAfterOf } from './close-apposition.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusHeadWord, neighbourhood } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import type { QueryPlan } from './plan/query-plan.js';
import { speakerStems } from './plan/speaker.js';
import { SEARCH_OPTIONS } from './options.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/** How a question relates its named holder to the attribute asked. */
export type HolderRole = 'owner' | 'subject' | 'patient';

/** The entity a question names as the holder of what it asks, and that attribute. */
export interface AskedHolder {
  /** The stems of the holder's name as the question writes it ("ostrel"). */
  name: string[];
  /** The attribute as the question writes it, folded: a noun ("chairman") or a verb ("founded"). */
  attribute: string;
  /**
   * "owner": a noun's owner ("Ostrel's chairman", "the chairman of Ostrel"); "subject": an
   * active verb's ("does Ostrel employ"); "patient": a passive's ("was Ostrel founded").
   */
  role: HolderRole;
}

/** Auxiliaries of the passive (and of a predicate adjective): "was Ostrel founded". */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Auxiliaries before an active verb's subject in a question: "does Ostrel employ". */
const DO_HAVE = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can']);
/** Relative pronouns that stand for a name as the subject of the verb after them. */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);
/** Words of a passage between a subject and its verb: auxiliaries, "also", "now". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  ...BE,
  'has',
  'have',
  'had',
  'will',
  'would',
  'also',
  'now',
  'still',
  'currently',
]);
/** Modifiers between a possessive owner and its noun: "Vanmoor's new chairman". */
const MAX_MODIFIERS = 2;

/** True when an index term is everyday English (the index's common words). */
type IsCommon = (term: string) => boolean;

/**
 * True when `token` of `text` is written as a name: capitalised and no function word. The
 * text's first word is capitalised whatever it is, so there it is a name only when it is no
 * everyday English ("Vanmoor employs", not "Former chairman").
 */
function capitalised(text: string, token: Token | undefined, isCommon: IsCommon): boolean {
  if (token === undefined || isStopWord(token) || QUESTION_WORDS.has(token.word)) return false;
  if (!/^\p{Lu}/u.test(text.slice(token.start, token.end))) return false;
  return /\p{L}/u.test(text.slice(0, token.start)) || !isCommon(stem(token.word));
}

/**
 * The name run ending at token `last` of `text` (capitalised words, read backwards), as stems;
 * empty when `last` is not capitalised ({@link capitalised}).
 */
function nameEndingAt(
  text: string,
  tokens: readonly Token[],
  last: number,
  isCommon: IsCommon,
): string[] {
  const name: string[] = [];
  for (let i = last; i >= 0 && capitalised(text, tokens[i], isCommon); i--) {
    if (i < last && isPossessive(text, tokens[i]!)) break;
    name.unshift(stem(tokens[i]!.word));
  }
  return name;
}

/** The name run starting at token `first` of `text`, as stems; empty when it is no name. */
function nameStartingAt(
  text: string,
  tokens: readonly Token[],
  first: number,
  isCommon: IsCommon,
): string[] {
  const name: string[] = [];
  for (let i = first; i < tokens.length && capitalised(text, tokens[i], isCommon); i++) {
    name.push(stem(tokens[i]!.word));
    if (isPossessive(text, tokens[i]!)) break;
  }
  return name;
}

/**
 * The holder `question` names for what it asks (see the top of this file), or null. Read in
 * this order: a capitalised possessive owner of the focus head ("what was Ostrel's profit"); a
 * name after the "of" of the noun asked ("who is the chairman of Ostrel", "what is the
 * population of Kelmore"); a name right after an auxiliary, then its verb ("when was Ostrel
 * founded", "how many people does Ostrel employ").
 *
 * @example askedHolderOf('when was Ostrel founded?', isCommon)
 * // { name: ['ostrel'], attribute: 'founded', role: 'patient' }
 */
export function askedHolderOf(question: string, isCommon: IsCommon): AskedHolder | null {
  const tokens = tokenize(question);
  const head = focusHeadWord(question);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "what was Ostrel's annual profit": the owner, then at most two modifiers, then the head.
    if (head !== null && isPossessive(question, token) && capitalised(question, token, isCommon)) {
      const after = tokens.slice(i + 1, i + 2 + MAX_MODIFIERS).findIndex((t) => t.word === head);
      if (after >= 0)
        return {
          name: nameEndingAt(question, tokens, i, isCommon),
          attribute: head,
          role: 'owner',
        };
    }
    // "who is the chairman of Ostrel": the noun before "of", the name after it (and "the").
    if (token.word === 'of' && !isStopWord(tokens[i - 1]!)) {
      const name = nameStartingAt(question, tokens, nameAfterOf(question, tokens, i + 1), isCommon);
      const noun = tokens[i - 1]!;
      if (
        name.length > 0 &&
        !capitalised(question, noun, isCommon) &&
        !QUESTION_WORDS.has(noun.word)
      )
        return { name, attribute: noun.word, role: 'owner' };
    }
    // "when was Ostrel founded", "does Ostrel employ": an auxiliary, the name, the verb.
    if (BE.has(token.word) || DO_HAVE.has(token.word)) {
      const name = nameStartingAt(question, tokens, i + 1, isCommon);
      const verb = tokens[i + 1 + name.length];
      if (name.length === 0 || verb === undefined || isStopWord(verb)) continue;
      if (capitalised(question, verb, isCommon) || QUESTION_WORDS.has(verb.word)) continue;
      // The verb ends its clause ("founded?", "open its first depot"); a word after it makes the
      // name a modifier of a longer subject ("did EU foreign ministers meet").
      const next = tokens[i + 2 + name.length];
      if (next !== undefined && !isStopWord(next)) continue;
      const role = BE.has(token.word) ? 'patient' : 'subject';
      return { name, attribute: verb.word, role };
    }
  }
  return null;
}

/**
 * True when `name` (stems) is the asked holder's (`asked`, its forms included): every word of
 * it is one of the asked name's ("European Union" for "EU"), or it shares one beyond everyday
 * English ("Ostrel Group" for "Ostrel"; any shared word when the asked name is all everyday
 * English, "Labour").
 */
function sameEntity(name: readonly string[], asked: readonly string[], isCommon: IsCommon) {
  if (name.length > 0 && name.every((term) => asked.includes(term))) return true;
  const distinctive = asked.filter((term) => !isCommon(term));
  return name.some((term) => (distinctive.length > 0 ? distinctive : asked).includes(term));
}

/**
 * The names `text` gives as the holder of each of its forms of the attribute (its stem
 * `attribute`), in the place the question's `role` asks: one entry per occurrence, empty when
 * the occurrence has no named holder (a description, a pronoun, none). See the top of this file.
 */
export function holdersIn(
  text: string,
  attribute: string,
  role: HolderRole,
  isCommon: IsCommon,
): string[][] {
  const tokens = tokenize(text);
  const holders: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (stem(tokens[i]!.word) !== attribute) continue;
    holders.push(holderAt(text, tokens, i, role, isCommon));
  }
  return holders;
}

/** The named holder of the attribute at token `at` of `text` (stems), or empty. */
function holderAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  role: HolderRole,
  isCommon: IsCommon,
): string[] {
  if (role === 'owner') {
    // "Vanmoor's (new) chairman"
    for (let i = at - 1; i >= Math.max(0, at - 1 - MAX_MODIFIERS); i--) {
      const token = tokens[i]!;
      if (isPossessive(text, token)) return nameEndingAt(text, tokens, i, isCommon);
      if (isStopWord(token)) break;
    }
    // "the chairman of (the) Vanmoor group"
    if (tokens[at + 1]?.word === 'of') {
      const name = nameStartingAt(text, tokens, nameAfterOf(text, tokens, at + 2), isCommon);
      if (name.length > 0) return name;
    }
    // "Vanmoor chairman Colin Prest": a name modifying the noun.
    return nameEndingAt(text, tokens, at - 1, isCommon);
  }
  let before = at - 1;
  const gap = text.slice(tokens[before]?.end ?? 0, tokens[at]!.start);
  // "Vanmoor, founded in 1987": a participle in apposition to the name. An active verb after a
  // comma opens a clause of its own ("our Government, ordering that …"), with no named subject.
  if (/,/.test(gap)) return role === 'patient' ? nameEndingAt(text, tokens, before, isCommon) : [];
  let auxiliaries = 0;
  while (before >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[before]!.word)) {
    before--;
    auxiliaries++;
  }
  const relative = RELATIVE_PRONOUNS.has(tokens[before]?.word ?? '');
  if (relative) before--;
  // "Park, who is now deputy superintendent in Columbus, will earn": a name closing an inserted
  // clause (before a comma) is that clause's, not the verb's subject, which stands before it.
  if (
    !relative &&
    before >= 0 &&
    /,/.test(text.slice(tokens[before]!.end, tokens[before + 1]!.start))
  )
    return [];
  // A passive needs its auxiliary ("Vanmoor was founded"); "Vanmoor founded X" makes it the doer.
  if (role === 'patient' && auxiliaries === 0) return [];
  return before >= 0 ? nameEndingAt(text, tokens, before, isCommon) : [];
}

/**
 * True when `text` gives the attribute only to names other than the asked holder's. A "name"
 * made only of words the question writes beside the attribute (`said`, stems: "Chief" opening
 * "Chief executive Tomas Berg said …" for "who is the chief executive of Ostrel") is the
 * asked noun phrase's own modifier, capitalised as a sentence's first word, not another holder.
 */
function givesToOther(
  text: string,
  asked: AskedHolder,
  isCommon: IsCommon,
  said: ReadonlySet<string>,
): boolean {
  const holders = holdersIn(text, stem(asked.attribute), asked.role, isCommon);
  return (
    holders.length > 0 &&
    holders.every(
      (name) =>
        name.length > 0 &&
        !sameEntity(name, asked.name, isCommon) &&
        !name.every((term) => said.has(term)),
    )
  );
}

/**
 * Whether the candidates tell the asked attribute of the entity a question names as its holder:
 * undefined when it names none ({@link askedHolderOf}), asks a reason, or no leading candidate (the first
 * `SEARCH_OPTIONS.abstain.topPassages`) gives the attribute to another name; else true when a
 * sentence the candidates are read in (abstain-features.ts `candidateContext`) holds a form of
 * the attribute the engine links to it, with no other named holder, and it, its neighbours or
 * the sentence it leans on name the asked entity. Costs one reading of the leading candidates'
 * words and one pass over the candidates' context.
 */
export function askedHolderHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked, isCommon } = input;
  const read = askedHolderOf(plan.question, isCommon);
  // What someone said is the speaker feature's (abstain-features.ts `speakerMissing`): an answer
  // reports it in other verbs ("alleged" for "claim"), so the verb's holder tells nothing.
  if (read === null || speakerStems(plan.question).size > 0) return undefined;
  // "Why did Johnson want the cuts reversed" asks a reason, not the act: a wh-question
  // presupposes its proposition (Karttunen, "Syntax and semantics of questions", 1977), so who
  // wanted what is given, and the answer tells the reason in its own words ("I believe it
  // desirable, because of …, that you restore …"), with no form of the verb.
  if (plan.answerType?.name === 'reason') return undefined;
  const asked = { ...read, name: namedAs(plan, read.name) };
  const said = new Set(
    tokenize(plan.question)
      .map((token) => stem(token.word))
      .filter((term) => !asked.name.includes(term)),
  );
  const leading = ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  if (!leading.some((c) => givesToOther(input.textOf(c.sentence), asked, isCommon, said)))
    return undefined;
  const forms = conceptForms(plan, stem(asked.attribute));
  const namesAsked = (s: number | null) =>
    s !== null && input.wordsOf(s).stems.some((term) => sameEntity([term], asked.name, isCommon));
  for (const s of candidateContext(input)) {
    if (!forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase))) continue;
    if (givesToOther(input.textOf(s), asked, isCommon, said)) continue;
    const around = [...neighbourhood(input.sentences, s), input.contextOf(s)];
    if (around.some(namesAsked)) return true;
  }
  return false;
}

/**
 * The stems the coverage may name the asked holder by: its own (`name`) and those of every
 * alternative the plan gives a concept of it (an alias, an initialism: "european union" for
 * "EU", "roosevelt" for "FDR"; plan/query-plan.ts).
 */
function namedAs(plan: QueryPlan, name: readonly string[]): string[] {
  const stems = new Set(name);
  for (const concept of plan.concepts) {
    if (!concept.alternatives[0]?.terms.some((term) => name.includes(term))) continue;
    for (const alternative of concept.alternatives)
      if (alternative.kind === 'alias' || alternative.kind === 'abbreviation')
        for (const term of alternative.terms) stems.add(term);
  }
  return [...stems];
}
