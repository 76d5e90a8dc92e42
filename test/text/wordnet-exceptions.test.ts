import { describe, expect, it } from 'vitest';
import { wordnetExceptions } from '../../src/text/wordnet-exceptions.js';

describe("WordNet's exception lists", () => {
  it('map irregular forms of each part of speech to their lemmas', () => {
    const verbs = new Map(wordnetExceptions('verb'));
    expect(verbs.get('took')).toBe('take');
    expect(verbs.get('taken')).toBe('take');
    expect(new Map(wordnetExceptions('noun')).get('children')).toBe('child');
    expect(new Map(wordnetExceptions('adjective')).get('worse')).toBe('bad');
  });

  it('are read once', () => {
    expect(wordnetExceptions('verb')).toBe(wordnetExceptions('verb'));
  });
});
