/**
 * `npx tsx test/fit/miss-analysis.ts [--set NAME ...]`: sorts every development miss of the
 * engine into kinds, and measures the lexical ceiling.
 *
 * For each answerable question the gold sentences are those whose text alone satisfies one of
 * the expected answers (as `npm run eval` judges a quote); when none does, the two-sentence
 * windows that do. The lexical ceiling is the share of answerable questions for which some gold
 * sentence (or window) shares at least one concept with the question: the question's own stem,
 * an alias, a typo correction, a WordNet synonym or derived form (the engine's own matcher). A
 * question none of whose gold text shares any of these cannot be found by words alone.
 *
 * A development miss whose answering passage is ranked second or lower is also sorted by what
 * put the first passage above it (decided-by.ts: the answer type, the words, the neighbourhood
 * or the article).
 *
 * Development questions are listed one by one; the test part is reported as aggregate counts
 * only (its individual misses are read by nobody).
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/load.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { corpusDir } from '../eval/corpora.js';
import { isCorrect, type AnswerableQuestion } from '../eval/metrics.js';
import { readSet, SETS } from '../eval/sets.js';
import { splitOf, type Split } from '../eval/split.js';
import { decidedBy } from './decided-by.js';

const SHOWN = 3;

type Kind =
  | 'hit'
  | 'refused, ranked first'
  | 'refused, ranked 2-3'
  | 'refused, ranked >3 or absent'
  | 'no shared concept'
  | 'needs the sentence before'
  | 'gold ranked 2-3'
  | 'gold ranked >3'
  | 'gold not a candidate'
  | 'no gold in the text (metadata, or wider than 3 sentences)';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
  const names = values.set ?? ['bundled', 'sotu'];
  for (const name of names) {
    const spec = SETS.find((s) => s.name === name);
    const questions = spec ? readSet(spec) : null;
    if (!spec || !questions) throw new Error(`no set ${name}`);
    const corpus = await loadCorpus(await corpusDir(spec.corpus));
    const index = SearchIndex.build(corpus, corpus.aliases);
    const textOf = (first: number, last: number) => {
      const a = corpus.sentences[first]!;
      const b = corpus.sentences[last]!;
      return corpus.articles[a.article]!.text.slice(a.start, b.end);
    };
    const fileOf = (s: number) => corpus.articles[corpus.sentences[s]!.article]!.meta.file;
    const quoteOk = (q: AnswerableQuestion, first: number, last: number) =>
      corpus.sentences[first]!.article === corpus.sentences[last]!.article &&
      isCorrect([{ text: textOf(first, last), file: fileOf(first) }], q.answers);

    for (const part of ['dev', 'test'] as Split[]) {
      const counts = new Map<string, number>();
      const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
      let answerable = 0;
      let lexicalNone = 0;
      let lexicalNoneAlone = 0;
      let noGold = 0;
      let sourceNamed = 0;
      const lines: string[] = [];
      for (const q of questions) {
        if (splitOf(q.question) !== part || !('answers' in q)) continue;
        answerable += 1;
        // Gold: single sentences first, else two-sentence windows.
        const n = corpus.sentences.length;
        const gold: Array<[number, number]> = [];
        for (let s = 0; s < n; s++) if (quoteOk(q, s, s)) gold.push([s, s]);
        if (gold.length === 0)
          for (let s = 1; s < n; s++) if (quoteOk(q, s - 1, s)) gold.push([s - 1, s]);
        if (gold.length === 0)
          for (let s = 2; s < n; s++) if (quoteOk(q, s - 2, s)) gold.push([s - 2, s]);
        const ranking = index.rank(q.question);
        const { matcher } = ranking.select;
        const shares = (first: number, last: number) => {
          for (let s = first; s <= last; s++) if (matcher.sentence(s).coverage > 0) return true;
          return false;
        };
        const anyShared = gold.some(([f, l]) => shares(f, l));
        const sharedWithBefore = gold.some(([f, l]) => shares(Math.max(0, f - 1), l));
        if (gold.length === 0) noGold += 1;
        else if (!anyShared) lexicalNone += 1;
        if (!gold.some(([f, l]) => f === l && shares(f, l))) lexicalNoneAlone += 1;
        if (ranking.plan.sources.articles.size > 0) sourceNamed += 1;
        if (part === 'test') continue;

        const result = index.search(q.question, { limit: SHOWN });
        const shownOk = (hits: typeof result.hits) =>
          hits.findIndex((h) => quoteOk(q, h.window.first, h.window.last)) + 1;
        // Where the gold stands in the whole ranking (by the quote window each would get).
        let goldRank = 0;
        ranking.ranked.some((r, i) => {
          const w = index.windowOf(ranking, r.sentence);
          if (quoteOk(q, w.first, w.last)) goldRank = i + 1;
          return goldRank > 0;
        });
        let kind: Kind;
        const shown = result.answered ? shownOk(result.hits) : 0;
        if (shown === 1) kind = 'hit';
        else if (!result.answered)
          kind =
            goldRank === 1
              ? 'refused, ranked first'
              : goldRank >= 2 && goldRank <= 3
                ? 'refused, ranked 2-3'
                : 'refused, ranked >3 or absent';
        else if (gold.length === 0)
          kind = 'no gold in the text (metadata, or wider than 3 sentences)';
        else if (!anyShared)
          kind = sharedWithBefore ? 'needs the sentence before' : 'no shared concept';
        else if (goldRank === 0) kind = 'gold not a candidate';
        else if (goldRank <= 3) kind = 'gold ranked 2-3';
        else kind = 'gold ranked >3';
        add(kind);
        if (kind === 'hit') continue;
        const top = ranking.ranked[0];
        // What put the first passage above the first one whose quote answers (decided-by.ts).
        const answering = goldRank > 1 ? ranking.ranked[goldRank - 1] : undefined;
        const decided =
          top && answering && kind.startsWith('gold ranked')
            ? decidedBy(top.features, answering.features, ranking.plan.answerType !== null)
            : undefined;
        if (decided) add(`  ${kind}, decided by ${decided}`);
        const goldBest = ranking.ranked.find((r) =>
          gold.some(([f, l]) => r.sentence >= f && r.sentence <= l),
        );
        const tags = [
          ranking.plan.sources.articles.size > 0 ? 'source-named(plan)' : '',
          q.kind ? `kind=${q.kind}` : '',
          ranking.plan.answerType ? `type=${ranking.plan.answerType.name}` : 'type=none',
          top && top.features.typeMiss ? 'top-typeMiss' : '',
          goldBest ? `gold-typeMatch=${goldBest.features.typeMatch}` : '',
          gold.length === 0 ? 'NO GOLD FOUND' : '',
          gold.some(([f, l]) => f !== l) ? 'gold spans 2 sentences' : '',
          !anyShared && !sharedWithBefore ? 'no-lexical' : '',
          decided ? `decided by ${decided.split(':')[0]}` : '',
        ].filter(Boolean);
        lines.push(`  [${kind}] rank ${goldRank || '-'} ${q.question}  {${tags.join(', ')}}`);
        if (top)
          lines.push(
            `      top: ${textOf(top.sentence, top.sentence).replace(/\s+/g, ' ').slice(0, 140)}`,
          );
        const g = gold[0];
        if (g) lines.push(`      gold: ${textOf(g[0], g[1]).replace(/\s+/g, ' ').slice(0, 140)}`);
      }
      console.log(
        `\n${name} ${part}: ${answerable} answerable; no gold text shares a concept with the question: ` +
          `${lexicalNone} (${((100 * lexicalNone) / answerable).toFixed(0)}%); no single gold sentence does: ` +
          `${lexicalNoneAlone} (${((100 * lexicalNoneAlone) / answerable).toFixed(0)}%); ` +
          `source named (plan): ${sourceNamed}; no gold in the text: ${noGold}`,
      );
      if (part === 'dev') {
        const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        for (const [key, count] of byCount.filter(([k]) => !k.startsWith(' '))) {
          console.log(`  ${key}: ${count}`);
          for (const [sub, n] of byCount.filter(([k]) => k.startsWith(`  ${key}, `)))
            console.log(`    ${sub.slice(key.length + 4)}: ${n}`);
        }
        lines.forEach((line) => console.log(line));
      }
    }
  }
}

await main();
