/**
 * A hard gate of abstention (abstain.ts): a firm's or a state's accounts report distinct
 * measures of money, each its own line: what came in (revenue, turnover, sales), what was left
 * or lost (a profit or a loss; a state's surplus or deficit), and what is owed (debt). A question
 * asking one ("what was Crumbwell's profit last year") is not answered by a passage whose figure
 * it names as another ("Crumbwell reported revenue of £40m last year"): a sum of money is no
 * answer when the passage says what sum it is, and it is not the one asked.
 *
 * When a leading candidate (the sentence with the one it leans on) holds a sum of money and a
 * word of another of these measures, but none of the asked one, and no sentence the candidates
 * are read in holds the asked measure (a word of it, or a form the engine links to the
 * question's word: "net income" for "profit"), the reply is a refusal, whatever the
 * classifier's probability. A passage whose figure names no measure ("Crumbwell made £3m") is
 * left to the classifier.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusStems } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { holdsDimension } from './plan/quantity.js';
import { SEARCH_OPTIONS } from './options.js';
import { stem } from '../text/terms.js';

/**
 * The measures of money accounts keep apart, each with the words that name it. A profit and a
 * loss are one line (a loss answers "what was the profit": there was none), as are a state's
 * surplus and deficit.
 */
const ACCOUNT_MEASURES: readonly ReadonlySet<string>[] = [
  ['revenue', 'revenues', 'turnover', 'sales', 'takings'],
  ['profit', 'profits', 'earnings', 'loss', 'losses', 'surplus', 'deficit'],
  ['debt', 'debts', 'borrowing', 'borrowings'],
].map((words) => new Set(words.map(stem)));

/** A measure of money a question asks: its index into {@link ACCOUNT_MEASURES}, and the word's term. */
export interface AskedMeasure {
  measure: number;
  term: string;
}

/**
 * The measure of money a question asks by a word of its focus (abstain-features.ts
 * `focusStems`: "profit" in "what was Crumbwell's profit last year", whose phrase runs on to
 * "last year"), the first that names one, or null.
 */
export function askedMeasure(question: string): AskedMeasure | null {
  for (const term of focusStems(question)) {
    const measure = ACCOUNT_MEASURES.findIndex((words) => words.has(term));
    if (measure >= 0) return { measure, term };
  }
  return null;
}

/** True when `stems` hold a word of the measure at `measure`. */
function namesMeasure(stems: readonly string[], measure: number): boolean {
  const words = ACCOUNT_MEASURES[measure]!;
  return stems.some((term) => words.has(term));
}

/**
 * Whether the candidates hold the measure of money a question asks: undefined when it asks
 * none ({@link askedMeasure}) or no leading candidate (the first
 * `SEARCH_OPTIONS.abstain.topPassages`, each with the sentence it leans on) gives a sum named as
 * another measure and none of the asked one; else true when a sentence the candidates are read
 * in (abstain-features.ts `candidateContext`) names the asked measure or holds a form the engine
 * links to the question's word. Costs one pass over those sentences' words.
 */
export function askedMeasureHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked } = input;
  const asked = askedMeasure(plan.question);
  if (asked === null) return undefined;
  const { measure } = asked;
  const others = ACCOUNT_MEASURES.map((_, m) => m).filter((m) => m !== measure);
  const namesOther = (s: number) => {
    const read = [s, input.contextOf(s)].filter((n): n is number => n !== null);
    const stems = read.flatMap((n) => input.wordsOf(n).stems);
    return (
      !namesMeasure(stems, measure) &&
      others.some((m) => namesMeasure(stems, m)) &&
      read.some((n) => holdsDimension(input.textOf(n), 'money'))
    );
  };
  const leading = ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  if (!leading.some((c) => namesOther(c.sentence))) return undefined;
  const forms = conceptForms(plan, asked.term);
  for (const s of candidateContext(input)) {
    const { stems } = input.wordsOf(s);
    if (namesMeasure(stems, measure) || forms.some((phrase) => holdsPhrase(stems, phrase)))
      return true;
  }
  return false;
}
