import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DOCX_XML_BYTES } from '../../src/corpus/docx.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { docx, paragraph } from '../support/docx-fixture.js';

const { corpusOf, removeAll } = articleFolders();
afterEach(removeAll);

const TOO_BIG = `unpacks to more than ${MAX_DOCX_XML_BYTES} bytes of XML, the limit for a Word document`;

const STORY = [
  'The Marlow council voted on Tuesday to keep the apple orchard as a public park, ending a year of talks with the developer.',
  'Residents had gathered 4,000 signatures against the sale, the council’s clerk said after the vote.',
];

describe('Word documents (.docx)', () => {
  it('reads the body as a page: its Title is the title, its core properties are not used', async () => {
    const dir = await corpusOf({
      'orchard.docx': docx([
        paragraph('Orchard Saved From Sale', 'Title'),
        paragraph('By Jan Berg'),
        ...STORY.map((text) => paragraph(text)),
      ]),
      'heading.docx': docx([
        paragraph('Council Keeps the Orchard', 'Heading1'),
        ...STORY.map((text) => paragraph(text)),
      ]),
    });
    const corpus = await loadCorpus(dir);
    const orchard = corpus.articles.find((article) => article.meta.id === 'orchard');
    for (const text of STORY) expect(orchard?.text).toContain(text);
    expect(orchard?.meta).toMatchObject({
      title: 'Orchard Saved From Sale',
      author: 'Jan Berg',
      published: null,
      outlet: null,
    });
    expect(JSON.stringify(corpus.articles)).not.toMatch(/template|Microsoft Office User|2019/);
    expect(corpus.articles.find((article) => article.meta.id === 'heading')?.meta.title).toBe(
      'Council Keeps the Orchard',
    );
  });

  it('gives a file that is no Word document, or one that would unpack too far, a problem of its own', async () => {
    const whole = docx(STORY.map((text) => paragraph(text)));
    const bomb = docx(
      STORY.map((text) => paragraph(text)),
      { 'word/padding.xml': new Uint8Array(MAX_DOCX_XML_BYTES) },
    );
    // The same bomb stating a size of 1,000 bytes for its padding, in its local header and in
    // its central directory: the real size is what counts.
    const liar = Buffer.from(bomb);
    const name = Buffer.from('word/padding.xml');
    for (const [signature, sizeAt] of [
      [0x04034b50, 22],
      [0x02014b50, 24],
    ] as const) {
      for (let at = liar.indexOf(name); at >= 0; at = liar.indexOf(name, at + 1)) {
        const start = at - (signature === 0x04034b50 ? 30 : 46);
        if (start >= 0 && liar.readUInt32LE(start) === signature)
          liar.writeUInt32LE(1000, start + sizeAt);
      }
    }
    const dir = await corpusOf({
      'bomb.docx': bomb,
      'liar.docx': liar,
      'cut.docx': whole.subarray(0, Math.floor(whole.length / 2)),
      'text.docx': 'Orchard saved.\n\nThe council voted to keep the orchard.\n',
      'whole.docx': whole,
    });
    const report = await validateCorpus(dir);
    expect(report.problems).toEqual([
      { file: 'bomb.docx', message: TOO_BIG },
      {
        file: 'cut.docx',
        message: expect.stringMatching(/^cannot be read as a Word document \(.+\); save it again/),
      },
      { file: 'liar.docx', message: TOO_BIG },
      {
        file: 'text.docx',
        message: expect.stringMatching(/^cannot be read as a Word document \(.+\); save it again/),
      },
    ]);
    expect(report.counts.articles).toBe(1);
    expect(bomb.length).toBeLessThan(MAX_DOCX_XML_BYTES / 100);
    expect(liar.equals(bomb)).toBe(false);
  });

  it('leaves its title out of the text as metadata, listed as the headline: styled, or the one short line above the byline', async () => {
    const dir = await corpusOf({
      'title.docx': docx([
        paragraph('Orchard Saved From Sale', 'Title'),
        paragraph('By Jan Berg'),
        ...STORY.map((text) => paragraph(text)),
      ]),
      'heading.docx': docx([
        paragraph('Council keeps the orchard', 'Heading1'),
        ...STORY.map((text) => paragraph(text)),
      ]),
      'plain.docx': docx([
        paragraph('Editorial: the orchard we kept'),
        paragraph('By the Marlow Courier editorial board'),
        ...STORY.map((text) => paragraph(text)),
      ]),
      // A sentence above the byline, and a short line with no byline under it: no title read.
      'sentence.docx': docx([
        paragraph('The orchard is saved, the council said on Tuesday.'),
        paragraph('By Jan Berg'),
        ...STORY.map((text) => paragraph(text)),
      ]),
      'label.docx': docx([paragraph('Orchard notes'), ...STORY.map((text) => paragraph(text))]),
    });
    const report = await validateCorpus(dir);
    const dropped = Object.fromEntries(
      report.articles.map((article) => [
        article.file,
        article.dropped.filter((line) => line.reason === 'headline (the title)'),
      ]),
    );
    expect(dropped).toEqual({
      'title.docx': [{ line: 'Orchard Saved From Sale', reason: 'headline (the title)' }],
      'heading.docx': [{ line: 'Council keeps the orchard', reason: 'headline (the title)' }],
      'plain.docx': [{ line: 'Editorial: the orchard we kept', reason: 'headline (the title)' }],
      'sentence.docx': [],
      'label.docx': [],
    });
    const corpus = await loadCorpus(dir);
    const article = (id: string) => corpus.articles.find((a) => a.meta.id === id)!;
    expect(article('plain').meta.title).toBe('Editorial: the orchard we kept');
    for (const id of ['title', 'heading', 'plain']) {
      expect(article(id).text.startsWith(STORY[0]!), id).toBe(true);
      expect(
        corpus.sentences.filter((s) => s.article === corpus.articles.indexOf(article(id))),
      ).toHaveLength(2);
    }
    expect(article('sentence').text).toContain('The orchard is saved, the council said');
    expect(article('label').text).toContain('Orchard notes');
  });
});
