import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/corpus/types.js';
import { buildSourceCatalog, matchSources } from '../../src/search/plan/source-match.js';
import { termsOf } from '../../src/text/terms.js';

function meta(id: string, title: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    file: `${id}.txt`,
    title,
    outlet: null,
    published: null,
    url: null,
    author: null,
    ...extra,
  } as ArticleMeta;
}

const speeches = [
  meta('g73', 'State of the Union address, 1873 (Ulysses S. Grant)', { published: '1873-12-01' }),
  meta('g74', 'State of the Union address, 1874 (Ulysses S. Grant)', { published: '1874-12-07' }),
  meta('l62', 'State of the Union address, 1862 (Abraham Lincoln)', { published: '1862-12-01' }),
  meta('p', 'Westside Park reopens', { outlet: 'Valley Times' }),
  meta('q', 'Harbour fees rise', { outlet: 'Harbour Gazette', published: '2023-05-02' }),
  meta('r', 'Ferry timetable', {}),
  meta('s', 'Quay repairs', {}),
  meta('t', 'Market day', {}),
  meta('u', 'School board news', {}),
  meta('v', 'Weather', {}),
];
const catalog = buildSourceCatalog(speeches, 0.2);
const named = (question: string) =>
  [...matchSources(termsOf(question), catalog).articles].map((a) => speeches[a]?.id);

describe('questions that name a source', () => {
  it('are matched by speaker and year together', () => {
    expect(named("In Grant's 1873 message, what about tariffs")).toEqual(['g73']);
  });

  it('are matched by an outlet or a publication date alone', () => {
    expect(named('what did the Valley Times say about the dog park')).toEqual(['p']);
    expect(named('in the May 2 2023 article, what rose')).toEqual(['q']);
  });

  it('are not matched by one title word that may be what the question is about', () => {
    expect(named('how much will Lena Park earn')).toEqual([]);
  });

  it('ignore words in most articles’ metadata', () => {
    expect(named('what did the State of the Union say about the union')).toEqual([]);
  });
});
