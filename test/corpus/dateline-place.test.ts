import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

/** A page whose byline element holds `byline`, its story opening with a wire dateline. */
const page = (byline: string) =>
  `<html><head><title>Senate passes the harbour bill</title></head><body><article>
<h1>Senate passes the harbour bill</h1><p class="byline">${byline}</p>
<p>KESTREL BAY — The council passed the harbour bill on Tuesday after a debate that ran through the night, its leader said.</p>
<p>The bill now goes to a second vote, which is expected next month, the clerk said.</p>
</article></body></html>`;

describe("a wire dateline's place where a byline stands", () => {
  it('is no author, in any case; a person the byline names is', async () => {
    const dir = await corpusOf({
      'place.html': page('Kestrel Bay'),
      'person.html': page('By Ana Ruiz'),
    });
    const { articles } = await loadCorpus(dir);
    const author = (id: string) => articles.find((a) => a.meta.id === id)?.meta.author;
    expect(author('place')).toBeNull();
    expect(author('person')).toBe('Ana Ruiz');
  });
});
