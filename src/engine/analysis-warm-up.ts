/**
 * A builder process (build-process.ts) started for a rebuild takes every unchanged article's
 * analysis from the index it replaces, so a process whose rebuilds met only deletions and
 * unchanged files has never analysed an article: the first article added then pays, inside the
 * rebuild that makes it answerable, the one-time setup of the analysis (wink-nlp's model for
 * sentences, the reading rules' tables), about 0.6 s of CPU, as much as a tenth of that
 * rebuild at State of the Union scale. Analysing one invented article while the process waits
 * between rebuilds does that setup off the path of the next one. Lazy initialisation moved
 * ahead of first use, as a server warms up before it takes traffic; what it makes is memoised
 * pure functions' state, so no later result changes.
 */
/** An invented article with a date, a sentence break and a reporting verb. */
const WARM_UP_TEXT =
  'Ferry Timetable Changes\n\nThe Pellow Island ferry will leave at 7am from 4 March, the operator said. Tickets stay at £3.\n';

let warmed = false;

/**
 * Analyses {@link WARM_UP_TEXT} as a build analyses an added article (segmented and tagged in
 * one read by the build's tagging wink-nlp instance, index terms, event words, the reads of
 * implicit objects, irrealis values and fact dates, the timeline's dates), once per process: true
 * the time it runs, false after.
 */
export async function warmUpAnalysis(): Promise<boolean> {
  if (warmed) return false;
  warmed = true;
  const [
    { analyseArticleTagged },
    { detectArticleDates },
    { termsOf },
    { articleEvents },
    { articleFactDates },
    { leavesObjectImplicit },
    { irrealisValueSpans },
  ] = await Promise.all([
    import('../corpus/load.js'),
    import('../timeline/index.js'),
    import('../text/terms.js'),
    import('../search/article-events.js'),
    import('../search/article-fact-dates.js'),
    import('../search/implicit-object.js'),
    import('../search/irrealis-values.js'),
  ]);
  // As a build reads an article it analyses (index.ts): segmented and tagged in one read, the
  // event words taken from that read (and a heading's tagged alone).
  const { analysis, words } = analyseArticleTagged({
    file: 'warm-up.txt',
    format: 'text',
    raw: WARM_UP_TEXT,
  });
  for (const { start, end } of analysis.sentences) {
    const text = analysis.text.slice(start, end);
    termsOf(text);
    leavesObjectImplicit(text);
    irrealisValueSpans(text);
  }
  articleEvents(analysis, words);
  articleFactDates(analysis);
  detectArticleDates(
    analysis,
    analysis.sentences.map((s) => ({ ...s, article: 0, kind: 'body' as const })),
  );
  return true;
}
