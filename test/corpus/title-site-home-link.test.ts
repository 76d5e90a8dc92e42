/**
 * A page's `<title>` names its site beside the headline ("… - Kelsmere Herald"), as Open Graph's
 * `og:site_name` would (ogp.me: "the name of the overall site"); the same name in its
 * navigation's link to the home page confirms it and is no section's. A copyright footer's legal
 * name ("Kelsmere Herald Newspapers") is the publisher's company, read only when the page names
 * its site nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/corpus/html.js';

const page = (home: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tribunal rejects appeal over ferry fares - Kelsmere Herald</title></head>
<body>
<nav><a href="${home}">Kelsmere Herald</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>Tribunal rejects appeal over ferry fares</h1>
<p class="byline">By Rowan Pell, Courts Reporter</p>
<p>A tribunal has rejected the ferry operator's appeal against the county council's cap on fares, in a ruling published on Thursday.</p>
<p>The operator said it would consider its options.</p>
<p>The council said the cap would stay in force until the end of the year.</p>
</article></main>
<footer><p>&copy; 2025 Kelsmere Herald Newspapers. Part of Fenwater Media Group.</p></footer>
</body></html>`;

describe('the site name in the title beside a home link', () => {
  it.each(['/', 'https://kelsmere-herald.example/'])(
    'is the outlet when the navigation links it to the home page (%s)',
    (home) => {
      expect(extractHtml(page(home)).stated.outlet).toBe('Kelsmere Herald');
    },
  );

  it('is not taken when it names no outlet and the page confirms it nowhere', () => {
    // "Kelsmere Quay" alone beside the headline: as often the topic a site files the story under.
    const html = page('/kelsmere-herald').replace(' - Kelsmere Herald<', ' - Kelsmere Quay<');
    expect(extractHtml(html).stated.outlet).toBeUndefined();
  });
});
