/**
 * A job title on its own line under a byline ("Education Correspondent") is the byline's field:
 * `validate --verbose` names it so, and it is kept as a byline page line, never as a time stamp
 * or dateline. Invented HTML page.
 */
import { describe, expect, it } from 'vitest';
import { pageLinesOf } from '../../src/corpus/page-lines.js';
import { readOneArticle } from '../support/one-article.js';

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>School roof fails inspection</title></head>
<body><article>
<h1>School roof fails inspection</h1>
<p>By Tom Ashby</p>
<p>Local Democracy Reporter</p>
<p>Published 4 February 2026</p>
<p>The roof of Mill Lane primary school has failed a safety inspection and pupils will be taught in other buildings, the council said.</p>
<p>Parents were told by letter on Wednesday, and the council said repairs would take up to six weeks.</p>
</article></body></html>
`;

describe('a job title under a byline', () => {
  it("is dropped as the byline's job title, the time stamp under it as a time stamp", () => {
    const { meta, dropped } = readOneArticle('roof.html', PAGE);
    expect(dropped).toContainEqual({
      line: 'Local Democracy Reporter',
      reason: "byline's job title",
    });
    expect(dropped).toContainEqual({ line: 'Published 4 February 2026', reason: 'time stamp' });
    expect(meta.author).toBe('Tom Ashby');
    expect(meta.published).toBe('2026-02-04');
  });

  it('is a byline page line, not a dateline', () => {
    const lines = pageLinesOf([{ line: 'Local Democracy Reporter', reason: "byline's job title" }]);
    expect(lines.map(({ kind }) => kind)).toEqual(['byline']);
  });
});
