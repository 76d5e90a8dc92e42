/**
 * Directives: the speech acts by which a speaker tries to get someone to do something (Searle
 * 1976, "A classification of illocutionary acts", Language in Society 5: asking, requesting,
 * urging, recommending, proposing, advising; their sincerity condition is that the speaker
 * wants the act done). A question reports such an act with one verb ("what laws did Johnson ask
 * Congress to repeal", "grant wanted to merge the telegraph with what"); the coverage performs
 * or reports it with whichever verb of the class its writer chose ("I recommend the repeal of
 * the acts …", "the mayor urged the council to …"). So a question's directive verb, or its verb
 * of wanting, finds any directive verb: a near-synonym, the same act named otherwise.
 */
import { stem, type Token } from '../../text/terms.js';
import { verbFormStems } from '../verb-forms.js';

/**
 * The directive verbs by lemma: Searle's (1976) directives that report a speaker asking
 * another to act, leaving out those that are mostly other acts in news and addresses ("invite"
 * a guest, "call" a meeting, "order" goods, "press" a button).
 */
export const DIRECTIVE_VERBS: readonly string[] = [
  'ask',
  'request',
  'urge',
  'recommend',
  'propose',
  'suggest',
  'advise',
  'demand',
];

/** Verbs of wanting: the attitude a directive expresses (its sincerity condition), reported alone. */
const WANTING_VERBS: readonly string[] = ['want', 'wish'];

const directiveStems = verbFormStems(DIRECTIVE_VERBS);
const cueStems = verbFormStems([...DIRECTIVE_VERBS, ...WANTING_VERBS]);

/**
 * True when `token` is a form of a directive verb or of a verb of wanting ("asked", "wanted",
 * "recommends"): the question reports a directive, which the coverage may tell by any
 * directive verb ({@link directiveTerms}).
 */
export function reportsDirective(token: Token): boolean {
  return cueStems().has(stem(token.word));
}

/**
 * The index terms of every form of the directive verbs ("recommend", "urged", "proposal"
 * shares "propose"'s stem): what a question's directive verb also finds.
 */
export function directiveTerms(): ReadonlySet<string> {
  return directiveStems();
}
