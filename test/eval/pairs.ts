/**
 * The fact-relation pairs: two sentences of different articles labelled, by someone who never
 * saw the code, as the same fact, different facts, or a disagreement on one aspect. Scores
 * src/search/select/fact-relation.ts on them: the precision of "same fact" (what "also
 * reported by" claims) and of "disagree" (what "sources differ" claims), for every pairs file,
 * by the corpus the pairs come from and by split part.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { jsonSyntaxProblem } from '../../src/text/json-syntax.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { FactRelation } from '../../src/search/select/fact-relation-types.js';
import { withDescribedPerson } from '../../src/search/select/fact-described-person.js';
import { withDescribedBody } from '../../src/search/select/fact-described-body.js';
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';
import { NO_DATES, publishedOf, type PublishedByFile } from './pair-dates.js';
import { EVAL_DIR } from './sets.js';
import { splitOf, type Split } from './split.js';

/** The corpora pairs are taken from. */
export const PAIR_CORPORA = [
  'bundled',
  'news',
  'clean-air-zone',
  'visitor-levy',
  'twenty-mph',
  'bird-flu',
  'oil-spill',
  'spaceport',
  'blackout',
  'unexploded-bomb',
  'pier-fire',
  'cave-flood',
  'derailment',
  'gas-explosion',
  'reservoir',
  'measles',
  'algae',
  'sinkhole',
  'lido',
] as const;
export type PairCorpus = (typeof PAIR_CORPORA)[number];

/** One file of labelled pairs. */
export interface PairsFile {
  /** Relative to test/eval/. */
  file: string;
  /** The corpus of a pair that names none. */
  corpus: PairCorpus;
  /** One line on where the pairs come from. */
  label: string;
}

