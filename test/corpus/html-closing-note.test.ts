import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

const STORY = [
  'The council voted on Tuesday to close the old pier, which has stood since 1902, the mayor said.',
  'Repairs would have cost 4 million euros, more than the town spends on roads in a year.',
  'The harbour board said it would appeal against the decision at its next meeting.',
  'Fishermen who moor at the pier said they had not been asked about the closure before the vote.',
  'The mayor said a new landing stage would be built further along the quay within two years.',
];
const NOTE =
  'The Marrow Bay Bugle is a volunteer-run community newsletter. Got a story? Email editor@bugle.example';

/** A page whose article ends in `after` under a rule; Readability nests the body in its own div. */
const page = (after: string) =>
  `<html><head><title>Pier to close</title></head><body><article><h1>Pier to close</h1>` +
  `${STORY.map((p) => `<p>${p}</p>`).join('')}<hr>${after}</article></body></html>`;

describe('a note to readers under the last rule of an HTML article', () => {
  it('is left out of the text and listed as a note to readers', () => {
    const { text, dropped } = extractHtml(page(`<p>${NOTE}</p>`));
    expect(text).not.toContain('Got a story');
    expect(text).toContain(STORY[4]);
    expect(dropped).toContainEqual({ line: NOTE, reason: 'note to readers' });
  });

  it('keeps a last section of reporting under a rule, and a rule with nothing under it', () => {
    const reporting = '<p>The council meets again on 5 May, when the appeal will be heard.</p>';
    expect(extractHtml(page(reporting)).text).toContain('The council meets again on 5 May');
    expect(extractHtml(page('')).text).toContain(STORY[4]);
  });
});
