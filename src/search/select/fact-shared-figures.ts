/**
 * Figures two passages state alike, as things they share: "More than 200 people were evacuated
 * from their homes in Kelby on Sunday" / "Over 200 Kelby residents were evacuated from their
 * homes on Sunday" share "evacuated", "homes", "Kelby" and the figure "more than 200", which
 * their content terms leave out (numbers are values, fact-values.ts). A figure is information
 * both passages give, as a shared word is (the overlap of what two reports say, Dolan & Brockett
 * 2005 on paraphrase; Dagan et al. 2006): counting it only raises how much the two are found to
 * share; every check of stance, act, count, place, day and slot still applies.
 *
 * Only figures of at least 10 count, written alike in value, kind, bound ("more than" / "over"
 * are one lower bound), approximation and currency: news style spells out one to nine, and
 * small counts recur by chance (as fact-measures.ts reads counts).
 */
import type { FactValues, PositionedValue } from './fact-values.js';

/** The prefix of the term that stands for a figure both passages state alike. */
const SHARED_FIGURE = '\u0000figure:';

/** Least value of a figure counted as shared. */
const MIN_SHARED_FIGURE = 10;

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** The figures of a passage that may count as shared, keyed by what must be alike. */
function figureKeys(values: FactValues): Set<string> {
  const keys = new Set<string>();
  for (const value of values.positioned) {
    if (!('number' in value)) continue;
    const figure = value as PositionedNumber;
    const amount = Number(figure.number.split('-')[0]);
    if (figure.kind !== 'tally' && !(amount >= MIN_SHARED_FIGURE)) continue;
    keys.add(
      [
        figure.kind,
        figure.number,
        figure.bound ?? '',
        figure.approximate ? '~' : '',
        figure.currency ?? '',
      ].join('|'),
    );
  }
  return keys;
}

/**
 * One term for each figure `a` and `b` both state alike (the file's comment), to be added to
 * the content terms of each; none when they share no such figure.
 */
export function sharedFigureTerms(a: FactValues, b: FactValues): string[] {
  if (a.numbers.length === 0 || b.numbers.length === 0) return [];
  const inB = figureKeys(b);
  return [...figureKeys(a)].filter((key) => inB.has(key)).map((key) => SHARED_FIGURE + key);
}
