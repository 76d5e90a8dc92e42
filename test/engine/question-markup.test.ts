import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutMarkup } from '../../src/engine/question-markup.js';
import { searchableQuestion } from '../../src/engine/question.js';
import type { Engine } from '../../src/engine/types.js';
import { plainCorpusEngine } from '../support/corpus-fixture.js';

describe('withoutMarkup', () => {
  it("removes every Discord mention form and custom emoji of Discord's message formatting", () => {
    expect(
      withoutMarkup('<@80351110224678912> <@!80351110224678912> <@&165511591545143296> ferry'),
    ).toBe('ferry');
    expect(withoutMarkup('<#103735883630395392> ferry <:mmLol:216154654256398347>')).toBe('ferry');
    expect(
      withoutMarkup('<a:b1nzy:392938283556143104> ferry </ask:1234567890> @everyone @here'),
    ).toBe('ferry');
    // An e-mail-like word and a bare "@" are not mentions.
    expect(withoutMarkup('who wrote to desk@everyone.example?')).toBe(
      'who wrote to desk@everyone.example?',
    );
  });

  it('keeps only the text of HTML: tags and script content dropped, blocks spaced apart', () => {
    expect(withoutMarkup('<b>when</b> did the ferry sail?')).toBe('when did the ferry sail?');
    expect(withoutMarkup('<script>alert(1)</script>ferry<br>fares <p>rose</p>')).toBe(
      'ferry fares rose',
    );
    expect(withoutMarkup('AT&amp;T <i>fees</i>')).toBe('AT&T fees');
  });

  it('leaves a question with no tag as typed, comparisons and ampersands included', () => {
    expect(withoutMarkup('did fares rise by < 5% & stay below 4?')).toBe(
      'did fares rise by < 5% & stay below 4?',
    );
  });

  it('leaves nothing when only markup was typed', () => {
    expect(searchableQuestion('@everyone <@123> <br>')).toBe('');
  });
});

describe('markup in a question asked of the engine', () => {
  let engine: Engine;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, cleanup } = await plainCorpusEngine({
      'ferry.txt':
        'The Dunmore ferry resumed sailing on Thursday after a six-week strike.\n\nFares on the Dunmore ferry will rise by a tenth next year.',
      'parks.txt': 'The parks department planted two hundred oaks along the river.',
    }));
  }, 60_000);
  afterAll(async () => cleanup());

  it('answers a question wrapped in markup and mentions as it answers the plain one', () => {
    const plain = engine.ask('when did the ferry resume sailing?');
    expect(plain.answered).toBe(true);
    for (const question of [
      '@everyone when did the ferry resume sailing?',
      '<b>when</b> did the ferry resume sailing?',
      '<@&42> @here <script>x()</script><i>when</i> did the ferry resume sailing? <:wave:99>',
      // Discord's formatting (question-formatting.ts): a link or pasted code no longer refuses it.
      '[click me](https://evil.example/x?y=z) when did the ferry resume sailing?',
      '```js process.exit(1)``` when did the ferry resume sailing?',
      'https://news.example/dunmore-ferry-strike-ends when did the ferry resume sailing?',
      '||when did the `ferry` resume sailing?||',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.quote).toBe(plain.passages[0]?.quote);
      // What is echoed is the question as typed (front ends escape it and never ping).
      expect(answer.question).toBe(question);
    }
  });

  it('answers nothing for a question of markup only', () => {
    const answer = engine.ask('@everyone <@123>');
    expect(answer.answered).toBe(false);
    expect(answer.closest).toEqual([]);
  });
});
