/**
 * A dated sentence's part-of-speech tags are kept by its text: the readers of its dates, the
 * timeline's merge and every rebuild of a kept builder ask for them again, and each ask used to
 * run wink-nlp's tokeniser and tagger over the whole sentence. A reader that tags each text once
 * (the event words of every sentence of a build) tags afresh and keeps nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as WinkLoader from '../../src/text/wink-loader.js';

const read = vi.hoisted(() => ({ docs: 0 }));
vi.mock('../../src/text/wink-loader.js', async (original) => {
  const real = await original<typeof WinkLoader>();
  return {
    ...real,
    loadWink: (pipe?: string[]) => {
      const nlp = real.loadWink(pipe);
      const readDoc = nlp.readDoc.bind(nlp);
      nlp.readDoc = (text: string) => {
        read.docs += 1;
        return readDoc(text);
      };
      return nlp;
    },
  };
});

// Test files share a worker's modules (vitest.config.ts): read afresh under the mock.
vi.resetModules();
const { tagWords, taggedWords } = await import('../../src/timeline/wink.js');

describe('kept part-of-speech tags', () => {
  it('tags a sentence once, and keeps what the tagger gives', () => {
    const sentence = 'The ferry to Skellig Mor stopped running on 3 March 2024.';
    const fresh = tagWords(sentence);
    const before = read.docs;
    const first = taggedWords(sentence);
    expect(read.docs).toBe(before + 1);
    expect(first).toEqual(fresh);
    expect(taggedWords(sentence)).toBe(first);
    expect(read.docs).toBe(before + 1);
  });

  it('tags afresh, keeping nothing, when asked through tagWords', () => {
    const sentence = 'Harbour fees at Port Caddow rose in May 2023.';
    const before = read.docs;
    const first = tagWords(sentence);
    const second = tagWords(sentence);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(read.docs).toBe(before + 2);
  });
});
