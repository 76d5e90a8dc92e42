import { describe, expect, it } from 'vitest';
import { isBreadcrumb } from '../../src/corpus/breadcrumb.js';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'The waiting list at Tarnby General Hospital fell for the third month in a row in April.',
  'About 3,200 patients were waiting for planned surgery at the end of the month.',
];

describe('isBreadcrumb', () => {
  it.each(['News > Health', 'Sport › Rugby › Tarn Rovers', 'Home / Local News', 'News » Politics'])(
    'reads %j as a breadcrumb',
    (line) => expect(isBreadcrumb(line)).toBe(true),
  );
  it.each([
    'Profits > forecasts for the year',
    'Either / or: the choice facing voters',
    'Hospital waiting list falls for third month',
    'Rovers > United in a cup thriller at Tarnby Park',
  ])('reads %j as no breadcrumb', (line) => expect(isBreadcrumb(line)).toBe(false));
});

describe('a breadcrumb under the masthead', () => {
  it('is navigation, never the title: the headline under it is', () => {
    const cleaned = cleanArticle(
      [
        'Tarnby Times\nNews > Health',
        'Hospital waiting list falls for third month',
        'By Jonas Reeve\nPublished 4 May 2026, 09:10',
        ...BODY,
        '(c) Tarnby Times 2026',
      ].join('\n\n'),
    );
    expect(cleaned.headline).toBe('Hospital waiting list falls for third month');
    expect(cleaned.dropped).toContainEqual({ line: 'News > Health', reason: 'navigation bar' });
  });

  it('leaves a page whose first line is its headline as it was', () => {
    const cleaned = cleanArticle(
      ['Hospital waiting list falls for third month', 'By Jonas Reeve', ...BODY].join('\n\n'),
    );
    expect(cleaned.headline).toBe('Hospital waiting list falls for third month');
  });
});
