/**
 * The timeline reads wink-nlp through instances that run only the part of wink-nlp's pipe it
 * reads: entities from the entity recogniser alone, parts of speech from the tagger alone. Both
 * read the tokens only, so they give what the default pipe gives, at a fraction of its cost.
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import type * as WinkLoader from '../../src/text/wink-loader.js';

const loaded = vi.hoisted(() => [] as Array<string[] | undefined>);
vi.mock('../../src/text/wink-loader.js', async (original) => {
  const real = await original<typeof WinkLoader>();
  return {
    ...real,
    loadWink: (pipe?: string[]) => {
      loaded.push(pipe);
      return real.loadWink(pipe);
    },
  };
});

// Test files share a worker's modules (vitest.config.ts): another file may already hold
// src/timeline/wink.js with its instances made, so it is read afresh under the mock.
vi.resetModules();
const { hasPresentVerb, partOfSpeechAfter, taggedWords, winkEntities } =
  await import('../../src/timeline/wink.js');

const SENTENCES = [
  'The harbour wall was rebuilt over three years, from 2019 to 2022.',
  'For two decades the ferry ran every day; it stopped on 3 March 2024.',
  'Since May the port has been closed for six months of repairs.',
  'The council said last week that the bridge reopens next spring.',
];

describe('wink-nlp in the timeline', () => {
  it("finds the default pipe's entities and tags, and never loads the default pipe", () => {
    const require = createRequire(import.meta.url);
    const wink = require('wink-nlp') as (model: unknown) => {
      readDoc(text: string): {
        entities(): { out(detail: unknown): Array<{ value: string; type: string }> };
        tokens(): { out(what?: unknown): string[] };
      };
      its: { detail: unknown; pos: unknown };
    };
    const full = wink(require('wink-eng-lite-web-model'));
    for (const text of SENTENCES) {
      const expected = full.readDoc(text).entities().out(full.its.detail);
      const { dates, durations } = winkEntities(text);
      const found = [...dates, ...durations].map(({ start, end }) => text.slice(start, end));
      expect(found.sort()).toEqual(
        expected
          .filter(({ type }) => type === 'DATE' || type === 'DURATION')
          .map(({ value }) => value)
          .sort(),
      );
      expect(taggedWords(text).map((word) => word.tag)).toEqual(
        full.readDoc(text).tokens().out(full.its.pos),
      );
    }
    expect(partOfSpeechAfter('Since', 'May the port')).toBe(
      full.readDoc('Since May the port').tokens().out(full.its.pos)[1],
    );
    expect(hasPresentVerb('The deadline remains 31 March.')).toBe(true);
    expect(loaded).toEqual([['ner'], ['pos']]);
  });
});
