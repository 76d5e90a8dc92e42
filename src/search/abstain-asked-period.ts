/**
 * A hard gate of abstention (abstain.ts): a question that restricts what it asks to one period
 * by an ordinal ("what will the levy raise in the second quarter", "what did she cut in her
 * second term") asks of that member of a series, and a passage telling the same act of another
 * member ("In the levy's first quarter, 412,000 nights were charged") tells of another period,
 * however many of the question's words it holds. An ordinal picks out one member of an ordered
 * series and no other (Quirk et al. 1985, §5.20, ordinal numerals as postdeterminers; Huddleston
 * & Pullum 2002, ch. 5 §7.2); the passage is about the entity without containing the answer, the
 * unanswerable kind of Kwiatkowski et al. 2019 (Natural Questions: "the passage is about the
 * entity but does not contain the answer").
 *
 * The count gates already read a count's period so (abstain-counted-period.ts, whose reading of
 * periods this gate shares): this one reads any question naming a period by an ordinal and a
 * noun of time. When the best candidate names another period and not the asked one, and no
 * sentence the candidates are read in names the asked one (outside a comparison's second term),
 * the reply is a refusal, whatever the classifier's probability.
 *
 * Left alone: questions naming no period by an ordinal ("last year", "in 2025": those are
 * written as dates), and a best candidate naming no period, or the asked one: its period may
 * stand in a neighbour.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { askedPeriod, periodNamed } from './abstain-counted-period.js';

/**
 * Whether the candidates name the period a question restricts what it asks to by an ordinal:
 * undefined when it names none ({@link askedPeriod}) or the best candidate names no other
 * period (abstain-counted-period.ts `periodNamed`); else true when a sentence the candidates
 * are read in (abstain-features.ts `candidateContext`) names the asked period. Costs one
 * reading of the words of the best candidate, and of the candidates' context when it names
 * another period.
 */
export function askedPeriodHeld(input: AbstentionInput): boolean | undefined {
  const period = askedPeriod(input.plan.question);
  const best = input.ranked[0];
  if (period === null || best === undefined) return undefined;
  const named = (s: number) => periodNamed(input.textOf(s), input.wordsOf(s), period);
  if (named(best.sentence) !== 'other') return undefined;
  return candidateContext(input).some((s) => named(s) === 'asked');
}
