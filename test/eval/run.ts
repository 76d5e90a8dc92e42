/**
 * `npm run eval`: scores the engine on every question set, each split into a development and
 * a test part, side by side with plain lunr and MiniSearch on the same sentences; then the
 * timeline against its gold. See {@link EVAL_USAGE} for the flags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openEngine } from '../../src/engine/index.js';
import { EVAL_USAGE, parseEvalArgs, type EvalOptions } from './args.js';
import { baselineCacheFile, corpusDir } from './corpora.js';
import { fileStem, scoreAnswers, type EvalQuestion, type SystemAnswer } from './metrics.js';
import { describeMisses } from './misses.js';
import { publishedByFile } from './pair-dates.js';
import { describePairMisses, formatPairs, pairsReport } from './pairs.js';
import { renderReport, type PartResult } from './report.js';
import { EVAL_DIR, partOf, readSet, SETS, type CorpusName, type SetSpec } from './sets.js';
import type { Split } from './split.js';
import { openSystems } from './systems.js';
import { evaluateTimeline, formatTimelineEval, type TimelineGold } from './timeline-eval.js';
import { evaluateNewsTimeline, formatNewsEval } from './timeline-quoted-eval.js';

/** The parts a `--split` choice reports, in order. */
function partsOf(options: EvalOptions): Split[] {
  return options.split === 'all' ? ['dev', 'test'] : [options.split];
}

/**
 * Says when answers name article files the corpus layer did not load (say, a format it does
 * not read yet): those questions cannot be answered by any system, and the figures should say so.
 */
function warnUnloadedFiles(
  sets: ReadonlyArray<{ spec: SetSpec; questions: EvalQuestion[] }>,
  loaded: readonly string[],
  log: (line: string) => void,
): void {
  const stems = new Set(loaded.map(fileStem));
  for (const { spec, questions } of sets) {
    const unloaded = new Set<string>();
    let affected = 0;
    for (const q of questions) {
      if (!('answers' in q)) continue;
      const named = q.answers.flatMap((a) => a.files ?? []);
      const missing = named.filter((file) => !stems.has(fileStem(file)));
      missing.forEach((file) => unloaded.add(file));
      if (named.length > 0 && missing.length === named.length) affected += 1;
    }
    if (unloaded.size > 0)
      log(
        `warning: ${spec.name}: ${unloaded.size} answer files not loaded by the corpus layer ` +
          `(${[...unloaded].sort().join(', ')}); ${affected} questions are answered only there.`,
      );
  }
}

/** The report's name for a corpus's blind sets pooled. */
function pooledSetName(corpus: CorpusName): string {
  return `${corpus}: all blind`;
}

