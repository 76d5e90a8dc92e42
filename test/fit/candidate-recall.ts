/**
 * `npx tsx test/fit/candidate-recall.ts [--set NAME ...] [--blocks N,N,...]`: how often the
 * answer is lost before the ranking model sees it, on development questions only.
 *
 * For each answerable development question the gold spans are found as miss-analysis.ts finds
 * them (single sentences whose text satisfies an expected answer, else two-, else three-sentence
 * windows). The question is then counted as
 * - no gold in the text (the answer is in metadata, or spread wider);
 * - no shared concept: no gold span holds any of the question's concepts, so no lexical
 *   retrieval can find it;
 * - a candidate: some sentence the index ranks would be quoted with a window that answers (with
 *   its rank: first, 2–3, lower);
 * - cut before scoring: none of those, though the gold shares a concept with the question: its
 *   block is not among the candidate blocks (`SEARCH_OPTIONS.candidates.blocks`, or the query
 *   terms the posting budget lets through).
 * The same questions are counted again with more candidate blocks (`--blocks`, default 40, 80,
 * 160) and with the posting budget lifted, to see whether a wider pool would reach the gold.
 * Counts only: for each test question nothing is printed, and the test parts are not read.
 */
import { parseArgs } from 'node:util';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { isCorrect, type AnswerableQuestion } from '../eval/metrics.js';
import { DEFAULT_SETS, developmentSets, type DevelopmentSet } from './dev-questions.js';

type Outcome = 'no gold' | 'no shared concept' | 'rank 1' | 'rank 2-3' | 'rank >3' | 'cut';
const OUTCOMES: readonly Outcome[] = [
  'rank 1',
  'rank 2-3',
  'rank >3',
  'cut',
  'no shared concept',
  'no gold',
];

/** The options retrieval reads at each call, mutable here to measure other pool sizes. */
const candidates = SEARCH_OPTIONS.candidates as { blocks: number; postingBudget: number };

function outcomes(set: DevelopmentSet): Outcome[] {
  const { corpus, index } = set;
  const textOf = (first: number, last: number) => {
    const a = corpus.sentences[first]!;
    const b = corpus.sentences[last]!;
    return corpus.articles[a.article]!.text.slice(a.start, b.end);
  };
  const quoteOk = (q: AnswerableQuestion, first: number, last: number) =>
    corpus.sentences[first]!.article === corpus.sentences[last]!.article &&
    isCorrect(
      [
        {
          text: textOf(first, last),
          file: corpus.articles[corpus.sentences[first]!.article]!.meta.file,
        },
      ],
      q.answers,
    );
  const found: Outcome[] = [];
  for (const q of set.questions) {
    if (!('answers' in q)) continue;
    const n = corpus.sentences.length;
    let gold: Array<[number, number]> = [];
    for (let width = 0; width <= 2 && gold.length === 0; width++)
      for (let s = width; s < n; s++) if (quoteOk(q, s - width, s)) gold.push([s - width, s]);
    if (gold.length === 0) {
      found.push('no gold');
      continue;
    }
    const ranking = index.rank(q.question);
    const { matcher } = ranking.select;
    const shares = ([first, last]: [number, number]) => {
      for (let s = first; s <= last; s++) if (matcher.sentence(s).coverage > 0) return true;
      return false;
    };
    gold = gold.filter(shares);
    const rank =
      ranking.ranked.findIndex((r) => {
        const w = index.windowOf(ranking, r.sentence);
        return quoteOk(q, w.first, w.last);
      }) + 1;
    found.push(
      rank === 1
        ? 'rank 1'
        : rank >= 2 && rank <= 3
          ? 'rank 2-3'
          : rank > 3
            ? 'rank >3'
            : gold.length === 0
              ? 'no shared concept'
              : 'cut',
    );
  }
  return found;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true }, blocks: { type: 'string' } },
  });
  const sizes = (values.blocks ?? '40,80,160').split(',').map(Number);
  if (sizes.some((b) => !Number.isInteger(b) || b < 1))
    throw new Error(`candidate-recall: --blocks takes whole numbers ≥ 1, not ${values.blocks}`);
  const sets = await developmentSets(values.set ?? DEFAULT_SETS, () => {});
  const shipped = { ...candidates };
  const byCorpus = new Map<string, DevelopmentSet[]>();
  for (const set of sets)
    byCorpus.set(set.corpusName, [...(byCorpus.get(set.corpusName) ?? []), set]);
  console.log(`development questions, answerable only; columns: ${OUTCOMES.join(' | ')}`);
  for (const [corpus, group] of byCorpus) {
    const settings = [
      ...sizes.map((blocks) => ({ blocks, postingBudget: shipped.postingBudget })),
      { blocks: shipped.blocks, postingBudget: Number.MAX_SAFE_INTEGER },
    ];
    for (const setting of settings) {
      Object.assign(candidates, setting);
      const all = group.flatMap(outcomes);
      const counts = OUTCOMES.map((o) => all.filter((x) => x === o).length);
      const budget =
        setting.postingBudget === shipped.postingBudget ? '' : ', posting budget lifted';
      console.log(
        `${corpus} (${all.length}), ${setting.blocks} blocks${budget}: ${counts.join(' | ')}`,
      );
    }
    Object.assign(candidates, shipped);
  }
}

await main();