/** Every pairs file; one that is absent is reported as missing and skipped. */
export const PAIRS_FILES: readonly PairsFile[] = [
  {
    file: 'sets/bundled-pairs.json',
    corpus: 'bundled',
    label: 'blind, first set: the bundled articles, some pairs invented',
  },
  {
    file: 'sets/pairs-2.json',
    corpus: 'bundled',
    label: 'blind, second set: the bundled articles and the invented news corpus',
  },
  {
    file: 'sets/pairs-3.json',
    corpus: 'bundled',
    label: 'blind, third set (session 5): the bundled articles and the invented news corpus',
  },
  {
    file: 'sets/pairs-invented-32.json',
    corpus: 'news',
    label:
      'not blind (session 25, facts32): invented sentences of the kinds of issue 8, development only',
  },
  {
    file: 'sets/pairs-invented-34.json',
    corpus: 'news',
    label:
      'not blind (session 26, facts34): present levels, amounts after the same words, acts told with a synonym beside a detail; development only',
  },
  {
    file: 'sets/pairs-invented-35.json',
    corpus: 'news',
    label:
      "not blind (session 27, facts35): figures in sentences worded differently, a figure's part, one act with other details, times of day; development only",
  },
  {
    file: 'sets/pairs-invented-36.json',
    corpus: 'news',
    label:
      "not blind (session 28, facts36): approximate figures, a number as a modifier, a clause added after the attribution, 'today', 'came to' a sum, 'led by', a dated report frame; development only",
  },
  {
    file: 'sets/pairs-invented-37.json',
    corpus: 'news',
    label:
      'not blind (session 28, facts37): a finding against an inquiry under way, counts in words, times of day in two notations, an age told by a description, "no one" / "none of the X"; development only',
  },
  {
    file: 'sets/pairs-invented-38.json',
    corpus: 'news',
    label:
      'not blind (session 29, facts38): one fact or one disagreement told in other words (WordNet synonyms, a nominalisation, a tally written two ways), with near misses; development only',
  },
  {
    file: 'sets/pairs-invented-39.json',
    corpus: 'news',
    label:
      "not blind (session 30, facts39): one fact told by two outlets in other words (a figure on a finer scale, a plan's semi-auxiliaries, 'confirmed', 'signed' / 'concluded' a compact, 'took place'), with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-40.json',
    corpus: 'news',
    label:
      "not blind (session 31, facts40): one happening's start on two weekdays, 'started' / 'broke out', an age told two ways, one evacuation reordered, with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-41.json',
    corpus: 'news',
    label:
      "not blind (session 32, facts41): one span told with 'spent' and 'lasted', with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-42.json',
    corpus: 'news',
    label:
      "not blind (session 33, facts42): cardinals in words against figures ('three hundred and fifty' / '350'), one figure of two kinds of thing ('nine timber trestles' / 'nine concrete piers': joined, a known error since the counted-noun rule was reverted), with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-43.json',
    corpus: 'news',
    label:
      "not blind (session 34, facts43): one story told by several outlets: another verb for one act ('signed' / 'inked', 'killed' / 'died'), active and passive, approximate figures, one day named two ways, quoted and reported speech, with near misses (a denial, other events, other objects of one act); development only",
  },
  {
    file: 'sets/pairs-invented-44.json',
    corpus: 'news',
    label:
      "not blind (session 38, joins38): one rescue told by several outlets: other verbs for one act ('brought to the surface' / 'freed' / 'rescued'), one count in other words ('half a dozen' / 'six'), speech after 'also', with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-49.json',
    corpus: 'news',
    label:
      "not blind (session 49, coref49): a body restated by a general noun ('The company said …', 'The firm’s debts …') after the sentence naming it, against another outlet naming it, with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-49b.json',
    corpus: 'news',
    label:
      "not blind (session 49, differ49): one company's count of a whole's parts ('would have' / 'will comprise') and its sum with 'the company said' after its name, with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-51.json',
    corpus: 'news',
    label:
      "not blind (session 50, pairs51): one span told with 'lasted' and 'ran for', one act told as a verb and as a support verb's noun ('settled' / 'reached a settlement'), a frame of saying inside a supplementary relative clause, with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-54.json',
    corpus: 'news',
    label:
      "not blind (session 52, number54): one quantity in other notation ('£231 million' / '£231m', '6 per cent' / '6%', '2.4 million pounds' / '£2.4m', 'twice' / 'two times', 'once a day' / 'twice a day'), with near misses (another currency, percentage points, a multiplier of a quantity); development only",
  },
  {
    file: 'sets/pairs-invented-55.json',
    corpus: 'news',
    label:
      "not blind (session 53, differ55): one event's attendance told as a crowd's size and as a count of persons who attended ('A crowd of 24,118 watched the match' / '25,912 supporters attended the match'), with near misses (a part below its whole, a broadcast audience, a crowd watching elsewhere, other events); development only",
  },
  {
    file: 'sets/pairs-invented-56.json',
    corpus: 'news',
    label:
      "not blind (session 53, join56): a range's unit after either end ('from 12,300 to 19,800 seats' / 'from 12,300 seats to 19,800'), one change told by its two ends ('rise from £310 to £365' / 'cost £365, up from £310') in a reported clause with a time of its frame, a score with its day counted from each article's date, with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-56b.json',
    corpus: 'news',
    label:
      "not blind (session 53, differ56): one sum told with its term by one holder, the attribution before or after ('worth £8.4 million over eight years, the council said' / 'The council said … was worth £9.2 million over eight years'), with near misses (another term, thing, named party or currency); development only",
  },
  {
    file: 'sets/pairs-invented-57.json',
    corpus: 'news',
    label:
      "not blind (session 54, facts57): two claims whose opening subjects differ in their head alone ('Capacity at Marle Park …' / 'Parking at Marle Park …'), with near misses (one subject told alike, a figure differing under one subject); development only",
  },
  {
    file: 'sets/pairs-invented-59.json',
    corpus: 'news',
    label:
      "not blind (session 55, facts59): one change told by its two ends in either order ('fell to 120 from 300' / 'fell from 300 to 120'), an end differing while the start agrees, a sum premodifying its noun against that noun's worth ('a £34 million contract' / 'The contract, worth £31m,'), a height written '4.7m', with near misses; development only",
  },
  {
    file: 'sets/pairs-invented-61.json',
    corpus: 'news',
    label:
      "not blind (session 56, facts61): figures of a noun and of a compound with that head ('the club' / 'the chess club'), one thing given two lengths before its noun ('A ten-day public inquiry into …' / 'A seven-day public inquiry into …' on one day), with near misses (one compound on both sides, an adjective on one side, two days, two names, another noun); development only",
  },
  {
    file: 'sets/pairs-invented-62.json',
    corpus: 'news',
    label:
      "not blind (session 56, facts62): a light verb's act in the progressive ('is taking … to the High Court') against another act ('The High Court has ruled') or a report with no light verb, with same-fact pairs that stay joined; development only",
  },
  {
    file: 'sets/pairs-clean-air-zone.json',
    corpus: 'clean-air-zone',
    label:
      "not blind (session 58, tester59's plant): same facts told two ways in the clean-air-zone corpus (numbers in words, an initialism and its expansion, a tally 'N votes to M' / 'N …, with M voting against', another verb, the passive), with a denial and a later vote beside them; development only",
  },
  {
    file: 'sets/pairs-visitor-levy.json',
    corpus: 'visitor-levy',
    label:
      "not blind (session 59, tester60's plant): same facts told two ways in the visitor-levy corpus (a sum in words, 'charge' / 'rate', a day against its month, the passive, a count in words), sources that differ (a tally 'N votes to M' / 'N …, with M voting against', two counts), with a denial and a later vote beside them; development only",
  },
  {
    file: 'sets/pairs-twenty-mph.json',
    corpus: 'twenty-mph',
    label:
      "not blind (session 59, tester61's plant): same facts told two ways in the twenty-mph corpus (active and passive, a tally in words and digits, another verb, a fall told by its ends and by its size), two counts of one petition and two percentages of one report, with a denial, a later vote and an act's cost against a thing's beside them; development only",
  },
  {
    file: 'sets/pairs-bird-flu.json',
    corpus: 'bird-flu',
    label:
      "not blind (session 60, tester62's plant): same facts told two ways in the bird-flu corpus (counts and lengths in words and digits, a unit's symbol and its name, another verb, the passive, an act told ahead and done), sources that differ (two counts of one cull and of one flock, two percentages of one warning), with a denial, a later vote and opposite acts on a protection zone beside them; development only",
  },
  {
    file: 'sets/pairs-oil-spill.json',
    corpus: 'oil-spill',
    label:
      "not blind (session 61, tester63's plant): same facts told two ways in the oil-spill corpus (a clock time, a length and a count in words and in digits, a unit's symbol and its name, another verb, the passive, a year counted from publication, an age before the noun), sources that differ (two estimates of one spill, two costs of one clean-up, two sums of one claim), with a denial, a later closing and two stations opened at two places and times beside them; development only",
  },
  {
    file: 'sets/pairs-spaceport.json',
    corpus: 'spaceport',
    label:
      "not blind (session 62, tester64's plant): same facts told two ways in the spaceport corpus (a time, a sum and a length in words and in digits, a unit's symbol and its name, another verb, the passive, a span in weeks and in days, an agency by name and by role), sources that differ (two counts of one warden's tally, two sums of one offer), with a denial, a later plan and another zone beside them; development only",
  },
  {
    file: 'sets/pairs-blackout.json',
    corpus: 'blackout',
    label:
      "not blind (session 63, tester65's plant): same facts told two ways in the blackout corpus (a count, a sum and a length in words and in digits, a unit's symbol and its name, another verb, the passive, a span in weeks and in days), sources that differ (two counts of passengers stranded by one stoppage, two sums of one repair bill), with a later second fault, the storm at another substation, two hospitals and a denial beside them; development only",
  },
  {
    file: 'sets/pairs-unexploded-bomb.json',
    corpus: 'unexploded-bomb',
    label:
      "not blind (session 64, tester66's plant): same facts told two ways in the unexploded-bomb corpus (counts in words and in digits, a length by a unit's symbol and its name, a span in weeks and in days, a relative day and a weekday, another verb, the passive), sources that differ (two counts of broken windows, two costs, two depths, two counts of evacuees), with a denial, a later second bomb in another town, another weight and two towns bombed in one year beside them; development only",
  },
  {
    file: 'sets/pairs-pier-fire.json',
    corpus: 'pier-fire',
    label:
      "not blind (session 65, tester67's plant): same facts told two ways in the pier-fire corpus (counts, sums and clock times in words and in digits, a unit's symbol and its name, a span in weeks and in days, another verb, the passive), sources that differ (two counts of fire engines, two counts of hotel guests, two sums insured), with a denial, a second fire at another pier, an earlier fire and another pier's length beside them; development only",
  },
  {
    file: 'sets/pairs-cave-flood.json',
    corpus: 'cave-flood',
    label:
      "not blind (session 66, tester68's plant): same facts told two ways in the cave-flood corpus (a figure in words and abbreviated, a unit's symbol and its name, a span in weeks and in days, the passive and the active, another verb, an age told two ways), sources that differ (two depths, two counts of divers, two counts of pumps), with a denial, a second rescue in another cave, another cave's entrance and two properties of one cave beside them; development only",
  },
  {
    file: 'sets/pairs-derailment.json',
    corpus: 'derailment',
    label:
      "not blind (session 67, tester69's plant): same facts told two ways in the derailment corpus (figures and counts in words and in digits, a unit's symbol and its name, the active and the passive, a span in days and in weeks, an age told two ways, a date with and without its weekday), sources that differ (two counts of dead fish, two counts of derailed wagons, two clock times), with a later derailment in another county, a claim and its denial, a denial and a finding, another event's injuries, and two acts of one agent a week apart beside them; development only",
  },
  {
    file: 'sets/pairs-gas-explosion.json',
    corpus: 'gas-explosion',
    label:
      "not blind (session 68, tester70's plant): same facts told two ways in the gas-explosion corpus (counts in words and in digits, a unit's name and its symbol, a span in weeks and in days, the active and the passive, another verb, an age told two ways, a relative and an absolute date), sources that differ (two hospital counts, two cordon radii, two ages), with a claim and its denial, a later explosion in another town, another place's cordon, what an engineer found beside what he did not test, and tenants' reports beside one named woman's complaint; development only",
  },
  {
    file: 'sets/pairs-reservoir.json',
    corpus: 'reservoir',
    label:
      "not blind (session 69, tester71's plant): same facts told two ways in the reservoir corpus (a unit's name and its symbol, a count in digits and in words, the active and the passive, another verb, a measure after its verb and as a premodifier, a span in days and as a week and a day), sources that differ (two counts of evacuated residents, two tonnages of sandbags, two repair bills), with another reservoir's inspection and its denial, other reservoirs built in other years, a scare with no evacuation, another road closed, and an earlier alarm at the same reservoir; development only",
  },
  {
    file: 'sets/pairs-measles.json',
    corpus: 'measles',
    label:
      "not blind (session 70, tester72's plant): same facts told two ways in the measles corpus (the active and the passive, a weekday and a date, a span in days and in weeks, another verb, a currency's symbol and its name, a per cent sign and its words, a count in words and in digits), sources that differ (two counts of doses, two costs, two uptake rates), with a second town's first case and clinic, a letter's claim and its denial, another town's exclusion, and the pairs the start's engine joined untruly (another cluster's fourth case beside a first case, a review's findings beside the outbreak's end or a letter); development only",
  },
  {
    file: 'sets/pairs-algae.json',
    corpus: 'algae',
    label:
      "not blind (session 71, tester73's plant): same facts told two ways in the algae-bloom corpus (a unit's name and its symbol, a figure in words and in digits, a weekday and a date, another verb, a span in weeks and in days, the passive), sources that differ (two peak readings, two counts of closed beaches, two ages of one dog), with a farmer's denial beside his admission, a second bloom on another lake and another lake's beach closed, and the joins the start's engine showed, true and untrue (two cancellations by one club, two councils' warning signs); development only",
  },
  {
    file: 'sets/pairs-sinkhole.json',
    corpus: 'sinkhole',
    label:
      "not blind (session 72, tester74's plant): same facts told two ways in the sinkhole corpus (metres and feet, a figure in words and in digits, a weekday and a date, another verb, the passive, two weeks and a fortnight), sources that differ (two depths, two counts of residents moved out), with another, smaller hole's size, another road's reopening, other meetings' votes, denials beside claims, and the join the start's engine showed untruly (a bakery's borrowed kitchen beside its insurance claim); development only",
  },
  {
    file: 'sets/pairs-lido.json',
    corpus: 'lido',
    label:
      "not blind (session 73, tester75's plant): same facts told two ways in the lido corpus (a figure in pounds and in words, Celsius and Fahrenheit, digits and words for a capacity and a price, a weekday and a date, another verb, the passive), sources that differ (two petition counts, two tallies of one vote), with another town's pool (its reopening, attendance, temperature and price), another meeting's vote, a reduced capacity beside the full one, a paddling-pool crack beside the main tank's, and a denial beside a claim; development only",
  },
  {
    file: 'sets/pairs-invented-63.json',
    corpus: 'news',
    label:
      "not blind (session 57, facts63): a time told as a calendar date against one counted from publication ('handed in last October' / 'handed in yesterday'), a sum told by a verb and by its noun ('offered £1.8 million' / 'made a £1.5 million offer', 'X's £1.5 million offer'), a measure before its noun and after it ('a 2.7-year supply' / 'a supply of 2.7 years'), with near misses (another month or year, agent, act on the noun, purpose, noun measured; a denial); development only",
  },
];

