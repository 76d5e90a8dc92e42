/**
 * What ingest gives for every article of some corpus folders, one JSON line per article (its
 * metadata, headline, cleaned text, page lines, dropped lines with their reasons, encoding) and
 * one per problem, for checking that a change to ingest alters only what it means to:
 *
 *   npx tsx bench/ingest-snapshot.ts corpus test/eval/corpora/news … > after.jsonl
 *
 * Run it at the commit before the change too (e.g. `git archive BASE src bench | tar -x -C DIR`,
 * with `node_modules` linked into DIR) and `diff` the two files. Reads the folders only: no
 * index is written.
 */
import path from 'node:path';
import { readCorpusFiles } from '../src/corpus/files.js';
import { inspectCorpus } from '../src/corpus/load.js';
import { unpackArticles } from '../src/corpus/unpack.js';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: npx tsx bench/ingest-snapshot.ts CORPUS_FOLDER...');
  process.exit(2);
}
for (const folder of folders) {
  const corpus = path.basename(path.resolve(folder));
  const inspection = inspectCorpus(await unpackArticles(await readCorpusFiles(folder)));
  const reports = new Map(inspection.reports.map((report) => [report.file, report]));
  for (const article of inspection.corpus.articles) {
    const report = reports.get(article.meta.file);
    const { meta, headline, text, page } = article;
    const { dropped, encoding } = report ?? {};
    console.log(JSON.stringify({ corpus, meta, headline, text, page, dropped, encoding }));
  }
  for (const problem of inspection.problems) console.log(JSON.stringify({ corpus, problem }));
}
