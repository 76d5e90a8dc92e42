/**
 * One outlet, one spelling: a masthead in capitals ("THE KELSMERE LEDGER", a .txt file) and the
 * same name in mixed case in another article's front matter ("The Kelsmere Ledger") are one
 * outlet, shown as the corpus spells it in mixed case; capitals state none of the name's case.
 * Invented outlets and stories.
 */
import { describe, expect, it } from 'vitest';
import { inspectCorpus } from '../../src/corpus/load.js';
import { inCorpusCase } from '../../src/corpus/stated-case.js';

const MASTHEAD = [
  'THE KELSMERE LEDGER',
  'Published: 3 March 2025',
  'By Tomas Ridley',
  '',
  'Ferry crossing to close for slipway repairs',
  '',
  'The Kelsmere ferry crossing will close for six weeks from April while its slipway is rebuilt, the harbour board said on Monday.',
  '',
].join('\n');
const FRONT_MATTER = [
  '---',
  'title: "Harbour board names new chair"',
  'publication: The Kelsmere Ledger',
  'author: Ana Ruiz',
  'date: 10 March 2025',
  '---',
  '',
  'The harbour board named a retired pilot as its new chair on Friday, after a vote of its members.',
  '',
].join('\n');

function outletsOf(files: Record<string, string>) {
  const inspection = inspectCorpus({
    dir: 'memory',
    articles: Object.entries(files).map(([file, raw]) => ({
      file,
      format: file.endsWith('.md') ? ('markdown' as const) : ('text' as const),
      raw,
      encoding: 'utf-8',
    })),
    metadata: null,
    aliases: null,
    unread: [],
  });
  return inspection.corpus.articles.map((article) => article.meta.outlet);
}

describe('an outlet set in capitals that another article spells in mixed case', () => {
  it('is shown under the mixed-case spelling, one outlet', () => {
    expect(outletsOf({ 'ferry.txt': MASTHEAD, 'chair.md': FRONT_MATTER })).toEqual([
      'The Kelsmere Ledger',
      'The Kelsmere Ledger',
    ]);
  });

  it('stays in capitals when the corpus spells it no other way', () => {
    expect(outletsOf({ 'ferry.txt': MASTHEAD })).toEqual(['THE KELSMERE LEDGER']);
  });

  it('takes only the same name, never a longer one holding it', () => {
    expect(inCorpusCase('KELSMERE LEDGER', ['Kelsmere Ledger Weekly'])).toBe('KELSMERE LEDGER');
    expect(inCorpusCase('THE KELSMERE LEDGER', ['Kelsmere Ledger'])).toBe('The Kelsmere Ledger');
  });
});
