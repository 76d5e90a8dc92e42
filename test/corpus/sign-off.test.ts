import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { outletSignOffName } from '../../src/corpus/masthead.js';
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
});
