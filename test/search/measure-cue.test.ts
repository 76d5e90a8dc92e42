/**
 * Each kind of measure's cue (plan/quantity.ts `MeasureSpan`) is a necessary condition of its
 * span: a text holding a span matches the cue, so skipping the span's search when the cue fails
 * leaves `withoutMeasures` and `withoutOtherMeasures` as they were; so is each dimension's cue
 * of its pattern (`QuantityPattern`), which leaves `holdsDimension` as it was. Checked against the searches
 * run with no cue, over invented sentences built from every figure form and unit the spans read.
 */
import { describe, expect, it } from 'vitest';
import {
  holdsDimension,
  MEASURE_SPANS,
  QUANTITY_PATTERNS,
  withoutMeasures,
  withoutOtherMeasures,
  type Dimension,
} from '../../src/search/plan/quantity.js';
import { stem, tokenize } from '../../src/text/terms.js';

const FIGURES = ['40', '2,000', '4.5', 'two', 'ninety', 'a', 'an', 'half a', 'several', 'a few'];
const FIGURES_SCALED = ['two million', '£1.2', '$40,000', '3 bn', 'dozens of', 'hundreds of'];
const UNITS = [
  'dollars',
  'pounds',
  'pounds of flour',
  'euros',
  'pence',
  'per cent',
  'percentage points',
  'metres',
  'feet',
  'mile',
  'inch',
  'storeys',
  'tonnes',
  'kilograms',
  'degrees',
  'degrees of',
  'knots',
  'miles an hour',
  'minutes',
  'years',
  'century',
];
/** Spans that need no unit word: symbols and figures joined to their units. */
const JOINED = ['£4.6m', '$24', '12%', '300p', '18°C', '22C', '70mph', '120 km/h', '2m', '5kg'];

/** Every figure before every unit, by a space and by a hyphen, in a sentence; and none at all. */
function sentences(): string[] {
  const out: string[] = [];
  for (const figure of [...FIGURES, ...FIGURES_SCALED])
    for (const unit of UNITS)
      for (const joint of [' ', '-', '  '])
        out.push(`The council said ${figure}${joint}${unit} were spent, not ${figure}.`);
  for (const joined of JOINED) out.push(`It cost ${joined} in March, up from ${joined}.`);
  out.push('The mayor said a bridge was closed to several people for a day.');
  out.push('Nobody counted the boats at all.');
  out.push('Half the wards, one in five homes and 3 out of every 10 cars were hit.');
  return out;
}

/** The blanking with each span searched whatever its cue says: what the cue must not change. */
function searchedWithoutCue(text: string, keep: (kind: string, span: string) => boolean): string {
  let rest = text;
  for (const [kind, { span }] of Object.entries(MEASURE_SPANS))
    rest = rest.replace(span, (found) => (keep(kind, found) ? found : ' '));
  return rest;
}

describe('measure cues', () => {
  it('match every text a span matches', () => {
    for (const text of sentences())
      for (const [kind, { span, cue }] of Object.entries(MEASURE_SPANS)) {
        span.lastIndex = 0;
        if (span.test(text)) expect(cue.test(text), `${kind}: ${text}`).toBe(true);
        span.lastIndex = 0;
      }
  });

  it('leave withoutMeasures as the searches alone blank', () => {
    const kept = new Set(['peopl', stem('miles')]);
    for (const text of sentences())
      expect(withoutMeasures(text, kept)).toBe(
        searchedWithoutCue(text, (_, span) =>
          tokenize(span).some((token) => kept.has(stem(token.word))),
        ),
      );
  });

  it('leave withoutOtherMeasures as the searches alone blank', () => {
    const dimensions: Dimension[] = ['money', 'share', 'length', 'weight', 'temperature', 'speed'];
    for (const dimension of dimensions)
      for (const text of sentences())
        expect(withoutOtherMeasures(text, dimension)).toBe(
          searchedWithoutCue(
            text,
            (kind, span) =>
              kind === dimension ||
              (dimension === 'money' && kind === 'share') ||
              (kind !== 'time' && holdsDimension(span, dimension)),
          ),
        );
  });

  it('of a dimension match every text its pattern matches, and holdsDimension is the pattern', () => {
    for (const text of sentences())
      for (const [dimension, { pattern, cue }] of Object.entries(QUANTITY_PATTERNS)) {
        const held = pattern.test(text);
        if (held) expect(cue.test(text), `${dimension}: ${text}`).toBe(true);
        expect(holdsDimension(text, dimension as Dimension)).toBe(held);
      }
  });
});
