/**
 * A claim whose subject is a gerund-participial clause ("Changing the signs on the 31 roads will
 * cost £85,000") says its figure of an act, not of the thing the clause's object names: the
 * clause as a whole is the subject, and it denotes the act or situation, with the verb as its
 * head (Huddleston & Pullum, "The Cambridge Grammar of the English Language", 2002, ch. 14 §4 on
 * gerund-participial clauses as subject; Quirk et al., "A Comprehensive Grammar of the English
 * Language", 1985, §15.10 on nominal -ing clauses, §17.54 on the -ing form that takes a direct
 * object being a verb, not a noun: "changing the signs", not "the changing of the signs"). A
 * report whose subject is a noun phrase ("The signs and road markings will cost £2.3 million")
 * says its figure of the things themselves, so the two figures are not shown to be of one
 * referent, whatever words their wording shares: neither one fact nor a dispute. Two acts told by
 * different verbs that are not synonyms ("Replacing the signs" / "Painting the signs") are two
 * acts too. The object's own restrictive postmodifier ("on the 31 roads") narrows the act
 * further (Huddleston & Pullum 2002, ch. 5 §14 on restrictive dependents), another reason the
 * act is not the whole roll-out the other report costs.
 *
 * Read only where the clause is plainly one: it opens the claim, its -ing word is followed at
 * once by a determiner (a direct object), and an auxiliary follows the clause with no comma
 * between, so an opening adverbial ("Following the vote, the council will …") is not taken for
 * a subject. A claim whose verb takes no auxiliary ("Changing the signs costs £85,000") is not
 * read, and is left to the other rules.
 */
import { anyOf } from '../../text/word-class.js';
import { AUXILIARIES } from '../../text/auxiliaries.js';
import { DETERMINERS } from '../../text/determiners.js';
import { ING_PREPOSITIONS } from '../../text/ing-prepositions.js';
import { factTerm } from './fact-term.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';

/**
 * A gerund-participial subject: one -ing word, or two joined by "and"/"or" ("replacing and
 * installing the signs"), a determiner opening its object, then words with no comma, semicolon,
 * colon or dash up to an auxiliary.
 */
const GERUND_SUBJECT = new RegExp(
  String.raw`^\s*(\p{L}+ing)(?:\s+(?:and|or)\s+\p{L}+ing)?\s+(?:${anyOf(DETERMINERS)})\s[^,;:—–]*?\s(?:${anyOf(AUXILIARIES)})\b`,
  'iu',
);

/** A subject that is a noun phrase opened by a determiner: "The signs and road markings will …". */
const NOUN_PHRASE_SUBJECT = new RegExp(String.raw`^\s*(?:${anyOf(DETERMINERS)})\s+\p{L}`, 'iu');

/**
 * The verb (as a term, fact-term.ts `factTerm`) of the gerund-participial clause a claim opens
 * with as its subject, or null when it opens with none (see the top of this file).
 *
 * @example gerundSubjectOf('Changing the signs on the 31 roads will cost £85,000.') // 'chang'
 * @example gerundSubjectOf('During the works the road will be shut.') // null
 */
export function gerundSubjectOf(claim: string): string | null {
  const verb = GERUND_SUBJECT.exec(claim)?.[1];
  if (verb === undefined || ING_PREPOSITIONS.has(verb.toLowerCase())) return null;
  return factTerm(verb);
}

/**
 * True when two claims' subjects name referents of different kinds (see the top of this file):
 * one an act told by a gerund-participial clause, the other a noun phrase opened by a
 * determiner; or two such acts whose verbs are different terms and not synonyms (`same`,
 * fact-synonym-terms.ts, first term the first claim's). False when neither opens with such a
 * clause.
 *
 * @example subjectKindsApart('The signs will cost £2.3 million.',
 *   'Changing the signs on the 31 roads will cost £85,000.', () => false) // true
 */
export function subjectKindsApart(claimA: string, claimB: string, same: SynonymousTerms): boolean {
  const x = gerundSubjectOf(claimA);
  const y = gerundSubjectOf(claimB);
  if (x === null && y === null) return false;
  if (x !== null && y !== null) return x !== y && !same(x, y);
  // A noun-phrase claim that tells the act itself further on ("The board said that fixing the
  // hull will cost …", read whole when its frame is not set aside) is left to the other rules.
  const other = x === null ? claimA : claimB;
  const act = (x ?? y) as string;
  return NOUN_PHRASE_SUBJECT.test(other) && !mentionsTerm(other, act);
}

/** True when a word of `text` is the term `term` (fact-term.ts `factTerm`). */
function mentionsTerm(text: string, term: string): boolean {
  for (const word of text.match(/\p{L}+/gu) ?? []) if (factTerm(word) === term) return true;
  return false;
}
