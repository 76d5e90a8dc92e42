/**
 * Wire copy under its message header line (IPTC 7901: the service's identifier and the message's
 * number, its priority digit and category code, "KPA0233 3 TRANS") and the agency's name, then a
 * date line and the keyed fields: the header is read as a header (keys dropped, the agency the
 * outlet), and the message line is neither title nor text. Invented agency and story.
 */
import { describe, expect, it } from 'vitest';
import { inspectCorpus } from '../../src/corpus/load.js';
import { isWireHandlingLine } from '../../src/corpus/wire-handling.js';
import { readOneArticle } from '../support/one-article.js';

const STORY = [
  'KELSMERE, Wales, 3 March 2025 (KPA) - The Kelsmere ferry crossing will close for six weeks from April while its slipway is rebuilt, the harbour board said on Monday.',
  '',
  'Foot passengers will be carried by a smaller boat during the works, the board said.',
];

const read = (header: string[]) =>
  readOneArticle('wire.txt', `${[...header, '', ...STORY].join('\n')}\n`);

describe('a wire message header line', () => {
  it('is a handling line: identifier and number, priority digit, category code', () => {
    expect(isWireHandlingLine('KPA0233 3 TRANS')).toBe(true);
    expect(isWireHandlingLine('KPA1120 TRANS')).toBe(true);
    expect(isWireHandlingLine('A380 GROUNDED')).toBe(false);
    expect(isWireHandlingLine('Ferry 2025 plans')).toBe(false);
  });

  it('heads a header read whole: agency name, date line, keyed fields', () => {
    const { meta, text } = read([
      'KPA0233 3 TRANS',
      'Kellmoor Press Agency',
      '3 Mar 2025 09:14 GMT',
      'HEADLINE: Ferry crossing to close for slipway repairs',
      'SLUG: FERRY-KELSMERE/',
    ]);
    expect(meta.title).toBe('Ferry crossing to close for slipway repairs');
    expect(meta.outlet).toBe('Kellmoor Press Agency');
    expect(meta.published).toBe('2025-03-03');
    expect(text).not.toMatch(/KPA0233|HEADLINE|Kellmoor Press Agency/);
  });

  it('reads a header with one key under the message line and the agency name', () => {
    const { meta, text } = read([
      'KPA1120 TRANS',
      'Kellmoor Press Agency',
      'HEADLINE: Ferry crossing to close; foot passengers on smaller boat',
    ]);
    expect(meta.title).toBe('Ferry crossing to close; foot passengers on smaller boat');
    expect(meta.outlet).toBe('Kellmoor Press Agency');
    expect(text).not.toMatch(/KPA1120|HEADLINE/);
  });
});

/** What `validate` is told of the file's header left in its text (load.ts ArticleReport.unreadHeader). */
function unreadHeader(header: string[]): string | undefined {
  const raw = `${[...header, '', ...STORY].join('\n')}\n`;
  const inspection = inspectCorpus({
    dir: 'memory',
    articles: [{ file: 'wire.txt', format: 'text', raw, encoding: 'utf-8' }],
    metadata: null,
    aliases: null,
    unread: [],
  });
  return inspection.reports[0]?.unreadHeader;
}

describe('a header not read whole', () => {
  it('is named for validate when a field of it stands in the text as a heading', () => {
    const header = [
      'Kellmoor Press Agency',
      'Transport desk',
      'HEADLINE: Ferry crossing to close for slipway repairs',
      'SLUG: FERRY-KELSMERE/',
    ];
    expect(unreadHeader(header)).toContain('HEADLINE: Ferry crossing');
  });

  it('is named when its lines run together into one heading', () => {
    const header = ['KPA 1120', 'Kellmoor Press Agency', 'HEADLINE: Ferry crossing to close'];
    expect(unreadHeader(header)).toContain('Kellmoor Press Agency HEADLINE: Ferry crossing');
  });

  it('is not named for a header read whole, nor for a headline with a label', () => {
    expect(
      unreadHeader(['KPA1120 TRANS', 'Kellmoor Press Agency', 'HEADLINE: Ferry to close']),
    ).toBe(undefined);
    expect(unreadHeader(['Watch: ferry crossing to close for repairs'])).toBe(undefined);
  });
});
