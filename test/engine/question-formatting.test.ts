import { describe, expect, it } from 'vitest';
import { withoutFormatting } from '../../src/engine/question-formatting.js';
import { checkQuestion } from '../../src/engine/question.js';

describe('withoutFormatting', () => {
  it('reads a masked link as its text and drops bare web addresses', () => {
    expect(withoutFormatting('[the ferry story](https://news.example/f "Ferry") when?')).toBe(
      'the ferry story when?',
    );
    expect(
      withoutFormatting('https://news.example/f?x=1 when did it sail? <https://a.example>'),
    ).toBe('when did it sail?');
    expect(withoutFormatting('see www.example.com first')).toBe('see first');
  });

  it('closes a code block at the next three backticks, as Discord does, and drops it', () => {
    expect(withoutFormatting('```js\nprocess.exit(1)``` when did the ferry sail?')).toBe(
      'when did the ferry sail?',
    );
    expect(withoutFormatting('when did ```rm -rf /``` the ferry sail?')).toBe(
      'when did the ferry sail?',
    );
  });

  it('keeps the text of inline code, and of a code block when nothing else was typed', () => {
    expect(withoutFormatting('when did the `ferry` sail?')).toBe('when did the ferry sail?');
    expect(withoutFormatting('```\nwhen did the ferry sail?\n```')).toBe(
      'when did the ferry sail?',
    );
  });

  it('leaves a question without backticks, masked links or addresses as typed', () => {
    for (const question of ['what is [1] (the note)?', 'is 3 < 4?\nand 5', 'a ``` b'])
      expect(withoutFormatting(question)).toBe(question);
  });

  it('counts a question of addresses only as empty', () => {
    expect(checkQuestion('https://news.example/ferry')).toMatch(/holds only markup/);
  });
});
