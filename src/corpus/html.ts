/**
 * Reading an HTML page: the article body through Mozilla's Readability (the extractor behind
 * Firefox Reader View) on a linkedom DOM, and the metadata the page states in its head.
 * Menus, scripts, cookie banners, related links and footers are left out by Readability;
 * figure captions are left out here. Every block of the page that does not reach the article
 * is reported as a dropped line.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksAndRules, listItemTexts, type DomNode, type HtmlBlock } from './html-blocks.js';
import { closingNoteBlock } from './closing-note.js';
import { hasReleaseHeading } from './press-release.js';
import { readNoteBlocks } from './release-notes.js';
import { openCorrectionBoxes, type BoxElement } from './correction-box.js';
import { takeReaderHeader, type ReaderElement } from './reader-view.js';
import { savedFromUrl } from './saved-from.js';
import type { DroppedLine } from './extraction.js';
import { statedDate, statedUrl, type Extraction, type StatedMeta } from './stated.js';
import { authorOfByline, parseByline } from './byline.js';
import { siteNameCandidate, siteNameInTitle, withoutSiteName } from './headline.js';
import { isHomeLink, siteEvidence, type SiteElement } from './site-evidence.js';
import { parseMetadataLine } from './metadata-line.js';
import { isNewsAgency } from './news-agency.js';
import { parseDateline } from './dates.js';
import { datelineBesideHeadline } from './headline-dateline.js';
import { pageSectionNames } from './section-label-rules.js';
import { isSectionName } from './credit-fields.js';
import { isFurnitureLine, isLinkListLabel } from './furniture.js';
import { isLabelAbove, isPieceKindLabel } from './kicker.js';
import { paragraphKind } from './paragraph-kind.js';
import { cutOffFragment, cutOffProblem } from './cut-off-html.js';
import { scanHtml } from './html-scan.js';
import { articleBound, boundedPage, type BoundDocument } from './article-bound.js';

interface QueryableElement {
  getAttribute(name: string): string | null;
  localName: string;
  querySelector(selector: string): QueryableElement | null;
  textContent: string | null;
  parentElement?: QueryableElement | null;
}

interface QueryableDocument extends DomNode {
  body: DomNode | null;
  documentElement: DomNode;
  querySelector(selector: string): QueryableElement | null;
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
}

function metaContent(document: QueryableDocument, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = (
      element?.getAttribute('content') ??
      element?.getAttribute('href') ??
      element?.getAttribute('datetime')
    )?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The outlet a byline's field names as the page's publisher: none when it names a news agency,
 * which wrote the story, not the page (news-agency.ts).
 */
const publisherOf = (outlet: string | null) =>
  outlet === null || isNewsAgency(outlet) ? undefined : outlet;

/** Some pages give a profile URL as the author: that names no one. */
const isLink = (value: string) => /^\s*(?:https?:)?\/\//i.test(value);

function oneLine(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

function statedMeta(document: QueryableDocument, headline: string | undefined): StatedMeta {
  const stated: StatedMeta = {};
  const title =
    oneLine(metaContent(document, ['meta[property="og:title"]', 'meta[name="og:title"]'])) ??
    headline;
  if (title) stated.title = title;
  const outlet = oneLine(
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']),
  );
  if (outlet) stated.outlet = outlet;
  const published = statedDate(
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'time[itemprop="datePublished"]',
      'time[pubdate]',
      // The publication time as microformats mark it: hAtom's "published" (WordPress themes'
      // `<time class="entry-date published">`) and microformats2's "dt-published".
      'time.published[datetime]',
      'time.dt-published[datetime]',
      'meta[name="date"]',
    ]),
  );
  const posted = published ?? postedTime(document);
  if (posted) stated.published = posted;
  const url = statedUrl(
    metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']),
  );
  if (url) stated.url = url;
  const author = oneLine(metaContent(document, ['meta[name="author"]']));
  if (author && !isLink(author)) stated.author = author;
  return stated;
}

/** A publication label before a time: "Posted", "Published", "Posted on", "Published:". */
const POSTED_LABEL = /^(?:posted|published)(?:\s+on)?\s*:?$/i;

/**
 * The publication date a `<time datetime>` states when the words before it in its element say
 * so ("Posted <time datetime="2025-10-14T16:31">14/10/2025 16:31</time> in Local News"): the
 * machine-readable date the page marks as its posting's, read as stated (its calendar date).
 * Any other time ("Updated …", a date in the text) is not taken.
 */
function postedTime(document: QueryableDocument): string | undefined {
  for (const time of Array.from(document.querySelectorAll('time[datetime]'))) {
    const before = (time.parentElement?.textContent ?? '').split(time.textContent ?? '')[0] ?? '';
    if (!POSTED_LABEL.test(before.replace(/\s+/g, ' ').trim())) continue;
    const date = statedDate(time.getAttribute('datetime') ?? undefined);
    if (date) return date;
  }
  return undefined;
}

