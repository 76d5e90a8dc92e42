import { afterEach, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/corpus/files.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const BODY = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
];
const page = (title: string, header = '') =>
  `<html><head><title>${title}</title></head><body>${header}<h1>Pier to close</h1>` +
  `<article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const folders = articleFolders();
afterEach(folders.removeAll);

/** The metadata and `validate --verbose` notes of a one-article corpus. */
async function read(name: string, content: string, metadata?: object) {
  const dir = await folders.corpusOf({ [name]: content });
  const files = await readCorpusFiles(dir);
  const { corpus, notes } = inspectCorpus(
    metadata === undefined ? files : { ...files, metadata: JSON.stringify(metadata) },
  );
  return { meta: corpus.articles[0]?.meta, notes: notes.map((note) => note.message) };
}

describe('an outlet the page names without confirming it', () => {
  it("is unknown, not unstated: a <title>'s site name alone beside the headline", async () => {
    const { meta, notes } = await read('a.html', page('Pier to close | Gull Bay Echo'));
    expect(meta).toMatchObject({ outlet: null, outletUnconfirmed: true });
    expect(notes.join('\n')).toContain('"Gull Bay Echo" stands where an outlet\'s name does');
  });

  it('is unknown for a masthead nothing on the page corroborates', async () => {
    const text = ['KELLAN COURIER', 'Pier to close after 120 years', ...BODY].join('\n\n');
    const { meta } = await read('a.txt', text);
    expect(meta).toMatchObject({ outlet: null, outletUnconfirmed: true });
  });

  it("is unknown for a paper's title set as a masthead over the headline, uncorroborated", async () => {
    const text = ['Harlow Vale Echo', 'Pier to close after 120 years', ...BODY].join('\n\n');
    const { meta } = await read('a.txt', text);
    expect(meta).toMatchObject({ outlet: null, outletUnconfirmed: true });
    // A lone heading at the top is the headline, however it ends: nothing stands where an
    // outlet's name does.
    const lone = await read('a.txt', ['Harlow Vale Echo', ...BODY].join('\n\n'));
    expect(lone.meta?.outletUnconfirmed).toBeUndefined();
  });

  it('is no candidate when the page confirms it, names a section there, or sets nothing', async () => {
    const home = '<header><a href="/">Gull Bay Echo</a></header>';
    expect((await read('a.html', page('Pier to close | Gull Bay Echo', home))).meta).toMatchObject({
      outlet: 'Gull Bay Echo',
    });
    for (const title of ['Pier to close | Politics', 'Pier to close', 'Pier to close | Analysis']) {
      const { meta } = await read('a.html', page(title));
      expect(meta?.outlet, title).toBeNull();
      expect(meta?.outletUnconfirmed, title).toBeUndefined();
    }
  });

  it('leaves what articles.json says of the outlet as it says it', async () => {
    const title = page('Pier to close | Gull Bay Echo');
    for (const outlet of [null, 'Gull Bay Echo']) {
      const { meta } = await read('a.html', title, { articles: [{ file: 'a.html', outlet }] });
      expect(meta?.outlet).toBe(outlet);
      expect(meta?.outletUnconfirmed).toBeUndefined();
    }
  });
});
