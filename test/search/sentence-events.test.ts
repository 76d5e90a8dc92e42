import { describe, expect, it } from 'vitest';
import { claimEventWords } from '../../src/search/select/fact-predicates.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { packSentenceEvents, SentenceEvents } from '../../src/search/sentence-events.js';
import { sentenceCorpus } from '../support/sentence-corpus.js';

const sets = (events: SentenceEvents) =>
  Array.from({ length: events.length }, (_, s) => [...events.of(s)].sort());

describe("each sentence's event words as saved", () => {
  it('round-trip through JSON, each word listed once, the most used first', () => {
    const perSentence = [['suspen', 'found'], [], ['found'], ['reopen', 'reopen'], ['agre']];
    const packed = JSON.parse(JSON.stringify(packSentenceEvents(perSentence))) as ReturnType<
      typeof packSentenceEvents
    >;
    expect(packed.eventWords).toEqual(['found', 'agre', 'reopen', 'suspen']);
    expect(sets(SentenceEvents.unpack(packed, 5))).toEqual([
      ['found', 'suspen'],
      [],
      ['found'],
      ['reopen'],
      ['agre'],
    ]);
  });

  it('round-trip indexes that take two or three bytes, and sentences with none', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    // 20,000 words: indexes past 127 take two bytes, past 16,383 three.
    const perSentence: string[][] = [[], ...words.map((word, i) => [word, words[i >> 1]!]), []];
    const events = SentenceEvents.unpack(packSentenceEvents(perSentence), perSentence.length);
    expect(events.length).toBe(perSentence.length);
    expect(sets(events)).toEqual(perSentence.map((list) => [...new Set(list)].sort()));
    expect(events.of(-1).size + events.of(perSentence.length).size).toBe(0);
  });

  it('refuses a saved form for another number of sentences, naming a word it does not list, or cut short', () => {
    const packed = packSentenceEvents([['found'], ['halt']]);
    expect(() => SentenceEvents.unpack(packed, 3)).toThrow(
      'index: event words saved for 2 sentences but the corpus has 3',
    );
    const bytes = (...values: number[]) => Buffer.from(values).toString('base64');
    expect(() =>
      SentenceEvents.unpack({ ...packed, sentenceEvents: bytes(1, 0, 3, 0) }, 2),
    ).toThrow('index: a sentence event word is out of range');
    // A varint cut by a sentence's end, or bytes after the last sentence's end.
    for (const cut of [bytes(0x81, 0, 2, 0), bytes(1, 0, 2, 0, 2)])
      expect(() => SentenceEvents.unpack({ ...packed, sentenceEvents: cut }, 2)).toThrow(
        'index: the sentence event words are malformed',
      );
    expect(() =>
      SentenceEvents.unpack({ ...packed, eventWords: [3 as unknown as string] }, 2),
    ).toThrow('index: the event words are malformed');
  });

  it('are what the same-fact check reads of each sentence, saved by the search index and loaded back', () => {
    const texts = [
      'The leaks in the Pellow Dam did not start overnight.',
      'Boat trips have been halted after divers found leaks, the water board said.',
      'Four arrests in Minsk.',
    ];
    const corpus = sentenceCorpus('Dam', texts);
    const saved = JSON.parse(JSON.stringify(SearchIndex.build(corpus, []).toJSON()));
    const loaded = SearchIndex.load(corpus, saved);
    const { eventWordsOf } = loaded.rank('Pellow Dam leaks').select;
    const read = texts.map((_, s) => [...(eventWordsOf?.(s) ?? [])].sort());
    expect(read).toEqual(texts.map((sentence) => [...claimEventWords(sentence)].sort()));
    // Not empty alike: the saying frame ("the water board said") is set aside, the events kept.
    expect(read).toEqual([['start'], ['found', 'halt'], []]);
  });
});
