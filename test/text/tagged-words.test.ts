import { describe, expect, it } from 'vitest';
import { PackedWordReader, WordPacker, readWords } from '../../src/text/tagged-words.js';

describe('tagged words', () => {
  const text = 'The ferry sails. It stops at 9.15pm, not later.';
  const values = [
    'The',
    'ferry',
    'sails',
    '.',
    'It',
    'stops',
    'at',
    '9.15pm',
    ',',
    'not',
    'later',
    '.',
  ];
  const tags = [
    'DET',
    'NOUN',
    'VERB',
    'PUNCT',
    'PRON',
    'VERB',
    'ADP',
    'NUM',
    'PUNCT',
    'PART',
    'ADV',
    'PUNCT',
  ];

  it('finds each value in order, offsets shifted by the offset given; a value not there is skipped with its tag', () => {
    const found: unknown[] = [];
    readWords(
      text,
      [...values.slice(0, 3), 'absent', '.'],
      tags,
      (...word) => found.push(word),
      100,
    );
    expect(found).toEqual([
      ['The', 'DET', 100, 103],
      ['ferry', 'NOUN', 104, 109],
      ['sails', 'VERB', 110, 115],
      ['.', 'PRON', 115, 116],
    ]);
  });

  it('reads back the words wholly inside each span, offsets relative to it', () => {
    const packer = new WordPacker();
    readWords(text, values, tags, packer.add);
    const reader = new PackedWordReader(text, packer.pack());
    expect(reader.wordsIn(0, 16).map((w) => `${w.value}/${w.tag}/${w.start}`)).toEqual([
      'The/DET/0',
      'ferry/NOUN/4',
      'sails/VERB/10',
      './PUNCT/15',
    ]);
    // A span cutting a word leaves it out.
    expect(reader.wordsIn(17, 32).map((w) => w.value)).toEqual(['It', 'stops', 'at']);
    expect(reader.wordsIn(37, text.length).map((w) => w.value)).toEqual(['not', 'later', '.']);
    expect(reader.wordsIn(text.length, text.length)).toEqual([]);
  });

  it('packs no words as none', () => {
    const reader = new PackedWordReader('', new WordPacker().pack());
    expect(reader.wordsIn(0, 0)).toEqual([]);
  });
});
