/**
 * People counted under another description than the question's. "How many fans signed the
 * petition" is answered by "1,100 season ticket holders had signed a petition": a text counts
 * people by who they are for its own purpose (ticket holders, residents, staff), and the act,
 * not the noun, picks out whom the count is of (abstain-counted-act.ts, which reads "how many
 * people VERB" so). A count of one description of a group is a count of any other description
 * of the same members (Frege 1884, §46: a number is a statement about a concept, and co-extensive
 * concepts have one number), and the act told of them with the question's restricting words
 * (the petition) is what makes the two descriptions one group.
 *
 * So a "how many NOUN VERB …" question whose noun may name persons (one of its most frequent
 * WordNet senses in noun.person: "fans", "councillors", "officers") is answered by a sentence
 * the candidates are read in that holds a form of its act, a count of persons (a number before
 * a noun that may name persons: abstain-head-answered.ts `holdsCountOfPersons`) and a word restricting the act
 * (abstain-counted-act.ts `actToldWithCount`). A vote's tally counts its voters, each side's
 * number those voting that way ("voted nine to four in favour": nine for, four against; Robert's
 * Rules of Order, 12th ed., §4:40, the chair announces a counted vote as the numbers on each
 * side), so when the act is one of voting a tally in the sentence counts them too
 * (select/fact-values.ts `tallySpans`, `voteWords`).
 */
import type { AbstentionInput } from './abstain-features.js';
import { actToldWithCount, peopleAct } from './abstain-counted-act.js';
import { holdsCountOfPersons } from './abstain-head-answered.js';
import { PEOPLE } from './abstain-counted-thing.js';
import { nounSensesOf } from './noun-senses.js';
import { NOUN_PERSON } from './usual-noun-files.js';
import { collectiveOfPersons } from './collective-noun.js';
import { tallySpans, voteWords } from './select/fact-values.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { stem } from '../text/terms.js';

/** "How many NOUN …": the noun (one word) in group 1, the words after it in group 2. */
const COUNTED_NOUN = /\bhow\s+many\s+(\p{L}+)\s+(.*)$/isu;

/**
 * True when one of the most frequent noun senses of `word` (folded) is a person's: "fans" (a
 * device first, a devotee next), "holders" (a device first, an owner next). Read so on both
 * sides, the question's noun and the one a number counts, as the act settles which sense is meant.
 */
function mayNamePersons(word: string): boolean {
  return nounSensesOf(word).some((synset) => synset.lexFile === NOUN_PERSON);
}

/** True when `word` (folded) counted names persons: {@link mayNamePersons}, or people in general ("38 people"). */
function namesPersons(word: string): boolean {
  return PEOPLE.has(stem(word)) || mayNamePersons(word);
}

/**
 * True when `question` asks "how many NOUN VERB …" of a noun that may name persons (not people
 * in general, which abstain-counted-act.ts reads) and a sentence the candidates are read in
 * counts persons, or a vote's sides when the act is voting, while telling the act of the
 * question's restricting words (see the top of this file). False when the question is of
 * another form. Costs one pass over those sentences, as abstain-counted-act.ts does.
 *
 * @example "how many fans signed the petition" ← "1,100 season ticket holders had signed a petition"
 */
export function personsCountedByAct(input: AbstentionInput): boolean {
  const match = COUNTED_NOUN.exec(input.plan.question);
  if (match === null) return false;
  const noun = match[1]!.toLowerCase();
  if (PEOPLE.has(stem(noun)) || !(mayNamePersons(noun) || collectiveOfPersons(noun))) return false;
  const told = peopleAct(match[2]!);
  if (told === null) return false;
  const { act, support } = told;
  // The act is a verb ("signed", "voted") or a support verb's noun ("went on strike"), not a
  // noun in its place ("how many russian officers were …" reads "officers" after "russian").
  if (support === undefined && !(lexiconTags(act) ?? []).some((tag) => tag.startsWith('VB')))
    return false;
  const voting = voteWords(act).length > 0;
  return actToldWithCount(
    input,
    { ...told, counted: [noun] },
    (text) => holdsCountOfPersons(text, namesPersons) || (voting && tallySpans(text).length > 0),
  );
}
