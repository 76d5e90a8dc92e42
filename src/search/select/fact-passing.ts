/**
 * A verb of passing a threshold right before a figure: "has passed 12,000 signatures", "topped
 * 12,000", "exceeded £6m", "surpassed 1 million". With a figure as its object the verb says only
 * that the running total of its subject stands beyond that number ("passed 12,000" entails "more
 * than 12,000"): a lower bound on the figure, as the comparative modifier "more than" states one
 * (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 5, the modifiers
 * of numerals), and no act done to what is counted. "Exceeding" is read among the numeral's own
 * modifiers (fact-values.ts).
 *
 * The total a subject passes is what it has got: "A petition has passed 12,000 signatures" and
 * "The petition had gathered more than 12,000 signatures" state one total past one number, one
 * telling how it was got (a verb of obtaining: Levin 1993, English Verb Classes and
 * Alternations, §13.5, verbs of getting and obtaining: gather, collect, obtain, receive, win…),
 * the other only where it stands, as "rose to" and "reached" tell one level (fact-levels.ts). A
 * total told under any other verb ("has spent more than £2m") is another measure.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import { unitsBefore, type ClausedSource } from './fact-clauses.js';
import { qualifierStart, type FactValues, type PositionedValue } from './fact-values.js';
import { CURRENCY_SIGN, CURRENCY_SIGNS } from '../../text/notation-words.js';

/** A passing verb, then perhaps a currency sign, ending the text up to a figure. */
const PASSING_BEFORE = new RegExp(
  String.raw`\b(?:pass(?:es|ed)?|top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?)\s*${CURRENCY_SIGN}?\s*$`,
  'i',
);

/**
 * Where a verb of passing a threshold begins in `before`, the text up to a figure, when `before`
 * ends in one (a currency sign may stand between: "topped £6m"); null when it does not.
 */
export function passingVerbStart(before: string): number | null {
  return PASSING_BEFORE.exec(before)?.index ?? null;
}

/** Verbs of obtaining (Levin 1993, §13.5), in their forms, cut as fact terms are. */
const OBTAINING = verbFormStems(
  ['gather', 'collect', 'obtain', 'receive', 'win', 'attract', 'amass', 'garner', 'draw', 'get'],
  SEARCH_OPTIONS.facts.namePrefix,
);

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** What is read of a report here. */
export interface PassingSource extends ClausedSource {
  values: FactValues;
}

/** Anything but a space or a currency sign. */
const NOT_SPACE_OR_SIGN = new RegExp(`[^\\s${CURRENCY_SIGNS}]`);
/** How a figure is got or passed: a passing verb, a verb of obtaining, or neither. */
function governedBy(source: PassingSource, x: PositionedNumber): 'passing' | 'obtaining' | null {
  // Bound words may stand between verb and figure: "passed more than 12 bills".
  const start = qualifierStart(source.text, x.at);
  if (passingVerbStart(source.text.slice(0, start)) !== null) return 'passing';
  const [verb] = unitsBefore(source, start);
  if (verb === undefined || verb.name) return null;
  // The verb governs the figure: nothing but a currency sign stands between.
  if (NOT_SPACE_OR_SIGN.test(source.text.slice(verb.end, start))) return null;
  return verb.keys.some((key) => OBTAINING().has(key)) ? 'obtaining' : null;
}

const numbersOf = (source: PassingSource) =>
  source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));

/**
 * True when one report passes a total ("has passed 12,000 signatures") that the other states as
 * got, past the same number ("had gathered more than 12,000 signatures") or passed in other
 * words ("has topped 12,000 signatures"): the same kind, unit or currency and number, both lower
 * bounds. Such reports tell one total, whatever their verbs (the module note).
 */
export function passedTotalMet(a: PassingSource, b: PassingSource): boolean {
  const passed = (x: PassingSource, y: PassingSource) =>
    numbersOf(x).some(
      (n) =>
        n.bound === 'lower' &&
        governedBy(x, n) === 'passing' &&
        numbersOf(y).some(
          (m) =>
            m.bound === 'lower' &&
            m.kind === n.kind &&
            m.number === n.number &&
            m.unit === n.unit &&
            m.currency === n.currency &&
            governedBy(y, m) !== null,
        ),
    );
  return passed(a, b) || passed(b, a);
}
