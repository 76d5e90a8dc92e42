import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../src/console/console.js';
import { analyseArticle } from '../../src/corpus/load.js';
import { formatValidation, validateCorpus } from '../../src/corpus/validate.js';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { loadCommands } from '../../src/framework/commands.js';
import { silentLogger } from '../../src/log.js';
import { withoutControls } from '../../src/text/controls.js';
import { normalizeText } from '../../src/text/normalize.js';
import { fixedEngine } from '../support/fake-engine.js';
import { removeFolder, temporaryFolder, writePlainCorpus } from '../support/corpus-fixture.js';

/** Any character a terminal acts on, other than tab and line feed. */
const CONTROL = /(?![\t\n])\p{Cc}/u;

const HOSTILE_ARTICLE =
  'Quay fees rise\n\nThe harbour\u001b[2J board raised quay fees\u0007 by ten percent.\n\n' +
  'Fishermen\u009b31m said the \u001b]0;pwned\u0007rise was unfair\u007f.\n';

describe('terminal control codes', () => {
  it('are removed by the one text normalisation, escape sequences whole, tabs and line breaks kept', () => {
    expect(withoutControls('a\u001b[1;31mb\u001b]8;;http://x\u001b\\c\u0000de')).toBe('abcde');
    expect(normalizeText('a\tb\nc\u001b[2Jd\u0007')).toBe('a\tb\ncd');
  });

  it('drop a C1 control alone: in Unicode text it opens no escape sequence (ECMA-48 §5.3)', () => {
    // U+009B is CSI only in a stream read as 8-bit codes; here it is one character, and the
    // letters after it are words ("collapse" is not a final byte of a sequence).
    expect(withoutControls('the \u007f\u009bcollapse')).toBe('the collapse');
    expect(withoutControls('d\u009b31me')).toBe('d31me');
    expect(withoutControls('a\u009dtitle\u0007b\u0090x\u009cc')).toBe('atitlebxc');
    // The 7-bit forms, ESC and its final byte, are still removed whole.
    expect(withoutControls('the \u001b[2Jspillway')).toBe('the spillway');
  });

  it('never reach an article’s text, metadata or page lines, whatever the format', () => {
    const text = analyseArticle({ file: 'a.txt', raw: HOSTILE_ARTICLE, format: 'text' });
    expect(text.text).not.toMatch(CONTROL);
    expect(text.text).toContain('The harbour board raised quay fees by ten percent.');
    expect(text.controls).toBeGreaterThan(0);
    const html = analyseArticle({
      file: 'a.html',
      raw:
        '<html><head><title>Fees&#27;[2J rise</title></head><body><article><h1>Fees rise</h1>' +
        '<p>The board&#7; raised fees&#27;[31m by ten percent after a long vote in March.</p>' +
        '</article></body></html>',
      format: 'html',
    });
    expect(JSON.stringify(html)).not.toMatch(
      /\\u00(0[0-8]|0b|0c|0e|0f|1[0-9a-f]|7f|[89][0-9a-f])/i,
    );
    expect(html.text).toContain('The board raised fees by ten percent');
    expect(html.controls).toBeGreaterThan(0);
  });

  describe('in a corpus folder', () => {
    let folder: string;
    let indexFolder: string;
    let engine: Engine;
    beforeAll(async () => {
      folder = await writePlainCorpus({
        'fees.txt': HOSTILE_ARTICLE,
        'library.txt': 'Library hours\n\nThe city library extended its opening hours.\n',
      });
      indexFolder = await temporaryFolder();
      engine = await openEngine({
        corpusDir: folder,
        indexPath: path.join(indexFolder, 'index.json'),
      });
    });
    afterAll(async () => {
      await removeFolder(folder);
      await removeFolder(indexFolder);
    });

    it('validate warns, naming the file and counting what was removed, without failing', async () => {
      const report = await validateCorpus(folder);
      expect(report.problems).toEqual([]);
      const lines = formatValidation(report, false);
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^warning: fees\.txt: \d+ characters of terminal control codes removed/,
        ),
      );
      expect(lines.some((line) => line.startsWith('warning: library.txt'))).toBe(false);
    });

    it('answers quote the article without them, and never echo them from the question', () => {
      const answer = engine.ask('who raised\u001b[2J the quay fees?\u0007');
      expect(answer.passages.length).toBeGreaterThan(0);
      expect(JSON.stringify(answer)).not.toMatch(/\\u00(0[0-8]|0b|0c|0e|0f|1[0-9a-f])/i);
      expect(answer.question).toBe('who raised the quay fees?');
    });

    it('keep the letter after a lone C1 control in a question', () => {
      const answer = engine.ask('who \u0007\u001b[2J raised \u007f\u009bthe quay fees?');
      expect(answer.question.replace(/\s+/g, ' ')).toBe('who raised the quay fees?');
    });
  });

  it('the console never echoes control codes from a typed line', async () => {
    const session = new ConsoleSession({
      engine: fixedEngine({
        answer: (q) => ({
          question: q,
          answered: false,
          passages: [],
          closest: [],
          sourcesDiffer: [],
        }),
        sources: [],
      }),
      commands: await loadCommands(),
      logger: silentLogger,
    });
    for (const line of [
      '/ask who\u001b[2J signed\u0007 the pact?\u001b]0;title\u0007',
      '/nonsense\u001b[31m',
      '/ask source:\u001b[2Jx who?',
    ]) {
      const out = (await session.handle(line)) ?? '';
      expect(out).not.toMatch(CONTROL);
    }
  });
});
