/**
 * A file no encoding reads as plain writing: decoded as the least implausible guess, kept, and
 * named as a problem so its administrator can re-save it (plausibility.ts, load.ts); when its
 * bytes hold UTF-8's multi-byte sequences among invalid ones, it is damaged UTF-8 and refused by
 * name, never quoted (decode.ts, damaged-utf8.ts). Invented texts; the damaged ones mix truncated UTF-8
 * sequences into English, as a cut download does.
 */
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { implausibility } from '../../src/corpus/plausibility.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { articleFolders } from '../support/corpus-fixture.js';

const folders = articleFolders();
afterEach(() => folders.removeAll());

describe('implausibility', () => {
  it('counts a word of another script in Latin writing, not in writing of that script', () => {
    expect(implausibility('The яю ferry will sail at eight.')).toBe(1);
    expect(implausibility('Паром отправится в восемь, сказал Smith.')).toBe(0);
  });

  it("reads a name's trademark sign and a unit's exponent as writing, a symbol inside a word not", () => {
    expect(implausibility('Apple™ and Acme® opened a 40m² shop, ©Reuters.')).toBe(0);
    expect(implausibility('Zdzis³aw signed it.')).toBe(1);
  });
});

describe('a file no encoding reads as writing', () => {
  // Stray bytes, none of them a UTF-8 sequence: "\xc3(" is a lead byte with no continuation.
  const damaged = Buffer.from(
    'Timetable notice\n\nThe \xff\xfe ferry \xc3\x28 will sail at 08:00 on weekdays.\n',
    'latin1',
  );
  // UTF-8 cut short ("\xe2\x80" is the start of a curly quote's three bytes) among bytes UTF-8
  // never holds: read as any legacy encoding it is mojibake ("â€").
  const cutUtf8 = Buffer.from(
    'Title: Bad bytes\nSource: X\n\nThe power failed \xe2\x80 on Monday and caf\xc3 closed \xff\xfe here.\n',
    'latin1',
  );
  const legacy = iconv.encode(
    'Harbour dues\n\nThe café’s owner said dues for the 40m² quay will rise by £4, to “£60”.\n',
    'windows-1252',
  );

  it('is a problem naming the file and the encoding guessed; a legacy file read right is not', async () => {
    const report = await validateCorpus(
      await folders.corpusOf({ 'damaged.txt': damaged, 'legacy.txt': legacy }),
    );
    expect(report.problems).toEqual([
      {
        file: 'damaged.txt',
        message: expect.stringMatching(
          /^is not UTF-8, and no encoding tried reads it as plain writing \(the best, [\w-]+, shows \d+ signs? of a wrong decoding/,
        ),
      },
    ]);
    expect(report.counts.articles).toBe(2);
  });

  it('refuses damaged UTF-8 by name, so none of its mojibake is quoted; legacy files are read', async () => {
    const report = await validateCorpus(
      await folders.corpusOf({ 'cut.txt': cutUtf8, 'legacy.txt': legacy }),
    );
    expect(report.problems).toEqual([
      {
        file: 'cut.txt',
        message: expect.stringMatching(
          /^is damaged UTF-8, so it is not read .*: 4 places in it are not valid UTF-8 \(the first on line 4, at byte 45: bytes E2 80, a character cut short\), .*save the original article again as UTF-8$/,
        ),
      },
    ]);
    expect(report.counts.articles).toBe(1);
  });
});
