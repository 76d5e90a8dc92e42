/** A sentence that restates an error its article corrects (src/text/correction.ts). */
import { describe, expect, it } from 'vitest';
import {
  correctedByNext,
  correctionNoteEnd,
  opensAsNoteOnArticle,
  restatesError,
} from '../../src/text/correction.js';

describe('restatesError', () => {
  it.each([
    'Correction: Our article of 2 May said the harbour crane was built in 1902.',
    '*Clarification:* We reported that 500 people marched.',
    'An earlier version of this article said the quay reopened on 12 March.',
    'The date of the vote was misstated as 12 March.',
    'Correction: In our issue of 2 May we said the fair would be held in the church hall.',
  ])('holds for %j', (sentence) => expect(restatesError(sentence)).toBe(true));

  it.each([
    'Correction: The harbour crane was completed in 1897.',
    'The council said the harbour crane was built in 1902.',
    'An earlier version of the harbour bill was rejected.',
    'Our article of 2 May said the crane would be restored.',
  ])('does not hold for %j', (sentence) => expect(restatesError(sentence)).toBe(false));
});

describe('correctionNoteEnd', () => {
  it('is the offset just after the note’s reporting verb', () => {
    const sentence = 'Correction: Our article of 2 May said the crane was built in 1902.';
    expect(sentence.slice(0, correctionNoteEnd(sentence))).toBe(
      'Correction: Our article of 2 May said',
    );
    expect(correctionNoteEnd('The crane was built in 1902.')).toBe(-1);
  });
});

describe('correctedByNext', () => {
  it.each([
    [
      'Correction: In our issue of 2 May we said the fair was in the church hall.',
      'It was in fact held in the school.',
    ],
    ['Correction: The fair was listed under the church hall.', 'The correct venue is the school.'],
    [
      'Clarification: Our bulletin gave the crane’s age as 90 years.',
      'We should have said 120 years.',
    ],
  ])('holds for %j then %j', (sentence, next) =>
    expect(correctedByNext(sentence, next)).toBe(true),
  );

  it.each([
    ['The fair was held in the church hall.', 'It was in fact full.'],
    ['Correction: In our issue of 2 May we said the fair was in the church hall.', 'We apologise.'],
  ])('does not hold for %j then %j', (sentence, next) =>
    expect(correctedByNext(sentence, next)).toBe(false),
  );
});

describe('opensAsNoteOnArticle', () => {
  it.each([
    'Correction: An earlier version of this report said the library opened on Sundays.',
    "Editor's note: This story has been updated.",
    // No label: the article itself, or its earlier version, told as revised.
    'This article was amended on 5 June 2024 to correct the number of crossings a day.',
    'This story has been updated to include the council’s response.',
    'An earlier version of this story misstated the length of the works.',
    'A previous version of this article said the quay reopened in March.',
    '*This piece was corrected on 2 May.*',
  ])('holds for %j', (text) => expect(opensAsNoteOnArticle(text)).toBe(true));

  it.each([
    // The story's own sentences about other articles, versions and amendments.
    'The article of the treaty was amended in 1990.',
    'This bridge was amended in the plans twice, the engineer said.',
    'An earlier version of the harbour bill was rejected.',
    'The council said this article was wrong.',
    'Ferry fares will rise by 6 per cent from April.',
  ])('does not hold for %j', (text) => expect(opensAsNoteOnArticle(text)).toBe(false));
});