const blockKey = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Links of a page's navigation: its `<nav>` elements, ARIA's navigation role (WAI-ARIA 1.2) and
 * breadcrumbs (a class or ARIA label saying so, as the common CMS themes write them).
 */
const NAVIGATION_LINKS =
  'nav a, [role="navigation"] a, [aria-label="breadcrumb" i] a, .breadcrumb a, .breadcrumbs a';
/** A page's navigation: its `<nav>` elements and ARIA's navigation role (WAI-ARIA 1.2). */
const NAVIGATION = 'nav, [role="navigation"]';

/** Most words in a section's name as a menu lists it ("Local News", "Harbour Affairs"). */
const MAX_SECTION_WORDS = 3;

/**
 * The section names a page's navigation lists, read before Readability leaves the navigation
 * out: the text of each navigation link of up to three words but the home page's (its text is the
 * site's name: "Westmarch Echo" linking to "/"), and the items of navigation bars
 * set as text ("Home | News | Courts"; section-label-rules.ts). Cleaning drops a lone label
 * naming one of them between paragraphs, and a `<title>` part naming one is no site name.
 */
function pageSections(document: QueryableDocument, page: readonly HtmlBlock[]): string[] {
  const names = new Set(pageSectionNames(page.map((block) => block.text)));
  for (const link of Array.from(document.querySelectorAll(NAVIGATION_LINKS))) {
    // The link to the home page names the site itself, not a section (site-evidence.ts).
    if (isHomeLink(link as unknown as SiteElement)) continue;
    const name = oneLine(link.textContent);
    if (name !== undefined && name.split(' ').length <= MAX_SECTION_WORDS)
      names.add(name.toLowerCase());
  }
  return [...names];
}

/**
 * The page's headline: its `h1`, unless that is a label over the headline (a section's name,
 * "Local", "News", one the page's navigation lists, a piece's kind with its section
 * ("Transport — Analysis"), or a short title-case label over a headline
 * in sentence case: kicker.ts), when it is the next heading (`h1`–`h3`) that could be a
 * headline; with none, no headline (the title is then read from `<title>`).
 */
function pageHeadline(
  document: QueryableDocument,
  sections: readonly string[],
): string | undefined {
  const headings = Array.from(document.querySelectorAll('h1, h2, h3'));
  const first = headings.findIndex((heading) => heading.localName === 'h1');
  const h1 = oneLine(headings[first]?.textContent);
  if (h1 === undefined) return undefined;
  const listed = (text: string) => isSectionName(text) || sections.includes(text.toLowerCase());
  const next = headings
    .slice(first + 1)
    .map((heading) => oneLine(heading.textContent))
    .find((text) => text !== undefined);
  const headline =
    next !== undefined &&
    !listed(next) &&
    !isFurnitureLine(next) &&
    !isLinkListLabel(next) &&
    paragraphKind(next) === 'heading' &&
    next.split(' ').length > h1.split(' ').length
      ? next
      : undefined;
  // A section's name, or a piece's kind with its section ("Transport — Analysis"), is a label.
  if (listed(h1) || isPieceKindLabel(h1)) return headline;
  return headline !== undefined && isLabelAbove(h1, headline) ? headline : h1;
}

/**
 * The page with explicit `<html>` and `<body>` elements. Browsers imply them (HTML standard,
 * "in body" insertion mode); linkedom does not, and leaves the body of `<p>…</p>` or
 * `<html><head>…</head><p>…</p></html>` empty. A saved fragment is a valid page all the same.
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  const rest = html
    .replace(head, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

/**
 * The lines of the page block that is Readability's byline: Readability gives the byline
 * element's `textContent`, in which a `<br>` leaves no trace ("By Ana RuizStaff reporter"); the
 * page's blocks keep it as a line break. Empty when no block's text, joined without its breaks,
 * is the byline.
 */
function linesOfByline(byline: string, page: readonly HtmlBlock[]): string[] {
  const key = (text: string) => text.replace(/\s+/g, '');
  const wanted = key(byline);
  const block = page.find((b) => b.text.includes('\n') && key(b.text) === wanted);
  return block
    ? block.text
        .split('\n')
        .map(blockKey)
        .filter((line) => line.length > 0)
    : [];
}

/**
 * Extracts the article from an HTML page. Throws an ArticleError for a page too large to read
 * (html-scan.ts).
 *
 * @example
 * extractHtml('<html><head><meta property="og:title" content="Bridge approved"></head>' +
 *   '<body><nav>Home</nav><article><p>The council voted.</p></article></body></html>')
 * // { text: 'The council voted.', stated: { title: 'Bridge approved' }, dropped: [{ line: 'Home', … }] }
 */
