/**
 * The question sets `npm run eval` scores, the corpus each is asked of, and their file format.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { jsonSyntaxProblem } from '../../src/text/json-syntax.js';
import type { EvalQuestion, ExpectedAnswer } from './metrics.js';
import { splitOf, type Split } from './split.js';

/** The corpora the sets are asked of; {@link ./corpora.ts} says where each folder is. */
export type CorpusName =
  | 'bundled'
  | 'sotu'
  | 'news'
  | 'cliff-railway'
  | 'planning-appeal'
  | 'library-closures'
  | 'clean-air-zone'
  | 'visitor-levy'
  | 'twenty-mph'
  | 'bird-flu'
  | 'oil-spill'
  | 'spaceport'
  | 'blackout'
  | 'unexploded-bomb'
  | 'pier-fire'
  | 'cave-flood'
  | 'derailment'
  | 'gas-explosion'
  | 'reservoir'
  | 'measles'
  | 'algae'
  | 'sinkhole'
  | 'lido';

/** One question set. */
export interface SetSpec {
  /** Short name for `--set`. */
  name: string;
  /** File, relative to test/eval/. */
  file: string;
  corpus: CorpusName;
  /** One line on where the set comes from. */
  label: string;
  /** Written blind from the texts: pooled with the corpus's other blind sets in the report. */
  blind: boolean;
  /**
   * Every question is development (tuned on, never a test part): a set written by someone who
   * knew the engine, whose figures would not be honest as a test. Absent: split by
   * {@link splitOf}.
   */
  developmentOnly?: boolean;
}

/**
 * The part `question` of set `spec` belongs to: development for a
 * {@link SetSpec.developmentOnly} set, else the fixed split of split.ts.
 */
export function partOf(spec: SetSpec, question: string): Split {
  return spec.developmentOnly === true ? 'dev' : splitOf(question);
}

/**
 * Every set, blind ones first. A set whose file is absent is reported as missing and skipped,
 * so a set can be added by dropping its file in.
 */
