/**
 * One count of one thing told under light verbs, end to end: an invented corpus where two
 * outlets report an audit's recommendations ("makes 23" / "sets out 23"), a third another
 * body's ("The panel made 23"), and two outlets a data theft and its later publication
 * ("stole 340 gigabytes" / "published around 430GB": two acts, never "sources differ").
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'wave-audit.txt':
    'Audit finds gaps.\n\nAn audit of Tarnby council has found gaps in its records. It makes 23 recommendations, all of which the council says it has accepted.',
  'post-audit.txt':
    'Audit published.\n\nThe audit, published on 7 October, sets out 23 recommendations. Councillors will debate it next month.',
  'herald-panel.txt':
    'Panel report.\n\nA separate parking panel met in Orwick. The panel made 23 recommendations on parking charges.',
  'wave-theft.txt':
    'Hackers claim theft.\n\nA gang says it stole 340 gigabytes of files from Tarnby council.',
  'post-theft.txt':
    'Files leaked.\n\nThe gang published around 430GB of files on Monday after the council refused to pay.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('wave-audit.txt', '2025-10-08'),
      datedArticle('post-audit.txt', '2025-10-09'),
      datedArticle('herald-panel.txt', '2025-10-09'),
      datedArticle('wave-theft.txt', '2025-02-20'),
      datedArticle('post-theft.txt', '2025-02-21'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('one count told with verbs of no event of their own', () => {
  it('is "also reported by" under the passage it answers with, not by another body', () => {
    const answer = engine.ask('How many recommendations did the audit make?');
    const lead = answer.passages.find((p) => p.source.id === 'wave-audit');
    expect(lead?.alsoReportedBy.map((q) => q.source.id)).toEqual(['post-audit']);
    const all = answer.passages.flatMap((p) => [p, ...p.alsoReportedBy]);
    expect(answer.passages.flatMap((p) => p.alsoReportedBy).map((q) => q.source.id)).not.toContain(
      'herald-panel',
    );
    expect(all.filter((p) => p.source.id === 'post-audit')).toHaveLength(1);
    expect(answer.sourcesDiffer).toEqual([]);
  });

  it('claims nothing between a theft and a publication of other sizes', () => {
    const answer = engine.ask('How many gigabytes of files did the gang take?');
    expect(answer.sourcesDiffer).toEqual([]);
    expect(answer.passages.flatMap((p) => p.alsoReportedBy)).toEqual([]);
  });
});
