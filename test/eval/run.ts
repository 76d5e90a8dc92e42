/**
 * `npm run eval`: scores the engine on the development set, side by side with plain lunr on
 * one-sentence passages, and the timeline against its gold.
 *
 *   npm run eval [-- --verbose] [--corpus DIR]
 *
 * Prints a table; `--verbose` also prints every question the engine got wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPlainIndex, searchPlain } from '../../bench/plain-lunr.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { openEngine } from '../../src/engine/index.js';
import type { Answer } from '../../src/engine/types.js';
import {
  scoreAnswers,
  rankOfFirstCorrect,
  type DevQuestion,
  type RetrievalScores,
  type SystemAnswer,
} from './metrics.js';
import { evaluateTimeline, formatTimelineEval, type TimelineGold } from './timeline-eval.js';

const here = path.dirname(new URL(import.meta.url).pathname);
/**
 * Sets written by others without seeing the code or the development set. The first was then
 * used to find general weaknesses (so it is no longer held out); the second never was.
 */
const HELD_OUT_SETS: Array<[string, string]> = [
  ['heldout.json', 'Second development set (written blind, then studied for general weaknesses)'],
  ['heldout-2.json', 'Held-out set, never studied or tuned on'],
];
const TARGETS = { hitAt1: 0.9, hitAt3: 0.97, abstainedCorrectly: 0.9, abstainedWrongly: 0.05 };

function engineAnswer(answer: Answer): SystemAnswer {
  return {
    answered: answer.answered,
    passages: answer.passages.map((p) => [p.quote, ...p.alsoReportedBy.map((also) => also.quote)]),
  };
}

function row(name: string, s: RetrievalScores): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(9);
  return `${name.padEnd(22)}${s.hitAt1.toFixed(3).padStart(8)}${s.hitAt3.toFixed(3).padStart(8)}${s.mrr.toFixed(3).padStart(8)}${pct(s.abstainedCorrectly)}${pct(s.abstainedWrongly)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', short: 'v' }, corpus: { type: 'string' } },
  });
  const corpusDir = values.corpus ?? 'corpus';
  const readSet = (file: string) =>
    (JSON.parse(readFileSync(path.join(here, file), 'utf8')) as { questions: DevQuestion[] })
      .questions;
  const questions = readSet('questions.json');
  const engine = await openEngine({ corpusDir });

  // Plain lunr: default pipeline, one document per sentence, `index.search`, top 3.
  const corpus = await loadCorpus(corpusDir);
  const sentences = corpus.sentences.map((s) =>
    corpus.articles[s.article]!.text.slice(s.start, s.end),
  );
  const plain = buildPlainIndex(sentences);
  const plainAnswers = (set: DevQuestion[]): SystemAnswer[] =>
    set.map((q) => {
      const results = searchPlain(plain, q.question).slice(0, 3);
      return {
        answered: results.length > 0,
        passages: results.map((r) => [sentences[Number(r.ref)] ?? '']),
      };
    });

  const engineAnswers = questions.map((q) => engine.ask(q.question, { limit: 3 }));
  const header = `${'system'.padEnd(22)}${'hit@1'.padStart(8)}${'hit@3'.padStart(8)}${'MRR'.padStart(8)}${'abst.ok'.padStart(9)}${'abst.bad'.padStart(9)}`;
  const engineScores = scoreAnswers(questions, engineAnswers.map(engineAnswer));
  console.log(
    `Development set: ${engineScores.answerable} answerable and ${engineScores.unanswerable} unanswerable questions (test/eval/questions.json)\n`,
  );
  console.log(header);
  console.log(row('engine', engineScores));
  console.log(row('plain lunr (sentences)', scoreAnswers(questions, plainAnswers(questions))));
  console.log(
    `${'target'.padEnd(22)}${('≥' + TARGETS.hitAt1).padStart(8)}${('≥' + TARGETS.hitAt3).padStart(8)}${''.padStart(8)}${('≥' + TARGETS.abstainedCorrectly * 100 + '%').padStart(9)}${('≤' + TARGETS.abstainedWrongly * 100 + '%').padStart(9)}`,
  );

  for (const [file, label] of HELD_OUT_SETS) {
    const set = readSet(file);
    const scores = scoreAnswers(
      set,
      set.map((q) => engineAnswer(engine.ask(q.question, { limit: 3 }))),
    );
    console.log(
      `\n${label}: ${scores.answerable} answerable and ${scores.unanswerable} unanswerable (test/eval/${file})\n`,
    );
    console.log(header);
    console.log(row('engine', scores));
    console.log(row('plain lunr (sentences)', scoreAnswers(set, plainAnswers(set))));
  }
  console.log(
    `\nabst.ok: unanswerable questions abstained on; abst.bad: answerable questions wrongly abstained on.`,
  );

  if (values.verbose) {
    console.log('\nEngine misses:');
    questions.forEach((q, i) => {
      const answer = engineAnswers[i]!;
      if ('answerable' in q) {
        if (answer.answered)
          console.log(
            `  answered an unanswerable question: ${q.question}\n    → ${answer.passages[0]?.quote.slice(0, 140)}`,
          );
        return;
      }
      const rank = rankOfFirstCorrect(engineAnswer(answer), q.answers);
      if (rank === 1) return;
      console.log(`  ${answer.answered ? `rank ${rank || '-'}` : 'abstained'}: ${q.question}`);
      for (const p of [...answer.passages, ...answer.closest])
        console.log(`    ${p.score.toFixed(3)} ${p.quote.slice(0, 140)}`);
    });
  }

  const gold = JSON.parse(
    readFileSync(path.join(here, 'timeline-gold.json'), 'utf8'),
  ) as TimelineGold;
  const timeline = engine.timeline({ limit: 50 });
  const events = [...timeline.events];
  for (let offset = events.length; offset < timeline.total; offset += 50)
    events.push(...engine.timeline({ offset, limit: 50 }).events);
  console.log(
    `\nTimeline (test/eval/timeline-gold.json):\n${formatTimelineEval(evaluateTimeline(events, gold))}`,
  );
}

await main();
