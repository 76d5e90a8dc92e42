import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const ITEMS = ['a new sea wall at the north pier', 'dredging of the inner basin'];

/** The sentences of the one article in a corpus of `files`, as text. */
async function sentencesOf(files: Record<string, string>): Promise<string[]> {
  const corpus = await loadCorpus(await corpusOf(files));
  const text = corpus.articles[0]?.text ?? '';
  return corpus.sentences.map((s) => text.slice(s.start, s.end));
}

describe("a list's items", () => {
  it('are each a sentence of their own in Markdown, though none ends in a full stop', async () => {
    const md = [
      '# Council sets out its harbour plan',
      '',
      'The council set out its plan for the harbour on Tuesday, its chair said. It has two parts:',
      '',
      ...ITEMS.map((item) => `- ${item}`),
      '',
      'Work starts in May, the chair said.',
    ].join('\n');
    const sentences = await sentencesOf({ 'plan.md': md });
    for (const item of ITEMS) expect(sentences).toContain(item);
  });

  it('are each a sentence of their own in HTML', async () => {
    const html = `<html><body><article><h1>Council sets out its harbour plan</h1>
<p>The council set out its plan for the harbour on Tuesday, its chair said. It has two parts:</p>
<ul>${ITEMS.map((item) => `<li>${item}</li>`).join('')}</ul>
<p>Work starts in May, the chair said, and the basin will be dredged over the summer.</p>
</article></body></html>`;
    const sentences = await sentencesOf({ 'plan.html': html });
    for (const item of ITEMS) expect(sentences).toContain(item);
  });

  it('leave a sentence a page break split rejoined', async () => {
    const md = [
      '# Council sets out its harbour plan',
      '',
      'The council set out its plan for the harbour on Tuesday, and',
      '',
      'its chair said work would start in May.',
    ].join('\n');
    expect(await sentencesOf({ 'plan.md': md })).toContain(
      'The council set out its plan for the harbour on Tuesday, and its chair said work would start in May.',
    );
  });
});
