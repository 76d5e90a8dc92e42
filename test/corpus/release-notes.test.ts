/**
 * A press release's notes to editors, under its end mark or a "Notes to editors" label, are a
 * list: each note is judged alone, so a media contact goes while a note that reports stays,
 * whether the notes are set one a line or one a paragraph, in text or Markdown.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractMarkdown } from '../../src/corpus/markdown.js';
import { readReleaseNotes, releaseNotesStart } from '../../src/corpus/release-notes.js';

const HEADLINE = 'Brisk Ferries adds a dawn sailing';
const STORY = 'Brisk Ferries will add a 5.40am sailing from Oxley to Penn from 3 March.';
const FACT = 'Brisk Ferries carries 9,000 passengers a week between Oxley and Penn.';
const CONTACT = 'For media enquiries contact the press office on 01632 960 714.';
const LABEL = 'Notes to editors';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe("a press release's notes to editors", () => {
  it.each([
    ['one a line', [LABEL, FACT, CONTACT].join('\n')],
    ['one a paragraph', article(LABEL, FACT, CONTACT)],
  ])('set %s: the note that reports stays, the label and the contact go', (_name, notes) => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, 'ENDS', notes));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, FACT));
    expect(cleaned.dropped).toEqual(
      expect.arrayContaining([
        { line: 'ENDS', reason: 'end mark' },
        { line: LABEL, reason: 'note to readers' },
        { line: CONTACT, reason: 'note to readers' },
      ]),
    );
  });

  it('are a list under their label with no end mark too', () => {
    const cleaned = cleanArticle(article(HEADLINE, STORY, [LABEL, FACT, CONTACT].join('\n')));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, FACT));
  });

  it('drop a contact card whole, its label and the lines under it to the blank line', () => {
    const card = [
      'Media contact:',
      'Jo Penrose, press officer',
      '01632 960 714',
      'jo@brisk.example',
    ];
    const cleaned = cleanArticle(
      article(HEADLINE, STORY, 'ENDS', [LABEL, FACT, ...card].join('\n')),
    );
    expect(cleaned.text).toBe(article(HEADLINE, STORY, FACT));
    // The card's first line may hold the contact too.
    const read = readReleaseNotes(['Press enquiries: Jo Penrose on 01632 960 714', FACT]);
    expect(read.kept).toBe(FACT);
  });

  it('read a note hard-wrapped over two lines whole', () => {
    const notes = [
      'Notes to editors:',
      'Brisk Ferries carries 9,000 passengers a week between',
      'Oxley and Penn on two boats.',
      'For media enquiries contact the press office',
      'on 01632 960 714.',
    ];
    const read = readReleaseNotes(notes);
    expect(read.kept).toBe(notes.slice(1, 3).join('\n'));
    expect(read.dropped.map(({ line }) => line)).toEqual([notes[0], ...notes.slice(3)]);
  });

  it('in Markdown, set one a line, are items too, not one paragraph', () => {
    const md = extractMarkdown(
      article(`# ${HEADLINE}`, STORY, 'ENDS', [LABEL, FACT, CONTACT].join('\n')),
    );
    expect(cleanArticle(md.text).text).toBe(article(HEADLINE, STORY, FACT));
  });

  it('keep what a note states before the call that ends its line, dropping the call alone', () => {
    const call = 'Media enquiries: press@brisk.example';
    const about = 'About Brisk Ferries';
    const cleaned = cleanArticle(article(HEADLINE, STORY, 'ENDS', `${about}\n${FACT} ${call}`));
    expect(cleaned.text).toBe(article(HEADLINE, STORY, about, FACT));
    expect(cleaned.dropped).toContainEqual({ line: call, reason: 'note to readers' });
    // Hard-wrapped, the call's lines go and the statement's stay as they are.
    const read = readReleaseNotes([`${FACT} Media`, 'enquiries: press@brisk.example'], 60);
    expect(read.kept).toBe(FACT);
    expect(read.dropped.map(({ line }) => line)).toEqual([
      'Media',
      'enquiries: press@brisk.example',
    ]);
    // A note that is all call goes whole, as before.
    expect(readReleaseNotes([CONTACT]).kept).toBe('');
  });

  it('start at the last end mark, or a label under the last rule; never above a rule', () => {
    expect(releaseNotesStart([STORY, 'ENDS', CONTACT, LABEL, FACT])).toBe(1);
    expect(releaseNotesStart([STORY, '---', LABEL, FACT])).toBe(2);
    expect(
      releaseNotesStart([STORY, LABEL, FACT, '---', 'Got a story? Email news@x.example']),
    ).toBe(-1);
    // A sentence naming the notes is no label, nor is an editor's note, nor a label above the text.
    expect(releaseNotesStart([`${LABEL} will follow.`, FACT])).toBe(-1);
    expect(releaseNotesStart([STORY, 'Editor’s note', FACT])).toBe(-1);
    expect(releaseNotesStart([HEADLINE, LABEL, FACT])).toBe(-1);
  });

  it("drop their label where it heads no notes too, never as a byline's job title", () => {
    for (const label of [LABEL, 'NOTES TO EDITORS', 'Notes for editors']) {
      // Above every sentence of the release the label heads no notes (releaseNotesStart), but
      // is still the form's word to journalists: "editors" names no one's post there.
      const cleaned = cleanArticle(article('PRESS RELEASE', label, HEADLINE, STORY));
      expect(cleaned.dropped, label).toContainEqual({ line: label, reason: 'note to readers' });
      expect(cleaned.author, label).toBeNull();
      expect(cleaned.text, label).toBe(article(HEADLINE, STORY));
    }
  });
});
