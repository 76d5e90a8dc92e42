/**
 * A Markdown page's closing line under its last rule calling on the reader to follow the page's
 * own outlet by name on social media ("*Follow The Oarsman's Gazette on social media for the
 * latest rowing news.*") is a note to readers: dropped, listed, never quoted
 * (src/corpus/closing-note.ts, call-to-action.ts isSocialFollowCall).
 */
import { expect, it } from 'vitest';
import { extractArticle } from '../../src/corpus/extract.js';

const page = (foot: string) =>
  [
    '---',
    'title: "Kestrel eight win on the Lune"',
    "outlet: The Oarsman's Gazette",
    'date: 2026-06-15',
    '---',
    '',
    '# Kestrel eight win on the Lune',
    '',
    'The Kestrel Rowing Club eight won the Lune regatta on Sunday by three lengths.',
    '',
    '---',
    '',
    foot,
  ].join('\n');

it('drops the call to follow the outlet under the last rule, listed as a note to readers', () => {
  const call = "Follow The Oarsman's Gazette on social media for the latest rowing news.";
  const extracted = extractArticle(page(`*${call}*`), 'markdown');
  expect(extracted.text).not.toContain('Follow');
  expect(extracted.dropped).toContainEqual({ line: call, reason: 'note to readers' });
});

it('keeps a last section of reporting under the rule', () => {
  const section = 'Follow-up: the crew will race at Henley in July.';
  const extracted = extractArticle(page(section), 'markdown');
  expect(extracted.text).toContain(section);
});
