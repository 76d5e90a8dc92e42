import { describe, expect, it } from 'vitest';
import { characterCount, checkQuestion, MAX_QUESTION_LENGTH } from '../../src/engine/question.js';

describe('checkQuestion', () => {
  it('counts characters as Discord does: 300 emoji are 300 characters, not 600', () => {
    const emoji = '😀'.repeat(MAX_QUESTION_LENGTH);
    expect(emoji.length).toBe(600);
    expect(characterCount(emoji)).toBe(300);
    // 299 emoji and a letter: 300 characters, within bounds (emoji alone hold no word).
    expect(checkQuestion(`${'😀'.repeat(MAX_QUESTION_LENGTH - 1)}a`)).toBeNull();
    expect(checkQuestion(emoji + '😀')).toBe(
      'the question is 301 characters long; at most 300 are allowed',
    );
  });

  it('finds a question of only NULs, zero-width or other invisible characters empty', () => {
    for (const q of ['\u0000\u0000', '\u200b\u200b\u200b', ' \u200d\ufeff\u00ad\t', '\u2028\u3000'])
      expect(checkQuestion(q), JSON.stringify(q)).toBe('the question is empty');
    expect(checkQuestion('\u200bbridge\u0000')).toBeNull();
  });
});

describe('a question of markup only', () => {
  it('is empty: tags, Discord mentions and custom emoji say nothing to search for', () => {
    for (const q of ['<b></b> @everyone', '<@123456> <:wave:987654>', '<p>\u200b</p>'])
      expect(checkQuestion(q), JSON.stringify(q)).toBe(
        'the question is empty: it holds only markup (tags, mentions, web addresses or emoji)',
      );
    expect(checkQuestion('<b>bridge</b> @here')).toBeNull();
    expect(checkQuestion('is 3 < 4?')).toBeNull();
  });
});

describe('a question with no letter or digit', () => {
  it('is empty: Unicode emoji, punctuation and symbols hold no word to search for', () => {
    for (const q of ['🎉🔥', '?!', '**__~~~~__**', '👍🏽 …', '@everyone 🎉'])
      expect(checkQuestion(q), JSON.stringify(q)).toBe(
        'the question is empty: it holds no letter or digit, only symbols, punctuation or emoji',
      );
    for (const q of ['🎉 bridge?', '2021?', 'мост?', '橋は？', '🎉 5'])
      expect(checkQuestion(q), JSON.stringify(q)).toBeNull();
  });
});