export function extractHtml(html: string): Extraction {
  // The markup read once, before the DOM: whether the page was cut off, and that it is small
  // enough to read (throws an ArticleError otherwise).
  const scan = scanHtml(html);
  const { document } = parseHTML(withBody(html)) as unknown as { document: QueryableDocument };
  // A page saved from Firefox's Reader View: the browser's header is metadata, not the page's.
  const reader = takeReaderHeader(document as unknown as ReaderElement);
  const pageRead = blocksAndRules(document.body ?? document.documentElement);
  const page = pageRead.blocks;
  const sections = pageSections(document, page);
  // The text of each navigation element, read before Readability rewrites the page: a block of
  // the body that is one of them ("Home News Travel Weather Win") is the menu, not the article.
  const menus = new Set(
    Array.from(document.querySelectorAll(NAVIGATION))
      .map((nav) => blockKey(nav.textContent ?? ''))
      .filter((text) => text.length > 0),
  );
  // Read before Readability, which rewrites the document as it parses.
  const h1 = pageHeadline(document, sections);
  const stated = statedMeta(document, h1);
  // The address the saving browser or reader records, where the page states none itself.
  // (Assigned only when found: an `url` key left undefined would hide a package's, as MHTML's.)
  const recorded = statedUrl(reader?.url ?? savedFromUrl(html));
  if (stated.url === undefined && recorded !== undefined) stated.url = recorded;
  if (reader?.credits !== undefined && !isLink(reader.credits))
    stated.author ??= authorOfByline(reader.credits) ?? stated.author;
  // What the page states of its site's name: its header, with the home link and masthead, is
  // what Readability leaves out first.
  const evidence = siteEvidence(document as unknown as SiteElement, page, stated.url);
  // "Headline - Maritime Ledger" in <title>: the outlet the page has no tag for.
  const titleTag = oneLine(document.querySelector('title')?.textContent);
  // A correction or editor's note set in a box is article text: Readability drops asides.
  openCorrectionBoxes(document as unknown as BoxElement);
  // The page's one article, when it marks one, is all Readability may take (article-bound.ts).
  const bound = articleBound(document as unknown as BoundDocument, page);
  const readable =
    bound === null
      ? document
      : parseHTML(boundedPage(document as unknown as BoundDocument, bound)).document;
  const parsed = new Readability<DomNode>(readable as never, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  if (parsed?.publishedTime && stated.published === undefined) {
    const published = statedDate(parsed.publishedTime);
    if (published) stated.published = published;
  }
  if (parsed?.siteName && stated.outlet === undefined) stated.outlet = oneLine(parsed.siteName);
  const outlet =
    stated.outlet === undefined && titleTag
      ? siteNameInTitle(titleTag, h1, sections, evidence)
      : null;
  if (outlet) stated.outlet = outlet;
  const candidate =
    stated.outlet === undefined && titleTag ? siteNameCandidate(titleTag, h1, sections) : null;
  if (stated.title === undefined && titleTag) {
    // The whole `<title>` read by the title's rule (headline.ts): Readability's title keeps all
    // but one name beside the headline ("Headline | Harbour Affairs" of "… | Brackwater Voice").
    const bare = withoutSiteName(titleTag, { h1, site: stated.outlet });
    if (bare !== titleTag) stated.title = bare;
  }
  if (parsed?.title && stated.title === undefined) stated.title = oneLine(parsed.title);
  if (stated.title !== undefined)
    stated.title = withoutSiteName(stated.title, { h1, site: stated.outlet });
  const bylineLines = parsed?.byline ? linesOfByline(parsed.byline, page) : [];
  if (stated.author === undefined && parsed?.byline && !isLink(parsed.byline)) {
    // A line break in the byline element ends the name: "By Ana Ruiz<br>Staff reporter".
    const line = bylineLines[0] ?? oneLine(parsed.byline) ?? '';
    // The element the page marks as its byline may hold a whole metadata line ("Priya Nandra ·
    // Coastline FM News · Friday 12 September 2025, 9:30am"): its fields, never the line as a name.
    const fields = parseMetadataLine(line, { underHeadline: true });
    // A personal name there beside the publication date ("Kate Morrow | Published: 17 July
    // 2026 | Print edition") is the author: the page marks the element as its byline.
    const author =
      fields === null ? authorOfByline(line) : (fields.author ?? fields.unexplained ?? null);
    if (author) stated.author = author;
    if (fields) {
      stated.outlet ??= publisherOf(fields.outlet);
      stated.published ??= fields.published ?? undefined;
    }
  }
  // "By Ana Ruiz · 3 December 2025 · Updated …": the page's first byline states its author,
  // outlet and date where no tag (nor Readability) does (later ones may be other articles' teasers).
  const firstByline = page
    .map((block) => blockKey(block.text))
    .find((line) => parseByline(line) !== null);
  const byline = firstByline === undefined ? null : parseByline(firstByline);
  if (byline) {
    stated.published ??= byline.date ?? undefined;
    stated.author ??= byline.author;
    stated.outlet ??= publisherOf(byline.outlet);
  }
  const bodyRead = parsed?.content ? blocksAndRules(parsed.content) : pageRead;
  // A note to readers under the body's last rule ("Got a story? Email …": closing-note.ts).
  const noteStart = closingNoteBlock(bodyRead);
  const noteBlocks = bodyRead.blocks.slice(noteStart);
  // A release's note (a page headed as one) is read as its notes: what each states before its
  // call stays, a paragraph of its own (release-notes.ts).
  const notes =
    noteBlocks.length > 0 && hasReleaseHeading(page.flatMap((block) => block.text.split('\n')))
      ? readNoteBlocks(noteBlocks.map((block) => block.text))
      : null;
  const body: HtmlBlock[] = [
    ...bodyRead.blocks.slice(0, noteStart),
    ...(notes?.kept ?? []).map((text): HtmlBlock => ({ text, level: null, caption: false })),
  ];
  const note = new Set(noteBlocks.map((block) => blockKey(block.text)));
  // The title set as the heading opening the article body (Readability keeps an `<h1>` there
  // when nothing stands above it, as in a Word document's): metadata, not a statement of the
  // article, left out of the text as when it stands outside the body.
  const opening = body.find((block) => !block.caption);
  const isTitle = (block: HtmlBlock) =>
    block === opening && block.level !== null && blockKey(block.text) === stated.title;
  const kept = body.filter(
    (block) => !block.caption && !isTitle(block) && !menus.has(blockKey(block.text)),
  );
  const keptKeys = new Set(kept.map((block) => blockKey(block.text)));
  const inBody = (block: HtmlBlock) => keptKeys.has(blockKey(block.text));
  const dateline = datelineBesideHeadline(page, h1, inBody);
  stated.published ??= dateline ?? undefined;
  const dropped = page
    // A release's notes list their own dropped lines (the call alone, not its whole block).
    .filter((block) => !inBody(block) && !(notes !== null && note.has(blockKey(block.text))))
    .map((block): DroppedLine => ({
      line: blockKey(block.text),
      reason: block.caption
        ? 'photo caption'
        : note.has(blockKey(block.text))
          ? 'note to readers'
          : dateline !== null && parseDateline(block.text) === dateline
            ? 'dateline'
            : blockKey(block.text) === stated.title
              ? 'headline (the title)'
              : blockKey(block.text) === oneLine(parsed?.byline) ||
                  blockKey(block.text) === firstByline ||
                  (bylineLines.length > 0 &&
                    blockKey(block.text) === blockKey(bylineLines.join(' ')))
                ? 'byline'
                : 'outside the article body',
    }));
  // A page cut off mid-text (cut-off-html.ts): its last words are a fragment, not a sentence
  // the article states, so they are left out (load.ts reports the file as cut off).
  // The page's blocks above were matched with the whole block, which the page holds.
  const cut = scan.openAtEnd.length > 0 ? kept.at(-1) : undefined;
  const fragment = cut === undefined ? null : cutOffFragment(cut.text);
  if (cut !== undefined && fragment !== null) {
    if (fragment.kept.length > 0) kept[kept.length - 1] = { ...cut, text: fragment.kept };
    else kept.pop();
  }
  // A news agency the byline credits where the publisher's name may stand: the outlet is
  // unknown, not unstated.
  const agency = byline?.outlet ?? null;
  const cutOff = cutOffProblem(scan.openAtEnd);
  const items = listItemTexts(kept);
  if (stated.outlet === undefined && (candidate ?? agency) !== null)
    stated.outletCandidate = candidate ?? agency ?? undefined;
  return {
    text: kept.map((block) => block.text).join('\n\n'),
    stated,
    dropped: [
      ...(reader?.dropped ?? []),
      ...dropped,
      ...(notes?.dropped ?? []),
      ...(fragment === null || fragment.fragment.length === 0
        ? []
        : [
            {
              line: blockKey(fragment.fragment),
              reason: 'cut off at the end of the file' as const,
            },
          ]),
    ],
    ...(cutOff === null ? {} : { problems: [cutOff] }),
    context: {
      // Readability may leave out a block inside a paragraph (an advertisement's slot): the
      // page's whole body is what the paragraph is aligned against (omissions.ts).
      source: page.map((block) => block.text).join('\n\n'),
      ...(sections.length === 0 ? {} : { sections }),
      ...(items.length === 0 ? {} : { listItems: items }),
      ...(evidence.names.length === 0 ? {} : { siteNames: evidence.names }),
      // The page's foot, which Readability leaves out, states who publishes it (clean.ts).
      ...(evidence.holders?.length ? { footerHolders: evidence.holders } : {}),
    },
  };
}
