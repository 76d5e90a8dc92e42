/**
 * Validating a corpus folder (the logic behind `npm run validate`): every problem in one run,
 * each naming its file, and for each article file the lines cleaning dropped.
 */
import { describeProblem, type CorpusProblem } from './errors.js';
import { readCorpusFiles } from './files.js';
import { inspectCorpus, type ArticleReport } from './load.js';
import { unpackArticles } from './unpack.js';
import { counted } from '../text/plural.js';
import { copyProblem } from './duplicate-text.js';
import { formatMetadataGaps, metadataGaps, type MetadataGaps } from './unstated-metadata.js';

/** What {@link validateCorpus} found. */
export interface ValidationReport {
  dir: string;
  /** Every problem; the folder is valid when this is empty. */
  problems: CorpusProblem[];
  /** Facts that are not problems (an article with no `articles.json` entry), shown with `--verbose`. */
  notes: CorpusProblem[];
  /** One report per article file read: its encoding and dropped lines. */
  articles: ArticleReport[];
  /** The articles each kind of metadata is not stated in (unstated-metadata.ts). */
  gaps: MetadataGaps;
  /** Articles with text, their sentences, and alias groups. */
  counts: { articles: number; sentences: number; aliasGroups: number };
}

/**
 * Validates a corpus folder. Throws a CorpusError only when the folder itself cannot be read;
 * every other problem is in the report.
 */
export async function validateCorpus(dir: string): Promise<ValidationReport> {
  const files = await unpackArticles(await readCorpusFiles(dir));
  const { corpus, problems, reports, notes } = inspectCorpus(files);
  // Said once per folder, never a problem: the page beside it is the article.
  const assets = (files.assets ?? []).map((folder): CorpusProblem => ({
    file: `${folder}/`,
    message: "a saved page's companion folder (its images, styles, scripts): ignored",
  }));
  return {
    dir,
    problems,
    notes: [...notes, ...assets],
    articles: reports,
    gaps: metadataGaps(corpus.articles.map((article) => article.meta)),
    counts: {
      articles: corpus.articles.length,
      sentences: corpus.sentences.length,
      aliasGroups: corpus.aliases.length,
    },
  };
}

/**
 * The report as lines for a person: problems first, then (with `verbose`) notes as "info: …",
 * then per file the encoding when not UTF-8, the title when read from the text's first heading,
 * and how many lines cleaning dropped (with
 * `verbose`, each line and its reason), then the metadata the articles do not state.
 */
export function formatValidation(report: ValidationReport, verbose: boolean): string[] {
  const lines = report.problems.map((problem) => `problem: ${describeProblem(problem)}`);
  if (verbose) lines.push(...report.notes.map((note) => `info: ${describeProblem(note)}`));
  for (const article of report.articles) {
    if (article.encoding !== 'utf-8') {
      // A detected encoding is a guess: say so, and how to make it certain.
      lines.push(
        article.encodingDetected === true
          ? `${article.file}: read as ${article.encoding} (detected, not stated: if its text looks wrong, save the file as UTF-8)`
          : `${article.file}: read as ${article.encoding}`,
      );
    }
    if (article.controls > 0) {
      // Not a problem (the codes are gone), but someone saved escape codes into the file.
      lines.push(
        `warning: ${article.file}: ${counted(article.controls, 'character')} of terminal control codes removed (escape sequences, bell and other control characters)`,
      );
    }
    if (article.copyOf !== undefined)
      lines.push(`warning: ${article.file}: ${copyProblem(article.copyOf)}`);
    if (article.dateUnread !== undefined) {
      // Not a problem (the article states a date), but one no rule reads: shown as not read.
      lines.push(
        `warning: ${article.file}: its stated date "${article.dateUnread}" is no date the rules read: it is shown quoted as "date not read" and dates nothing (give "published" in articles.json)`,
      );
    }
    if (article.unreadHeader !== undefined) {
      // Not a problem (the file is read), but its header's lines would be quoted as coverage.
      lines.push(
        `warning: ${article.file}: its text opens with a header of fields no rule read ("${article.unreadHeader}"): its lines are quoted as text and their metadata not read. Put the fields at the top of the file, one a line ("Title:" or "HEADLINE:", "Author:" or "BYLINE:", "Date:", "Source:" or "AGENCY:"; see docs/corpus-folder.md), ended by a blank line or "---", or give the metadata in articles.json`,
      );
    }
    // A title read from the text's first heading is a reading: shown, so a wrong one is seen.
    if (article.titleFromText !== undefined)
      lines.push(
        `${article.file}: title read from its first heading (none stated): ${JSON.stringify(article.titleFromText)}`,
      );
    const count = article.dropped.length;
    if (count === 0) continue;
    lines.push(
      `${article.file}: ${counted(count, 'line')} left out of the text (furniture, byline, dateline)`,
    );
    if (verbose) {
      for (const dropped of article.dropped)
        lines.push(`  - ${dropped.reason}: ${JSON.stringify(dropped.line)}`);
    }
  }
  // After the files: what the whole corpus lacks, a line per kind, not one per file.
  lines.push(...formatMetadataGaps(report.gaps, verbose));
  const { articles, sentences, aliasGroups } = report.counts;
  lines.push(
    report.problems.length === 0
      ? `"${report.dir}" is valid: ${counted(articles, 'article')}, ${counted(sentences, 'sentence')}, ${counted(aliasGroups, 'alias group')}`
      : `${counted(report.problems.length, 'problem')} in "${report.dir}"`,
  );
  return lines;
}