/** A pairs file written by someone who read the code: it may hold development pairs only. */
export const DEVELOPMENT_ONLY_FILES: readonly string[] = [
  'sets/pairs-invented-32.json',
  'sets/pairs-invented-34.json',
  'sets/pairs-invented-35.json',
  'sets/pairs-invented-36.json',
  'sets/pairs-invented-37.json',
  'sets/pairs-invented-38.json',
  'sets/pairs-invented-39.json',
  'sets/pairs-invented-40.json',
  'sets/pairs-invented-41.json',
  'sets/pairs-invented-42.json',
  'sets/pairs-invented-43.json',
  'sets/pairs-invented-44.json',
  'sets/pairs-invented-49.json',
  'sets/pairs-invented-49b.json',
  'sets/pairs-invented-51.json',
  'sets/pairs-invented-54.json',
  'sets/pairs-invented-55.json',
  'sets/pairs-invented-56.json',
  'sets/pairs-invented-56b.json',
  'sets/pairs-invented-57.json',
  'sets/pairs-invented-59.json',
  'sets/pairs-invented-61.json',
  'sets/pairs-invented-62.json',
  'sets/pairs-invented-63.json',
  'sets/pairs-clean-air-zone.json',
  'sets/pairs-visitor-levy.json',
  'sets/pairs-twenty-mph.json',
  'sets/pairs-bird-flu.json',
  'sets/pairs-oil-spill.json',
  'sets/pairs-spaceport.json',
  'sets/pairs-blackout.json',
  'sets/pairs-unexploded-bomb.json',
  'sets/pairs-pier-fire.json',
  'sets/pairs-cave-flood.json',
  'sets/pairs-derailment.json',
  'sets/pairs-gas-explosion.json',
  'sets/pairs-reservoir.json',
  'sets/pairs-measles.json',
  'sets/pairs-algae.json',
  'sets/pairs-sinkhole.json',
  'sets/pairs-lido.json',
];

const pairSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  label: z.enum(['same-fact', 'different-fact', 'disagree']),
  aspect: z.string().nullable().optional(),
  corpus: z.enum(PAIR_CORPORA).optional(),
  /** The article files the sentences are copied from (null: an invented sentence). */
  aFile: z.string().nullable().optional(),
  bFile: z.string().nullable().optional(),
  /**
   * The publication date (`YYYY-MM-DD`) given to an invented sentence's article, which names no
   * file: time counted from publication ("on Tuesday") is read from it, as from a real one's.
   */
  aPublished: z.string().date().optional(),
  bPublished: z.string().date().optional(),
  /**
   * The sentence before an invented sentence in its article, where an age
   * description in it ("The 54-year-old told …") finds whom it stands for
   * (fact-described-person.ts), and a general noun for a body ("The company said …") which body
   * (fact-described-body.ts).
   */
  aBefore: z.string().optional(),
  bBefore: z.string().optional(),
});
const fileSchema = z.object({ pairs: z.array(pairSchema) });

/** A labelled pair, with the corpus it comes from. */
export type LabelledPair = z.infer<typeof pairSchema> & { corpus: PairCorpus };

/**
 * The part of the split a pair belongs to: the question split's rule, on both sentences; every
 * pair of a file written by someone who read the code ({@link DEVELOPMENT_ONLY_FILES}, given as
 * `file`) is a development pair, since its sentences were chosen knowing the engine.
 */