async function scoreCorpus(
  corpus: CorpusName,
  sets: ReadonlyArray<{ spec: SetSpec; questions: EvalQuestion[] }>,
  options: EvalOptions,
  log: (line: string) => void,
): Promise<PartResult[]> {
  const started = performance.now();
  const { systems, files, saveCache } = await openSystems(await corpusDir(corpus), {
    cacheFile: baselineCacheFile(corpus),
  });
  log(`(${corpus} corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  warnUnloadedFiles(sets, files, log);
  const results: PartResult[] = [];
  const partResult = (
    set: string,
    part: Split,
    questions: readonly EvalQuestion[],
    answers: readonly SystemAnswer[][],
  ): PartResult => ({
    set,
    part,
    answerable: questions.filter((q) => 'answers' in q).length,
    unanswerable: questions.filter((q) => !('answers' in q)).length,
    systems: systems.map((system, i) => ({
      system: system.name,
      scores: scoreAnswers(questions, answers[i]!),
    })),
  });
  for (const part of partsOf(options)) {
    // The blind sets of this corpus pooled: more questions, so a steadier figure than any one set.
    const pooled = {
      questions: [] as EvalQuestion[],
      answers: systems.map(() => [] as SystemAnswer[]),
    };
    let blindSets = 0;
    for (const { spec, questions } of sets) {
      // A development-only set has no test part: no row rather than one of zeros.
      if (part === 'test' && spec.developmentOnly === true) continue;
      const partQuestions = questions.filter((q) => partOf(spec, q.question) === part);
      const setStarted = performance.now();
      const answers = systems.map((system) => partQuestions.map((q) => system.answer(q.question)));
      // A cold run takes minutes on a busy machine: a line per set shows it is moving.
      log(
        `(${spec.name} ${part}: ${partQuestions.length} questions, ${systems.length} systems, ${((performance.now() - setStarted) / 1000).toFixed(1)} s)`,
      );
      results.push(partResult(spec.name, part, partQuestions, answers));
      if (spec.blind) {
        blindSets += 1;
        pooled.questions.push(...partQuestions);
        answers.forEach((list, i) => pooled.answers[i]!.push(...list));
      }
      if (options.verbose && part === 'dev')
        describeMisses(spec.name, partQuestions, answers[0]!).forEach((line) => log(line));
    }
    if (blindSets > 1)
      results.push(partResult(pooledSetName(corpus), part, pooled.questions, pooled.answers));
  }
  saveCache();
  return results;
}

async function timelineReport() {
  const gold = JSON.parse(
    readFileSync(path.join(EVAL_DIR, 'timeline-gold.json'), 'utf8'),
  ) as TimelineGold;
  const engine = await openEngine({ corpusDir: await corpusDir('bundled') });
  const timeline = engine.timeline({ limit: 50 });
  const events = [...timeline.events];
  for (let offset = events.length; offset < timeline.total; offset += 50)
    events.push(...engine.timeline({ offset, limit: 50 }).events);
  return evaluateTimeline(events, gold);
}

async function main(): Promise<number> {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  // With --json the table's companions (progress, misses) go to standard error.
  const log = options.json
    ? (line: string) => console.error(line)
    : (line: string) => console.log(line);
  const chosen = options.pairs
    ? []
    : SETS.filter((s) => options.sets.length === 0 || options.sets.includes(s.name));
  const present: Array<{ spec: SetSpec; questions: EvalQuestion[] }> = [];
  const missing: string[] = [];
  for (const spec of chosen) {
    const questions = readSet(spec);
    if (questions === null) missing.push(`${spec.name} (test/eval/${spec.file})`);
    else present.push({ spec, questions });
  }
  if (missing.length > 0) log(`Sets not present yet, skipped: ${missing.join(', ')}`);

  const results: PartResult[] = [];
  const corpora = [...new Set(present.map((p) => p.spec.corpus))];
  for (const corpus of corpora)
    results.push(
      ...(await scoreCorpus(
        corpus,
        present.filter((p) => p.spec.corpus === corpus),
        options,
        log,
      )),
    );
  // Back in the order of SETS, so the report does not depend on corpus grouping.
  // A pooled row follows the last set of its corpus.
  const order = new Map<string, number>(SETS.map((s, i) => [s.name, i]));
  for (const corpus of corpora)
    order.set(
      pooledSetName(corpus),
      Math.max(...SETS.flatMap((s, i) => (s.corpus === corpus && s.blind ? [i] : []))) + 0.5,
    );
  results.sort((a, b) => order.get(a.set)! - order.get(b.set)! || (a.part < b.part ? -1 : 1));
  if (options.verbose && options.split === 'all')
    log('(test parts: misses not listed, on purpose)');

  const everything = options.sets.length === 0 && !options.pairs;
  const timeline = everything ? await timelineReport() : null;
  const timelineNews = everything ? await evaluateNewsTimeline(await corpusDir('news')) : null;
  const dates = options.sets.length === 0 ? await publishedByFile() : null;
  const pairs = dates !== null ? pairsReport(partsOf(options), dates) : null;
  if (dates !== null && options.verbose && options.split !== 'test')
    describePairMisses(dates).forEach((line) => log(line));
  if (options.json) {
    console.log(
      JSON.stringify(
        {
          measured: new Date().toISOString(),
          sets: present.map((p) => ({ ...p.spec, questions: p.questions.length })),
          missing,
          results,
          timeline,
          timelineNews,
          pairs,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  if (results.length > 0) console.log(`\n${renderReport(results)}`);
  if (present.length > 0) console.log('\nSets:');
  for (const { spec, questions } of present)
    console.log(
      `  ${spec.name}: ${questions.length} questions, ${spec.label} (test/eval/${spec.file})`,
    );
  if (timeline !== null)
    console.log(`\nTimeline (test/eval/timeline-gold.json):\n${formatTimelineEval(timeline)}`);
  if (timelineNews !== null)
    console.log(
      `\nTimeline on the news corpus, gold written blind from the texts (test/eval/corpora/news/timeline-gold.json):\n${formatNewsEval(timelineNews)}`,
    );
  if (pairs !== null) console.log(`\n${formatPairs(pairs)}`);
  return 0;
}

process.exitCode = await main();
