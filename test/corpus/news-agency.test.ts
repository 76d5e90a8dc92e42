import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractHtml } from '../../src/corpus/html.js';
import { isNewsAgency } from '../../src/corpus/news-agency.js';

const BODY = [
  'The Tarnwick ferry will resume its winter timetable on Monday, the harbour trust said.',
  'Crossings will run every 40 minutes from 7 a.m. until dusk, the trust said in a statement.',
];

describe('isNewsAgency', () => {
  it.each(['The Associated Press', 'AP', 'REUTERS', 'Agence France-Presse', 'dpa'])(
    'reads %j as an agency',
    (name) => expect(isNewsAgency(name)).toBe(true),
  );
  it.each(['Northern Press Agency', 'Tarn News Agency'])(
    'reads %j as an agency by its kind',
    (name) => expect(isNewsAgency(name)).toBe(true),
  );
  it.each([
    'Tarn Valley News',
    'Kestrel Courier',
    'Associated Press Club of Tarnwick',
    'Environment Agency',
    'Press Agency Review',
  ])('reads %j as no agency', (name) => expect(isNewsAgency(name)).toBe(false));
});

describe('an agency in a byline credits the wire, not the publisher', () => {
  it("takes the page's copyright holder as the outlet", () => {
    const cleaned = cleanArticle(
      ['By Ana Ruiz, Associated Press', ...BODY, 'Copyright 2026 Tarn Valley News.'].join('\n\n'),
    );
    expect(cleaned.outlet).toBe('Tarn Valley News');
    expect(cleaned.author).toBe('Ana Ruiz');
    // The credit stays a page line.
    expect(cleaned.dropped).toContainEqual({
      line: 'By Ana Ruiz, Associated Press',
      reason: 'byline',
    });
  });

  it('leaves the outlet unknown, not the wire, when nothing names the publisher', () => {
    const cleaned = cleanArticle(['By Ana Ruiz, Associated Press', ...BODY].join('\n\n'));
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.outletCandidate).toBe('Associated Press');
  });

  it("takes a dateline's agency as the outlet only when the page names no publisher of its own", () => {
    const story = 'TARNWICK, Iowa (AP) - The ferry will resume its timetable.';
    expect(cleanArticle([story, BODY[1]].join('\n\n')).outlet).toBe('AP');
    const run = cleanArticle([story, BODY[1], 'Copyright 2026 KVCT.'].join('\n\n'));
    expect(run.outlet).toBe('KVCT');
  });

  it("takes the paper's masthead and copyright, not an agency named by its kind and initials", () => {
    const page = (foot: string[]) =>
      [
        'Saltmarsh Courier\nHome | News | Sport | Weather',
        'Ferry resumes winter timetable',
        'By Tessa Vane, Northern Press Agency\n3 June 2026',
        `TARNWICK, June 3 (NPA) - ${BODY[0]}`,
        BODY[1],
        ...foot,
      ].join('\n\n');
    const run = cleanArticle(page(['(c) 2026 Saltmarsh Courier. All rights reserved.']));
    expect(run.outlet).toBe('Saltmarsh Courier');
    expect(run.author).toBe('Tessa Vane');
    expect(run.headline).toBe('Ferry resumes winter timetable');
    // The wire's own story, nothing naming a publisher: its dateline's agency, by the full name
    // the byline gives it (the dateline's initials credit the same agency).
    const wire = cleanArticle(
      [
        'Ferry resumes winter timetable',
        'By Tessa Vane, Northern Press Agency',
        `TARNWICK, June 3 (NPA) - ${BODY[0]}`,
        BODY[1],
      ].join('\n\n'),
    );
    expect(wire.outlet).toBe('Northern Press Agency');
  });

  it("keeps an outlet's own byline field as the outlet", () => {
    expect(cleanArticle(['By Ana Ruiz, Kestrel Courier', ...BODY].join('\n\n')).outlet).toBe(
      'Kestrel Courier',
    );
  });

  it("on an HTML page, takes the site's name, else leaves the outlet unknown", () => {
    const page = (head: string) =>
      `<html><head>${head}</head><body><article><h1>Ferry resumes</h1><p class="byline">By Ana Ruiz, Associated Press</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const named = extractHtml(page('<meta property="og:site_name" content="Tarn Valley News">'));
    expect(named.stated.outlet).toBe('Tarn Valley News');
    const unnamed = extractHtml(page(''));
    expect(unnamed.stated.outlet).toBeUndefined();
    expect(unnamed.stated.outletCandidate).toBe('Associated Press');
  });
});