export const SETS: readonly SetSpec[] = [
  {
    name: 'bundled',
    file: 'sets/bundled.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles',
    blind: true,
  },
  {
    name: 'bundled-2',
    file: 'sets/bundled-2.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, second writer (session 4)',
    blind: true,
  },
  {
    name: 'bundled-3',
    file: 'sets/bundled-3.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, third writer (session 5)',
    blind: true,
  },
  {
    name: 'bundled-4',
    file: 'sets/bundled-4.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, fourth writer (session 6)',
    blind: true,
  },
  {
    name: 'bundled-5',
    file: 'sets/bundled-5.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, fifth writer (session 7)',
    blind: true,
  },
  {
    name: 'bundled-6',
    file: 'sets/bundled-6.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, sixth writer (session 8)',
    blind: true,
  },
  {
    name: 'bundled-7',
    file: 'sets/bundled-7.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, seventh writer (session 44)',
    blind: true,
  },
  {
    name: 'bundled-8',
    file: 'sets/bundled-8.json',
    corpus: 'bundled',
    label: 'blind, the five bundled articles, eighth writer (session 55)',
    blind: true,
  },
  {
    name: 'sotu',
    file: 'sets/sotu.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses',
    blind: true,
  },
  {
    name: 'sotu-2',
    file: 'sets/sotu-2.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, second writer (session 4)',
    blind: true,
  },
  {
    name: 'sotu-3',
    file: 'sets/sotu-3.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, third writer (session 5)',
    blind: true,
  },
  {
    name: 'sotu-4',
    file: 'sets/sotu-4.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, fourth writer (session 6)',
    blind: true,
  },
  {
    name: 'sotu-5',
    file: 'sets/sotu-5.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, fifth writer (session 7)',
    blind: true,
  },
  {
    name: 'sotu-6',
    file: 'sets/sotu-6.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, sixth writer (session 8)',
    blind: true,
  },
  {
    name: 'sotu-7',
    file: 'sets/sotu-7.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, seventh writer (session 43)',
    blind: true,
  },
  {
    name: 'sotu-8',
    file: 'sets/sotu-8.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, eighth writer (session 44)',
    blind: true,
  },
  {
    name: 'sotu-9',
    file: 'sets/sotu-9.json',
    corpus: 'sotu',
    label: 'blind, 233 State of the Union addresses, ninth writer (session 55)',
    blind: true,
  },
  {
    name: 'news',
    file: 'sets/news.json',
    corpus: 'news',
    label: 'blind, invented local news',
    blind: true,
  },
  {
    name: 'news-2',
    file: 'sets/news-2.json',
    corpus: 'news',
    label: 'blind, invented local news, second writer (session 4)',
    blind: true,
  },
  {
    name: 'news-3',
    file: 'sets/news-3.json',
    corpus: 'news',
    label: 'blind, invented local news, third writer (session 6)',
    blind: true,
  },
  {
    name: 'news-4',
    file: 'sets/news-4.json',
    corpus: 'news',
    label: 'blind, invented local news, fourth writer (session 7)',
    blind: true,
  },
  {
    name: 'news-5',
    file: 'sets/news-5.json',
    corpus: 'news',
    label: 'blind, invented local news, fifth writer (session 8)',
    blind: true,
  },
  {
    name: 'news-6',
    file: 'sets/news-6.json',
    corpus: 'news',
    label: 'blind, invented local news, sixth writer (session 43)',
    blind: true,
  },
  {
    name: 'news-7',
    file: 'sets/news-7.json',
    corpus: 'news',
    label: 'blind, invented local news, seventh writer (session 45)',
    blind: true,
  },
  {
    name: 'legacy-dev',
    file: 'questions.json',
    corpus: 'bundled',
    label: 'old development set (tuned on; regression only)',
    blind: false,
  },
  {
    name: 'legacy-heldout',
    file: 'heldout.json',
    corpus: 'bundled',
    label: 'old second set (studied; regression only)',
    blind: false,
  },
  {
    name: 'legacy-heldout-2',
    file: 'heldout-2.json',
    corpus: 'bundled',
    label: 'old held-out set (regression only)',
    blind: false,
  },
  {
    name: 'cliff-railway',
    file: 'sets/cliff-railway.json',
    corpus: 'cliff-railway',
    label:
      'not blind (session 28, abstain29): invented twins asking attributes of named things, stated or not; development only',
    blind: false,
    developmentOnly: true,
  },
  {
    name: 'planning-appeal',
    file: 'sets/planning-appeal.json',
    corpus: 'planning-appeal',
    label:
      "an outside tester's own articles and questions (session 55, tester57), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'library-closures',
    file: 'sets/library-closures.json',
    corpus: 'library-closures',
    label:
      "an outside tester's own articles and questions (session 56, tester58), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'clean-air-zone',
    file: 'sets/clean-air-zone.json',
    corpus: 'clean-air-zone',
    label:
      "an outside tester's own articles and questions (session 57, tester59), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'visitor-levy',
    file: 'sets/visitor-levy.json',
    corpus: 'visitor-levy',
    label:
      "an outside tester's own articles and questions (session 58, tester60), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'twenty-mph',
    file: 'sets/twenty-mph.json',
    corpus: 'twenty-mph',
    label:
      "an outside tester's own articles and questions (session 59, tester61), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'bird-flu',
    file: 'sets/bird-flu.json',
    corpus: 'bird-flu',
    label:
      "an outside tester's own articles and questions (session 60, tester62), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'oil-spill',
    file: 'sets/oil-spill.json',
    corpus: 'oil-spill',
    label:
      "an outside tester's own articles and questions (session 61, tester63), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'spaceport',
    file: 'sets/spaceport.json',
    corpus: 'spaceport',
    label:
      "an outside tester's own articles and questions (session 62, tester64), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'blackout',
    file: 'sets/blackout.json',
    corpus: 'blackout',
    label:
      "an outside tester's own articles and questions (session 63, tester65), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'unexploded-bomb',
    file: 'sets/unexploded-bomb.json',
    corpus: 'unexploded-bomb',
    label:
      "an outside tester's own articles and questions (session 64, tester66), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'pier-fire',
    file: 'sets/pier-fire.json',
    corpus: 'pier-fire',
    label:
      "an outside tester's own articles and questions (session 65, tester67), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'cave-flood',
    file: 'sets/cave-flood.json',
    corpus: 'cave-flood',
    label:
      "an outside tester's own articles and questions (session 66, tester68), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'derailment',
    file: 'sets/derailment.json',
    corpus: 'derailment',
    label:
      "an outside tester's own articles and questions (session 67, tester69), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'gas-explosion',
    file: 'sets/gas-explosion.json',
    corpus: 'gas-explosion',
    label:
      "an outside tester's own articles and questions (session 68, tester70), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'reservoir',
    file: 'sets/reservoir.json',
    corpus: 'reservoir',
    label:
      "an outside tester's own articles and questions (session 69, tester71), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'measles',
    file: 'sets/measles.json',
    corpus: 'measles',
    label:
      "an outside tester's own articles and questions (session 70, tester72), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'algae',
    file: 'sets/algae.json',
    corpus: 'algae',
    label:
      "an outside tester's own articles and questions (session 71, tester73), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'sinkhole',
    file: 'sets/sinkhole.json',
    corpus: 'sinkhole',
    label:
      "an outside tester's own articles and questions (session 72, tester74), frozen before the first run; its misses were read: regression",
    blind: false,
  },
  {
    name: 'lido',
    file: 'sets/lido.json',
    corpus: 'lido',
    label:
      "an outside tester's own articles and questions (session 73, tester75), frozen before the first run; its misses were read: regression",
    blind: false,
  },
];

