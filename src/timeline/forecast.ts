/**
 * Forecasts: "Growth forecast at 3% in 2027", "Exports projected to fall in May", "In June, a
 * leaked document forecast an overrun". A forecast is a statement about a later time. The
 * timeline lists it at the time it is about, marked as expected, as it lists a plan. It is not
 * listed at the publication day: the article does not say the forecast was made that day.
 *
 * The verbs of forecasting are tense markers of the future (tense-markers.ts) in their passive
 * uses: "is forecast at", "are projected to", and a headline's reduced "Growth forecast at 3%",
 * whose "is" is left out. "Forecast", "predicted", "projected" and "expected" are also the simple
 * past of an active verb, which says when the forecast was made ("In June, a leaked document
 * forecast an overrun"). This file reads that use.
 */
import type { Tense } from './tense.js';
import { BE_FORMS, CONTRACTED_AUXILIARIES, HAVE_FORMS, MODALS } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';

/**
 * The participles of forecasting, which are also the simple past of their active verbs: "is
 * forecast at", "a leaked document forecast an overrun".
 */
export const FORECAST_PARTICIPLES: readonly string[] = [
  'forecast',
  'predicted',
  'projected',
  'expected',
];

/** Verbs of forecasting whose simple past an active clause may use, before its object. */
const FORECAST_PAST = wordIn(FORECAST_PARTICIPLES);

/**
 * Words that cannot open the object of an active verb, so the participle before them is
 * passive: "forecast at 3%", "projected to fall", "expected by May", "forecast for Saturday".
 */
const NOT_AN_OBJECT =
  /^(?:to|at|for|in|on|by|as|of|from|with|between|until|till|over|during|after|before|around|and|or|but|that|when|if)$/iu;

/**
 * Words after which a participle of forecasting is passive or part of a verb phrase: the modals
 * and the forms of "be" and "have" (a closed class: text/auxiliaries.ts), contracted too, and
 * the adverbs that stand among them. Not "do": "did forecast" is the simple past's emphatic
 * form, an act of forecasting as "forecast" alone is.
 */
const AUXILIARY = wordIn([
  ...MODALS,
  ...BE_FORMS,
  ...HAVE_FORMS,
  ...CONTRACTED_AUXILIARIES.flatMap((form) => [form, form.replace("'", '’')]),
  ...['not', 'also', 'still', 'widely', 'now'],
]);

/**
 * The tense of a date governed by a verb of forecasting used actively in the simple past: the
 * cue at `index` of `words` (the date's clause, as tense.ts reads it) follows no auxiliary and
 * comes before its object ("a leaked document forecast an overrun"). Such a clause reports an
 * act of forecasting done before the time of writing:
 * - a date before the verb (`dateBefore`: "In June, a leaked document forecast an overrun") is
 *   when the forecast was made: past;
 * - a date after it ("The council forecast a deficit in June") is the time forecast, a future
 *   seen from the past, which may lie on either side of the time of writing: null (Quirk et al.
 *   1985, 4.58, as plan.ts reads "was due to").
 *
 * Returns undefined when the cue is no such verb, so the caller's rules apply.
 */
export function forecastActTense(
  words: readonly string[],
  index: number,
  dateBefore: boolean,
): Tense | undefined {
  if (!FORECAST_PAST.test(words[index] ?? '')) return undefined;
  const previous = words[index - 1] ?? '';
  if (previous === '' || AUXILIARY.test(previous)) return undefined;
  const next = words[index + 1] ?? '';
  if (!/^\p{Ll}/u.test(next) || NOT_AN_OBJECT.test(next)) return undefined;
  return dateBefore ? 'past' : null;
}
