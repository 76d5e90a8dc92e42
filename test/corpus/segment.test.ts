import { describe, expect, it } from 'vitest';
import { segmentParagraphs, splitSentences } from '../../src/corpus/segment.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits a paragraph into sentences with exact offsets', () => {
    const text =
      'The deal was signed on Nov. 19, 2020 in Minsk. It came into force at once. Critics disagreed.';
    expect(sentencesOf(text)).toEqual([
      'The deal was signed on Nov. 19, 2020 in Minsk.',
      'It came into force at once.',
      'Critics disagreed.',
    ]);
  });

  it('does not end a sentence after an abbreviated month', () => {
    expect(
      sentencesOf('During the Sept. 14 meeting in Sochi, they agreed. Then they left.'),
    ).toEqual(['During the Sept. 14 meeting in Sochi, they agreed.', 'Then they left.']);
  });

  it('never ends a sentence where no space follows the full stop (9.15pm, 3.5m)', () => {
    expect(
      sentencesOf(
        'The meeting lasted three hours and finished at 9.15pm. The repairs cost £3.5m in all.',
      ),
    ).toEqual([
      'The meeting lasted three hours and finished at 9.15pm.',
      'The repairs cost £3.5m in all.',
    ]);
  });

  it('keeps quotations that close a sentence with the sentence', () => {
    const text = 'He said it "will not be used." Others doubted it.';
    expect(sentencesOf(text)[0]).toBe('He said it "will not be used."');
  });
});

describe('a sentence ending at a quotation', () => {
  it('ends before an opening quotation after a clock time or an amount (wink-nlp keeps them one)', () => {
    expect(
      sentencesOf(
        'On 7 March, she locked the cases at 5pm. "I checked every one of them," she said.',
      ),
    ).toEqual([
      'On 7 March, she locked the cases at 5pm.',
      '"I checked every one of them," she said.',
    ]);
    expect(sentencesOf('The repairs cost £5m. ‘We had no choice,’ he said.')).toEqual([
      'The repairs cost £5m.',
      '‘We had no choice,’ he said.',
    ]);
    expect(sentencesOf('They left at 5 p.m. “The doors were shut,” he said.')).toEqual([
      'They left at 5 p.m.',
      '“The doors were shut,” he said.',
    ]);
  });

  it('ends after a quotation closed by its full stop, before a capital', () => {
    expect(sentencesOf('He said: "We left at 5pm." Then the doors shut.')).toEqual([
      'He said: "We left at 5pm."',
      'Then the doors shut.',
    ]);
  });

  it('goes on after an abbreviation, an initial or before a lowercase word', () => {
    for (const one of [
      'She met Mr. "Bud" Smith at 5pm.',
      'The prize went to John F. "Jack" Reed at 5pm.',
      'He called it "a disgrace." and left at 5pm.',
    ])
      expect(sentencesOf(one)).toEqual([one]);
  });
});

describe("a list's items run into one paragraph", () => {
  it('cuts at each marker after a sentence, the marker in no sentence', () => {
    expect(
      sentencesOf(
        'Sign the form by 4 May. - Write to your councillor before 9 May. - Tell us your story.',
      ),
    ).toEqual([
      'Sign the form by 4 May.',
      'Write to your councillor before 9 May.',
      'Tell us your story.',
    ]);
    expect(
      sentencesOf('The board set two conditions. 1. New railings. 2) A new lifebuoy.'),
    ).toEqual(['The board set two conditions.', 'New railings.', 'A new lifebuoy.']);
  });

  it('leaves a dash or a number inside a sentence, or before a lower-case word, alone', () => {
    for (const text of [
      'The vote - held on Monday - was close.',
      'The council voted 7 - 2 to close the pool.',
      'He left at 9. - then came back.',
    ])
      expect(sentencesOf(text).join(' ')).toBe(text);
  });
});

describe('segmentParagraphs', () => {
  it('never lets a sentence cross a paragraph and keeps a heading whole', () => {
    const text = 'A Heading Without A Full Stop\n\nFirst sentence here. Second one';
    const spans = segmentParagraphs(text, [
      { start: 0, end: 29, kind: 'heading' },
      { start: 31, end: text.length, kind: 'body' },
    ]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['A Heading Without A Full Stop', 0],
      ['First sentence here.', 1],
      ['Second one', 1],
    ]);
  });
});