const strings = z.array(z.string().min(1)).min(1);

/** An answer as a list of strings, or with the files that may carry it. */
const answerSchema = z.union([
  strings,
  z.strictObject({ all: strings, files: z.array(z.string().min(1)).min(1).optional() }),
]);

const questionSchema = z.union([
  z.object({
    question: z.string().trim().min(1),
    answers: z.array(answerSchema).min(1),
    /** Files that carry the answer; applies to every answer that names none itself. */
    files: z.array(z.string().min(1)).min(1).optional(),
    kind: z.string().optional(),
  }),
  z.object({
    question: z.string().trim().min(1),
    answerable: z.literal(false),
    kind: z.string().optional(),
  }),
]);

const setSchema = z.object({ questions: z.array(questionSchema).min(1) });

/** The directory holding this file and the sets. */
export const EVAL_DIR = path.dirname(new URL(import.meta.url).pathname);

/**
 * Parses a question set. Each answerable question lists `answers`, any one of which marks a
 * correct passage: a list of strings that must all occur in one quote, or
 * `{ "all": [...], "files": [...] }`; a question-level `files` restricts every answer that
 * names no files itself. Unanswerable questions carry `"answerable": false`. Keys starting
 * with `$` are comments. Throws naming the file and the entry at fault.
 */
export function parseSet(raw: string, file: string): EvalQuestion[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`eval: ${file} is not JSON: ${jsonSyntaxProblem(raw, error)}`);
  }
  const parsed = setSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `eval: ${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.questions.map((q): EvalQuestion => {
    if (!('answers' in q)) return { question: q.question, answerable: false, kind: q.kind };
    const answers = q.answers.map((a): ExpectedAnswer => {
      const answer = Array.isArray(a) ? { all: a } : { all: a.all, files: a.files };
      return answer.files === undefined && q.files !== undefined
        ? { ...answer, files: q.files }
        : answer;
    });
    return { question: q.question, answers, kind: q.kind };
  });
}

/** Reads a set's questions, or returns null when its file does not exist yet. */
export function readSet(spec: SetSpec): EvalQuestion[] | null {
  const file = path.join(EVAL_DIR, spec.file);
  if (!existsSync(file)) return null;
  return parseSet(readFileSync(file, 'utf8'), `test/eval/${spec.file}`);
}
