/**
 * A file no encoding reads as plain writing: decoded as the least implausible guess, kept, and
 * named as a problem so its administrator can re-save it (plausibility.ts, load.ts). Invented
 * texts; the damaged one mixes truncated UTF-8 sequences into English, as a cut download does.
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
  const damaged = Buffer.from(
    'Timetable notice\n\nThe \xff\xfe ferry \xc3\x28 will sail \xe2\x82 at 08:00 on weekdays.\n',
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
          /^is not UTF-8, and no encoding tried reads it as plain writing \(the best, [\w-]+, shows 1 sign of a wrong decoding/,
        ),
      },
    ]);
    expect(report.counts.articles).toBe(2);
  });
});
