import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutOffFragment } from '../../src/corpus/cut-off-html.js';
import { scanHtml } from '../../src/corpus/html-scan.js';
import { extractHtml } from '../../src/corpus/html.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';

// An invented page cut off mid-word, as a download that stopped part-way leaves it.
const CUT =
  '<!doctype html><html><head><title>Bus depot to move</title></head><body><article>' +
  '<h1>Bus depot to move</h1>' +
  '<p>The Mill Lane bus depot will close in June, the operator said on Tuesday.</p>' +
  '<p>Buses will run from a temporary site while the new depot is built. Drivers will ' +
  'report to a temporary site on Church Stre';
const WHOLE = CUT.replace('Church Stre', 'Church Street.</p></article></body></html>');

describe('scanHtml: the blocks open at the end', () => {
  it('names the text blocks a file ends inside when it closes neither body nor html', () => {
    expect(scanHtml(CUT).openAtEnd).toEqual(['p', 'article']);
    expect(scanHtml(WHOLE).openAtEnd).toEqual([]);
  });

  it('does not take a fragment of markup, or a page whose last paragraph closes by implication, as cut off', () => {
    expect(scanHtml('<p>The council voted.</p>').openAtEnd).toEqual([]);
    expect(scanHtml('<html><body><p>One.<p>Two.</body></html>').openAtEnd).toEqual([]);
  });
});

describe('cutOffFragment', () => {
  it('splits the words after the last sentence end from the whole sentences', () => {
    expect(cutOffFragment('Buses will run. Drivers will report to Church Stre')).toEqual({
      kept: 'Buses will run.',
      fragment: 'Drivers will report to Church Stre',
    });
    expect(cutOffFragment('Drivers will report to Church Stre')).toEqual({
      kept: '',
      fragment: 'Drivers will report to Church Stre',
    });
    expect(cutOffFragment('Buses will run.')).toBeNull();
  });
});

describe('a cut-off HTML page', () => {
  it('is read without its unfinished last words, which are listed as dropped', () => {
    const extraction = extractHtml(CUT);
    expect(extraction.text).toContain('while the new depot is built.');
    expect(extraction.text).not.toContain('Church Stre');
    expect(extraction.dropped).toContainEqual({
      line: 'Drivers will report to a temporary site on Church Stre',
      reason: 'cut off at the end of the file',
    });
    // The whole block is not listed again as left out of the body.
    expect(extraction.dropped.filter((d) => d.line.includes('Buses will run'))).toEqual([]);
    expect(extractHtml(WHOLE).text).toContain('on Church Street.');
  });

  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'depot.html'), CUT);
    await writeFile(path.join(folder, 'whole.html'), WHOLE);
  });
  afterAll(() => removeFolder(folder));

  it('is a problem validate names, and a warning when indexing', async () => {
    const report = await validateCorpus(folder);
    expect(report.problems).toEqual([
      { file: 'depot.html', message: expect.stringMatching(/^is cut off: it ends inside <p>/) },
    ]);
    const warnings: string[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      warn: (message: string) => warnings.push(message),
      error: () => {},
    };
    const corpus = await loadCorpus(folder, { logger });
    expect(warnings).toEqual([expect.stringMatching(/^corpus: depot\.html: is cut off/)]);
    expect(corpus.articles.map((a) => a.text).join('\n')).not.toMatch(/Church Stre\b/);
  });
});