export function pairSplit(pair: Pick<LabelledPair, 'a' | 'b'> & { file?: string }): Split {
  if (pair.file !== undefined && DEVELOPMENT_ONLY_FILES.includes(pair.file)) return 'dev';
  return splitOf(`${pair.a}\n${pair.b}`);
}

/**
 * Parses a pairs file's text; pairs that name no corpus get `spec.corpus`.
 *
 * @throws Error naming the file when the text is not JSON or a pair does not fit the format.
 */
export function parsePairs(text: string, spec: PairsFile): LabelledPair[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${spec.file} is not JSON: ${jsonSyntaxProblem(text, error)}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${spec.file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data.pairs.map((pair) => ({ ...pair, corpus: pair.corpus ?? spec.corpus }));
}

/** Reads one pairs file; null when it is absent. */
export function readPairs(spec: PairsFile): LabelledPair[] | null {
  let text: string;
  try {
    text = readFileSync(path.join(EVAL_DIR, spec.file), 'utf8');
  } catch {
    return null;
  }
  return parsePairs(text, spec);
}

/** Counts of one predicted label against the gold labels. */
export interface LabelScore {
  predicted: number;
  correct: number;
  gold: number;
}

/** Scores of the classifier on some pairs. */
export interface PairScores {
  pairs: number;
  sameFact: LabelScore;
  /** A disagreement counts as correct when the gold label is "disagree" (on any aspect). */
  disagree: LabelScore;
}

/**
 * The classifier's relation for a pair, as the engine computes it (with no question: the
 * disagreement is then on the first aspect that differs), with the publication dates of the
 * articles the pair names when `dates` holds them (an invented sentence's given date first), and the synonyms an index would hold for
 * their words when `synonyms` is given ({@link pairSynonyms}).
 */
export function predictPair(
  pair: Pick<LabelledPair, 'a' | 'b'> &
    Partial<
      Pick<
        LabelledPair,
        'aFile' | 'bFile' | 'corpus' | 'aPublished' | 'bPublished' | 'aBefore' | 'bBefore'
      >
    >,
  dates: PublishedByFile = NO_DATES,
  synonyms?: (stem: string) => readonly string[],
): FactRelation {
  const corpus = pair.corpus ?? 'bundled';
  // Read as the engine reads a sentence of an article (select.ts `factOf`).
  const a = withDescribedBody(
    withDescribedPerson(pair.a, pair.aBefore ?? null),
    pair.aBefore ?? null,
  );
  const b = withDescribedBody(
    withDescribedPerson(pair.b, pair.bBefore ?? null),
    pair.bBefore ?? null,
  );
  return classifyFacts(a, b, {
    published: [
      pair.aPublished ?? publishedOf(dates, corpus, pair.aFile),
      pair.bPublished ?? publishedOf(dates, corpus, pair.bFile),
    ],
    ...(synonyms === undefined ? {} : { synonyms }),
  });
}

/**
 * The synonyms an index over the pairs' sentences would hold (corpus-synonyms.ts): a relation
 * reads synonyms only between the two sentences' own words, so these are the engine's.
 */
export function pairSynonyms(
  pairs: ReadonlyArray<Pick<LabelledPair, 'a' | 'b'>>,
): (stem: string) => readonly string[] {
  const known = new Set(pairs.flatMap((pair) => [...termsOf(pair.a), ...termsOf(pair.b)]));
  const table = new Map(corpusSynonymTable(known));
  return (stem) => table.get(stem) ?? [];
}

/** Scores the classifier on some pairs (`dates`: their articles' publication dates). */
export function scorePairs(
  pairs: readonly LabelledPair[],
  dates: PublishedByFile = NO_DATES,
): PairScores {
  const score = (): LabelScore => ({ predicted: 0, correct: 0, gold: 0 });
  const result: PairScores = { pairs: pairs.length, sameFact: score(), disagree: score() };
  const synonyms = pairSynonyms(pairs);
  for (const pair of pairs) {
    const predicted = predictPair(pair, dates, synonyms).kind;
    for (const [label, s] of [
      ['same-fact', result.sameFact],
      ['disagree', result.disagree],
    ] as const) {
      if (pair.label === label) s.gold += 1;
      if (predicted === label) {
        s.predicted += 1;
        if (pair.label === label) s.correct += 1;
      }
    }
  }
  return result;
}

/** The scores of the pairs of one file and corpus in one part. */
export interface PairGroup {
  file: string;
  corpus: PairCorpus;
  part: Split;
  scores: PairScores;
}

/** What the pairs section of the report holds. */
export interface PairsReport {
  groups: PairGroup[];
  /** Every blind file and corpus together, per part: the figure the target is about. */
  totals: Array<{ part: Split; scores: PairScores }>;
  /** Files not present yet. */
  missing: string[];
}

/** Every present pair, with its file. */
function allPairs(): { pairs: Array<LabelledPair & { file: string }>; missing: string[] } {
  const pairs: Array<LabelledPair & { file: string }> = [];
  const missing: string[] = [];
  for (const spec of PAIRS_FILES) {
    const read = readPairs(spec);
    if (read === null) missing.push(spec.file);
    else pairs.push(...read.map((pair) => ({ ...pair, file: spec.file })));
  }
  return { pairs, missing };
}

/**
 * Scores every pairs file by corpus and by each of `parts`, the pairs' articles dated by
 * `dates` (publishedByFile).
 */
export function pairsReport(parts: readonly Split[], dates: PublishedByFile): PairsReport {
  const { pairs, missing } = allPairs();
  const groups: PairGroup[] = [];
  for (const spec of PAIRS_FILES)
    for (const corpus of PAIR_CORPORA)
      for (const part of parts) {
        const some = pairs.filter(
          (p) => p.file === spec.file && p.corpus === corpus && pairSplit(p) === part,
        );
        if (some.length > 0)
          groups.push({ file: spec.file, corpus, part, scores: scorePairs(some, dates) });
      }
  // The targets are about pairs labelled by someone who never saw the code: a file written by
  // one who did is reported on its own line, not in the totals.
  const totals = parts.map((part) => ({
    part,
    scores: scorePairs(
      pairs.filter((p) => pairSplit(p) === part && !DEVELOPMENT_ONLY_FILES.includes(p.file)),
      dates,
    ),
  }));
  return { groups, totals, missing };
}

/**
 * The development pairs the classifier gets wrong, each with both sentences and its reason.
 * Only the development part: the test part's pairs stay unread.
 */
export function describePairMisses(dates: PublishedByFile): string[] {
  const lines = ['Fact-relation misses (dev pairs only):'];
  const dev = allPairs().pairs.filter((pair) => pairSplit(pair) === 'dev');
  // With the synonyms the scores read ({@link scorePairs}: those of the pairs of one file and
  // corpus in one part), so the misses listed are the ones scored.
  const synonymsOf = new Map<string, (stem: string) => readonly string[]>();
  const groupOf = (pair: (typeof dev)[number]) => `${pair.file}\u0000${pair.corpus}`;
  for (const pair of dev) {
    const group = groupOf(pair);
    if (!synonymsOf.has(group))
      synonymsOf.set(group, pairSynonyms(dev.filter((p) => groupOf(p) === group)));
  }
  for (const pair of dev) {
    const predicted = predictPair(pair, dates, synonymsOf.get(groupOf(pair)));
    if (predicted.kind === pair.label) continue;
    const why = predicted.kind === 'different-fact' ? ` (${predicted.reason})` : '';
    const gold = pair.aspect ? `${pair.label} on ${pair.aspect}` : pair.label;
    lines.push(
      `  ${pair.file} [${pair.corpus}]: gold ${gold}, predicted ${predicted.kind}${why}`,
      `    A: ${pair.a.replace(/\s+/g, ' ')}`,
      `    B: ${pair.b.replace(/\s+/g, ' ')}`,
    );
  }
  return lines;
}

function cell(s: LabelScore): string {
  const ratio = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(2));
  return `precision ${ratio(s.correct, s.predicted)} (${s.correct}/${s.predicted}), recall ${ratio(s.correct, s.gold)} (${s.correct}/${s.gold})`;
}

function rows(label: string, s: PairScores): string[] {
  const head = `  ${label} (${s.pairs} pairs): `;
  return [
    `${head}same fact ${cell(s.sameFact)}`,
    `${' '.repeat(head.length)}disagree  ${cell(s.disagree)}`,
  ];
}

/** The pairs section of the report. */
export function formatPairs(report: PairsReport): string {
  const lines = ['Fact relations ("also reported by" and "sources differ"), labelled pairs:'];
  for (const spec of PAIRS_FILES) {
    const groups = report.groups.filter((g) => g.file === spec.file);
    if (groups.length === 0) continue;
    lines.push(` test/eval/${spec.file} (${spec.label}):`);
    for (const g of groups) lines.push(...rows(`${g.corpus} ${g.part}`, g.scores));
  }
  lines.push(' every blind file together:');
  for (const t of report.totals) lines.push(...rows(t.part, t.scores));
  if (report.missing.length > 0)
    lines.push(
      ` not present yet, skipped: ${report.missing.map((f) => `test/eval/${f}`).join(', ')}`,
    );
  lines.push(' targets: same-fact precision ≥ 0.95, disagree precision ≥ 0.9');
  return lines.join('\n');
}
