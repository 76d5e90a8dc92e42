import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { bareOutletName, outletSignOffName } from '../../src/corpus/masthead.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleFolders } from '../support/corpus-fixture.js';

const BODY = [
  'The pier reopened on Monday after repairs, the harbour board said.',
  'Anglers returned within the hour.',
];

describe("an outlet's sign-off", () => {
  it.each([
    ['Gull Bay Gazette — your town, your paper', 'Gull Bay Gazette'],
    ['KELLAN COURIER | News you can trust', 'KELLAN COURIER'],
    ['Gull Bay Gazette – serving the bay and its villages since 1908', 'Gull Bay Gazette'],
    ['Gull Bay Gazette | Est. 1908', 'Gull Bay Gazette'],
  ])('reads %j as a sign-off', (line, name) => {
    expect(outletSignOffName(line)).toBe(name);
  });

  it.each([
    'Gull Bay Gazette — 3 jobs to go',
    'Gull Bay Gazette — the editor resigned.',
    'Pier Repairs — what happens next',
    'Gull Bay Gazette sold to rival group',
    'Pier Repairs – serving anglers since 1908',
    'Gull Bay Gazette – owned by the Marr family since 1908',
  ])('keeps %j', (line) => {
    expect(outletSignOffName(line)).toBeNull();
  });

  it('drops it as a paragraph of its own after the prose; inside a paragraph it stays', () => {
    const signOff = 'Gull Bay Gazette — your town, your paper';
    const cleaned = cleanArticle([...BODY, signOff].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: signOff, reason: 'masthead' }]);
    const inParagraph = [BODY[0], `${signOff}\n${BODY[1]}`].join('\n\n');
    expect(cleanArticle(inParagraph).text).toContain(signOff);
  });

  it('names the outlet where the page states it, as a nameplate does: corroborated, else unknown', async () => {
    const signOff = 'Gull Bay Gazette – serving the bay and its villages since 1908';
    const { corpusOf, removeAll } = articleFolders();
    try {
      const alone = await corpusOf({ 'pier.txt': ['Pier reopens', ...BODY, signOff].join('\n\n') });
      const [unconfirmed] = (await loadCorpus(alone)).articles;
      expect(unconfirmed?.meta.outlet).toBeNull();
      expect(unconfirmed?.meta.outletUnconfirmed).toBe(true);
      expect(unconfirmed?.text).not.toContain('1908');
      const told = `${BODY[1]} “It is good to be back,” one told the Gazette.`;
      const named = await corpusOf({
        'pier.txt': ['Pier reopens', BODY[0], told, signOff].join('\n\n'),
      });
      expect((await loadCorpus(named)).articles[0]?.meta.outlet).toBe('Gull Bay Gazette');
    } finally {
      await removeAll();
    }
  });

  it.each([
    ['Ebbsworth Gazette', 'Ebbsworth Gazette'],
    ['Saltmere Echo', 'Saltmere Echo'],
    ['THE KELLAN COURIER', 'THE KELLAN COURIER'],
  ])('reads the name %j alone as an outlet that names itself', (line, name) => {
    expect(bareOutletName(line)).toBe(name);
  });

  it.each([
    'Copyright 2026 Ebbsworth Gazette.',
    'Harbour Street',
    'Echo',
    'Gazette readers wrote.',
  ])('reads %j as no outlet name alone', (line) => {
    expect(bareOutletName(line)).toBeNull();
  });

  it('drops the name alone as the last paragraph, and the corpus confirms it', async () => {
    const cleaned = cleanArticle([...BODY, 'Ebbsworth Gazette'].join('\n\n'));
    expect(cleaned.text).toBe(BODY.join('\n\n'));
    expect(cleaned.dropped).toEqual([{ line: 'Ebbsworth Gazette', reason: 'masthead' }]);
    // Not the last paragraph: a heading of the text, kept.
    const middle = cleanArticle([BODY[0], 'Ebbsworth Gazette', BODY[1]].join('\n\n'));
    expect(middle.text).toContain('Ebbsworth Gazette');
    const { corpusOf, removeAll } = articleFolders();
    try {
      const dir = await corpusOf({
        'signed.txt': ['Pier reopens', ...BODY, 'Ebbsworth Gazette'].join('\n\n'),
        'bylined.txt': ['Anglers return', 'By Ada Pryce, Ebbsworth Gazette', BODY[1]].join('\n\n'),
      });
      const metas = (await loadCorpus(dir)).articles.map((a) => a.meta);
      expect(metas.map((m) => [m.file, m.outlet, m.outletUnconfirmed])).toEqual(
        expect.arrayContaining([
          ['signed.txt', 'Ebbsworth Gazette', undefined],
          ['bylined.txt', 'Ebbsworth Gazette', undefined],
        ]),
      );
      const alone = await corpusOf({
        'signed.txt': ['Pier reopens', ...BODY, 'Ebbsworth Gazette'].join('\n\n'),
      });
      const [unconfirmed] = (await loadCorpus(alone)).articles;
      expect(unconfirmed?.meta).toMatchObject({ outlet: null, outletUnconfirmed: true });
    } finally {
      await removeAll();
    }
  });
});
