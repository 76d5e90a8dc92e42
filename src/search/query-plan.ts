/**
 * Turning a question into a plan: the concepts it asks about, each with the index terms
 * that express it (the user's own word, its aliases, typo corrections) and a weight.
 */
import type { AliasTable } from './aliases.js';
import { findAliases } from './aliases.js';
import { answerTypeOf, type AnswerType } from './answer-type.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/** How an alternative came to express a concept; its factor says how much a match counts. */
export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'synonym';

/** How much a match of each kind counts, relative to the user's own word. */
export const MATCH_FACTOR: Record<MatchKind, number> = {
  exact: 1,
  alias: 0.95,
  fuzzy: 0.8,
  synonym: 0.6,
};

/** One way to express a concept: a sequence of index terms (one term, or a phrase). */
export interface Alternative {
  terms: string[];
  kind: MatchKind;
}

/** Something the question asks about. */
export interface Concept {
  /** The words of the question it comes from, for messages and debugging. */
  label: string;
  alternatives: Alternative[];
  /** Written as a name (capitalised, not opening the question): a name the coverage lacks weighs more. */
  name: boolean;
  /** Everyday English: if the coverage lacks it, it is likely phrasing, and weighs less. */
  common: boolean;
}

/** A question, analysed. */
export interface QueryPlan {
  question: string;
  concepts: Concept[];
  answerType: AnswerType | null;
}

/** What the plan needs to know about the index. */
export interface Vocabulary {
  has(term: string): boolean;
  /** Index terms within `distance` edits of `term`, at most `limit` of them. */
  fuzzy(term: string, distance: number, limit: number): string[];
  /** Index terms that start with `prefix`, at most `limit` of them. */
  completions(prefix: string, limit: number): string[];
  /** Synonyms of a folded word, as index terms (may be empty). */
  synonyms(word: string): string[];
  /** True when a term is everyday English. */
  isCommon(term: string): boolean;
}

/** Questions are analysed up to this many characters; the rest is ignored. */
export const MAX_ANALYSED_LENGTH = 300;
/** At most this many concepts: a longer question's extra words add cost, not precision. */
export const MAX_CONCEPTS = 12;
/** At most this many words get typo tolerance, so a question of nonsense stays cheap. */
export const MAX_FUZZY_WORDS = 4;
const MAX_FUZZY_EXPANSIONS = 6;
const FUZZY_MIN_LENGTH = 5;
const MIN_RELATED_FORM_LENGTH = 6;
const FUZZY_TWO_EDITS_LENGTH = 9;

function fuzzyDistance(term: string): number {
  if (term.length >= FUZZY_TWO_EDITS_LENGTH) return 2;
  return term.length >= FUZZY_MIN_LENGTH ? 1 : 0;
}

/**
 * Other forms of a word the stemmer did not unite ("legitimate" / "legitimacy"): index terms
 * that extend the term, or that the term extends by at most a few letters.
 */
function relatedForms(vocabulary: Vocabulary, term: string): string[] {
  if (term.length < MIN_RELATED_FORM_LENGTH) return [];
  const forms = vocabulary.completions(term, MAX_FUZZY_EXPANSIONS);
  for (
    let length = term.length - 1;
    length >= Math.max(MIN_RELATED_FORM_LENGTH, term.length - 3);
    length--
  ) {
    const shorter = term.slice(0, length);
    if (vocabulary.has(shorter)) forms.push(shorter);
  }
  return forms;
}

/** The other members of the alias groups that have `term` as a one-word member. */
function aliasMembersOf(aliases: AliasTable, term: string): string[][] {
  const members: string[][] = [];
  for (const [group, member] of aliases.byFirstTerm.get(term) ?? []) {
    const terms = aliases.groups[group] ?? [];
    if (terms[member]?.length !== 1) continue;
    members.push(...terms.filter((_, m) => m !== member));
  }
  return members;
}

function isName(label: string, start: number): boolean {
  return start > 0 && /^\p{Lu}/u.test(label);
}

/**
 * Analyses a question against the index's vocabulary and aliases.
 *
 * @example
 * planQuery('When did Lukashenka meet Putin?', vocabulary, aliases).concepts.map((c) => c.label)
 * // ['Lukashenka', 'meet', 'Putin']
 */
export function planQuery(
  question: string,
  vocabulary: Vocabulary,
  aliases: AliasTable,
): QueryPlan {
  const text = question.slice(0, MAX_ANALYSED_LENGTH);
  const all = tokenize(text);
  // "how long", "how many", "how often": the word after "how" asks for the answer type.
  const framing = new Set(all.flatMap((token, i) => (all[i - 1]?.word === 'how' ? [token] : [])));
  const tokens = all.filter(
    (token) => !isStopWord(token) && !QUESTION_WORDS.has(token.word) && !framing.has(token),
  );
  const terms = tokens.map((token) => stem(token.word));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const aliasAt = new Map(findAliases(aliases, terms).map((match) => [match.position, match]));
  let fuzzyWords = 0;

  for (let position = 0; position < terms.length && concepts.length < MAX_CONCEPTS;) {
    const alias = aliasAt.get(position);
    if (alias) {
      const label = text.slice(tokens[position]?.start, tokens[position + alias.length - 1]?.end);
      const group = aliases.groups[alias.group] ?? [];
      const own = terms.slice(position, position + alias.length);
      const alternatives: Alternative[] = [{ terms: own, kind: 'exact' }];
      for (const member of group) {
        if (member.join(' ') !== own.join(' ')) alternatives.push({ terms: member, kind: 'alias' });
      }
      const key = `alias:${alias.group}`;
      if (!seen.has(key))
        concepts.push({
          label,
          alternatives,
          name: isName(label, tokens[position]?.start ?? 0),
          common: false,
        });
      seen.add(key);
      position += alias.length;
      continue;
    }
    const term = terms[position] as string;
    const token = tokens[position];
    position += 1;
    if (seen.has(term) || token === undefined) continue;
    seen.add(term);
    const alternatives: Alternative[] = [{ terms: [term], kind: 'exact' }];
    const distance = fuzzyDistance(term);
    if (!vocabulary.has(term) && distance > 0 && fuzzyWords < MAX_FUZZY_WORDS) {
      fuzzyWords += 1;
      for (const near of [
        ...relatedForms(vocabulary, term),
        ...vocabulary.fuzzy(term, distance, MAX_FUZZY_EXPANSIONS),
      ]) {
        alternatives.push({ terms: [near], kind: 'fuzzy' });
        // A misspelt name ("rosgvardya") also finds the name's other spellings.
        for (const member of aliasMembersOf(aliases, near))
          alternatives.push({ terms: member, kind: 'fuzzy' });
      }
    }
    for (const synonym of vocabulary.synonyms(token.word)) {
      if (synonym !== term) alternatives.push({ terms: [synonym], kind: 'synonym' });
    }
    const label = text.slice(token.start, token.end);
    concepts.push({
      label,
      alternatives,
      name: isName(label, token.start),
      common: vocabulary.isCommon(term),
    });
  }
  return { question: text, concepts, answerType: answerTypeOf(text) };
}
