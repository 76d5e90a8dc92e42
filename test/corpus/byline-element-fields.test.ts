/**
 * A byline line of fields between bars ("Kate Morrow | Published: 17 July 2026 | Print edition")
 * is read field by field: the name is the author, the labelled date the publication's, the
 * edition a label; never the whole line as a name. Invented HTML pages.
 */
import { describe, expect, it } from 'vitest';
import { parseMetadataLine } from '../../src/corpus/metadata-line.js';
import { readOneArticle } from '../support/one-article.js';

const page = (byline: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour wall repairs to start in spring</title></head>
<body><article>
<h1>Harbour wall repairs to start in spring</h1>
<p class="byline">${byline}</p>
<p>Repairs to the storm-damaged harbour wall at Kessock Bay will begin in April, the council said on Tuesday.</p>
<p>The work is expected to cost about 2 million pounds and to last until the autumn, officials said.</p>
<p>Fishermen said they had waited two winters for the repairs and welcomed the news.</p>
</article></body></html>
`;

describe('a byline line of fields', () => {
  it('gives the name as the author and the labelled date as the publication date', () => {
    const { meta, text } = readOneArticle(
      'wall.html',
      page('Ella Brandt | Published: 12 March 2026 | Print edition'),
    );
    expect(meta.author).toBe('Ella Brandt');
    expect(meta.published).toBe('2026-03-12');
    expect(text).not.toContain('Print edition');
  });

  it("reads an update's labelled date as no publication date", () => {
    const { meta } = readOneArticle('wall.html', page('Ella Brandt | Updated: 12 March 2026'));
    expect(meta.published).toBeNull();
    // Never the whole line as a name.
    expect(meta.author ?? '').not.toContain('Updated');
  });

  it('reads an edition label as a field that names no one', () => {
    expect(parseMetadataLine('Published: 12 March 2026 | Late city edition')).toMatchObject({
      author: null,
      published: '2026-03-12',
    });
    // A sentence about an edition is no field.
    expect(parseMetadataLine('The paper printed a late edition | 12 March 2026')).toBeNull();
  });
});
