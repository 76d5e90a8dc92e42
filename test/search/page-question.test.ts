import { describe, expect, it } from 'vitest';
import { pageQuestionOf } from '../../src/search/plan/page-question.js';

const asks = (question: string) => pageQuestionOf(question)?.asks ?? null;

describe('questions about the page', () => {
  it.each([
    ['who took the photo at the rally', 'photo'],
    ['who is in the picture at the top of the harbour story', 'photo'],
    ['which agencies are credited for the picture', 'photo'],
    ['where was the photo of the protester taken?', 'photo'],
    ['who is pictured with the mayor', 'photo'],
    ['who wrote the Courier piece', 'author'],
    ['which reporter wrote the harbour stories?', 'author'],
    ['who reported this story', 'author'],
    ["when was 'Harbour gate opens after decade of delays' published?", 'date'],
    ['when was the harbour article published', 'date'],
    ['what date was the piece about the gate posted', 'date'],
    ['which wire services are credited on the Courier article', 'author'],
  ])('%s → %s', (question, expected) => {
    expect(asks(question)).toBe(expected);
  });

  it.each([
    "where was the deal's text published",
    'the portal published the agreement',
    "who reported that russia's national guard signed a deal",
    'how many homes does the gate protect',
    'who shot the archduke',
    'who was credited with the rescue',
  ])('%s → a story question', (question) => {
    expect(pageQuestionOf(question)).toBeNull();
  });

  it('sets the page’s own words aside, and prefers credits when asked who took the picture', () => {
    const photo = pageQuestionOf('which agencies are credited for the picture')!;
    expect([...photo.cueTerms]).toEqual(expect.arrayContaining(['agenc', 'pictur', 'credit']));
    expect(photo.kinds[0]).toBe('credit');
    expect(pageQuestionOf('who is in the photo')!.kinds[0]).toBe('caption');
    expect(pageQuestionOf('where was the photo taken')!.kinds[0]).toBe('caption');
    const wire = pageQuestionOf('which wire services are credited on the Courier article')!;
    expect(wire.kinds[0]).toBe('credits');
    expect([...wire.cueTerms]).toEqual(expect.arrayContaining(['wire', 'servic', 'credit']));
    // A possessive is what the question is about, not what it asks for.
    expect([...pageQuestionOf("which journalist's rally is in the photo")!.cueTerms]).not.toContain(
      'journalist',
    );
  });

  it('knows when the question refers to an article as such', () => {
    expect(pageQuestionOf('who wrote the harbour story')!.refersToArticle).toBe(true);
    expect(pageQuestionOf("who wrote 'Harbour gate opens'")!.refersToArticle).toBe(true);
    expect(pageQuestionOf('who wrote the Courier explainer on the barrier')!.refersToArticle).toBe(
      true,
    );
    expect(pageQuestionOf('who wrote the letter to the mayor')!.refersToArticle).toBe(false);
    // A story's "published": page lines answer it only if the question names a source (page-answers.test.ts).
    expect(pageQuestionOf('when was the agreement published')!.refersToArticle).toBe(false);
  });
});

describe('a word that names the source asked of', () => {
  it('asks nothing of the page: "the Evening Post" is no publishing cue', () => {
    const naming = new Set(['even', 'post', 'evening']);
    expect(
      pageQuestionOf('when were the cracks found according to the evening post', naming),
    ).toBeNull();
    expect(pageQuestionOf('when did the evening post publish the story', naming)?.asks).toBe(
      'date',
    );
  });
});

describe('"what did X write"', () => {
  it('asks what was written, not who wrote it', () => {
    expect(asks('what did helen marsh write')).toBeNull();
    expect(asks('What has the author written about the pool?')).toBeNull();
    expect(asks('who wrote the Courier piece')).toBe('author');
    expect(asks('which reporter wrote the story about the pool')).toBe('author');
  });
});

describe('"what date" frames a date question; it asks for the article\'s date only of an article', () => {
  it('is a story question when it asks when something in the story happens', () => {
    expect(pageQuestionOf('what date does the ballot close')).toBeNull();
    expect(pageQuestionOf('on what date do the dates of the vote close')).toBeNull();
  });

  it('asks the page when it refers to an article as such, or says "dated"', () => {
    expect(asks('what date is on the Courier piece')).toBe('date');
    expect(asks('what date was the harbour story')).toBe('date');
    expect(asks('when was the letter dated')).toBe('date');
  });

  it('asks the same put with a copula: "what is the date of the … story"', () => {
    expect(asks('what is the date of the Tarn Radio story?')).toBe('date');
    expect(asks("what's the date on the harbour piece")).toBe('date');
    expect(pageQuestionOf('what is the date of the ballot')).toBeNull();
  });
});
