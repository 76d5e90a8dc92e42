/**
 * The fields of a file's metadata as key and value lines (`title: …`, `author: …`): Markdown's
 * front matter (markdown.ts) and a metadata block at the top of a plain-text or Markdown file
 * (metadata-block.ts). One reading of keys for both: which key names the title, the author, the
 * outlet, the publication date and the address.
 */
import { parseByline } from './byline.js';
import { isCapitalisedWords } from './credit-fields.js';
import { isNewsAgency } from './news-agency.js';
import { MAX_UNREAD_DATE } from './extraction.js';
import { statedDate, statedUrl, type StatedMeta } from './stated.js';

/**
 * A field's line: a key of letters (and `_`, `-`; up to three words, as a news database writes
 * "WORD COUNT:" or "PUBLICATION TYPE:"), a colon, the value.
 */
export const FIELD = /^([A-Za-z][A-Za-z_-]*(?: [A-Za-z][A-Za-z_-]*){0,2})\s*:\s*(.*?)\s*$/;

/**
 * A front-matter key as compared here: lower case, without `_`, `-` or spaces, so that the
 * spellings exporters use for one key (`site_name`, `siteName`, `date_published`,
 * `datePublished`, "WORD COUNT", `wordcount`) are one.
 */
const keyOf = (key: string) => key.toLowerCase().replace(/[_\s-]/g, '');

/**
 * Keys naming the outlet: `outlet`, schema.org's `publisher`, Open Graph's `site_name`, the
 * `siteName` read-later apps (Omnivore, Readwise and the like) write for the saved page's site,
 * and `site`, the key web clippers write it under (Obsidian Web Clipper's `{{site}}` variable,
 * "site name or publisher"; ClipMark's front matter). A `site` that is an address
 * (`site: https://…`) names where the page is, not its outlet's name: not read.
 */
const OUTLET_KEYS = new Set(['outlet', 'sitename', 'publisher', 'publication', 'site']);
const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * Keys naming the publication date as such: `published`, schema.org's `datePublished`, and the
 * forms read-later exports write (`date_published`, `published_at`, `publish_date`, `pubDate`).
 * They win over a bare `date` (a static-site generator's publication date) whatever their order.
 * A read-later app's `date_saved` / `dateSaved` / `markupat` is when the reader saved the page,
 * never the article's date: no such key is read.
 */
const PUBLISHED_KEYS = new Set([
  'published',
  'datepublished',
  'publishedat',
  'publisheddate',
  'publishdate',
  'publicationdate',
  'pubdate',
]);

/**
 * The outlet a byline field names as the publisher: none when it names a news agency, which
 * wrote the story, not necessarily the file's publisher (news-agency.ts).
 */
const publisherOf = (outlet: string | undefined) =>
  outlet === undefined || isNewsAgency(outlet) ? undefined : outlet;

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** A YAML block list's item: `  - "[[Tom Hendry]]"`. */
const LIST_ITEM = /^\s+-\s+(.*?)\s*$/;
/**
 * A wiki link, `[[Tom Hendry]]` or `[[People/Tom Hendry|Tom Hendry]]`: the form Obsidian's Web
 * Clipper writes a clipped page's author in (its default template's `author` property); the
 * text shown is the alias after `|`, else the target.
 */
const WIKI_LINK = /^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/;

/** A field's value as the reader means it: unquoted, a wiki link's text. */
const valueOf = (raw: string) => {
  const value = unquote(raw);
  return WIKI_LINK.exec(value)?.[1]?.trim() ?? value;
};

/**
 * A byline field's value read as a byline: as stated ("By Ana Ruiz, Velmora Press Agency"), or
 * with the "By" a news database leaves out ("BYLINE: Fiona Reyes, Local Democracy Reporter" in a
 * LexisNexis export), so that a role or an outlet after the name's comma is no part of the name
 * (byline.ts); null when it reads as no byline.
 */
const bylineOf = (value: string) => parseByline(value) ?? parseByline(`By ${value}`);

/**
 * The fields of front matter as key and value, a block list's items (`author:` then
 * `  - "A"`, `  - "B"`) joined by ", " as one value; an inline list (`[A, B]`) likewise.
 */
function fieldsOf(fields: string): [string, string][] {
  const read: { key: string; values: string[]; block: boolean }[] = [];
  for (const line of fields.split('\n')) {
    const item = LIST_ITEM.exec(line);
    const last = read[read.length - 1];
    if (item?.[1] !== undefined) {
      if (last?.block) last.values.push(valueOf(item[1]));
      continue;
    }
    const match = FIELD.exec(line);
    if (!match?.[1]) continue;
    const raw = match[2] ?? '';
    const inline = WIKI_LINK.test(unquote(raw)) ? null : /^\[(.*)\]$/.exec(raw);
    const values = inline?.[1] !== undefined ? inline[1].split(',').map(valueOf) : [valueOf(raw)];
    read.push({
      key: match[1],
      values: values.filter((value) => value.length > 0),
      block: raw === '',
    });
  }
  return read.map(({ key, values }) => [key, values.filter((v) => v.length > 0).join(', ')]);
}

/**
 * Keys naming the title: `title`, and the headline as wire services and news databases name it
 * (the IPTC-NAA Information Interchange Model's "Headline" dataset, 2#105; a LexisNexis
 * export's "HEADLINE:"; `hed`, the newsroom's spelling of it).
 */
const TITLE_KEYS = new Set(['title', 'headline', 'hed']);
/**
 * Keys naming the author: `author`, and the byline (the IIM's "By-line", 2#080; a LexisNexis
 * export's "BYLINE:"; `by`), whose value may be a whole byline ("By Ana Ruiz, Velmora Press
 * Agency": read by byline.ts, the name as the author).
 */
const AUTHOR_KEYS = new Set(['author', 'byline', 'by']);
/**
 * Keys naming who supplied the story (the IIM's "Credit", 2#110: the provider, a wire service;
 * `agency`): its outlet when no outlet key names one, as a `source` in capitalised words is.
 */
const SUPPLIER_KEYS = new Set(['source', 'agency', 'credit']);
/**
 * A news database's `dateline` (LexisNexis: "DATELINE: LONDON") names where the story was filed;
 * some exports give the date there instead. Read as the date only when it is one, never unread.
 */
const DATELINE_KEY = 'dateline';

/** Keys {@link statedFields} reads other than the title's, author's, outlet's and publication date's. */
const OTHER_KEYS = new Set(['date', 'url', 'canonical', DATELINE_KEY, ...SUPPLIER_KEYS]);

/** True for a key {@link statedFields} reads ("Title", "date_published", "Source", "BYLINE"). */
export function isStatedKey(name: string): boolean {
  const key = keyOf(name);
  return (
    TITLE_KEYS.has(key) ||
    AUTHOR_KEYS.has(key) ||
    OTHER_KEYS.has(key) ||
    OUTLET_KEYS.has(key) ||
    PUBLISHED_KEYS.has(key)
  );
}

/**
 * Keys a wire service's or a news database's header gives that state nothing read here: the
 * slug and keywords (the AP's filing guidelines' "slug"; the IIM's "Keywords" 2#025,
 * "Category" 2#015, "Urgency" 2#010, "Edition"), the length ("WORDS", "LENGTH: 612 words" in a
 * LexisNexis export, "WORD COUNT"; Factiva's "WC"), and a database's own fields (LexisNexis's
 * "SECTION", "LOAD-DATE": when the database loaded it, never the publication date; "LANGUAGE",
 * "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE", "GRAPHIC"; "HIGHLIGHT", the story's
 * summary or standfirst the database sets apart from its text). A line of one is a header's,
 * no part of the story (metadata-block.ts).
 */
const HEADER_ONLY_KEYS = new Set([
  'slug',
  'keyword',
  'keywords',
  'category',
  'priority',
  'urgency',
  'edition',
  'section',
  'page',
  'words',
  'wordcount',
  'wc',
  'length',
  'loaddate',
  'language',
  'publicationtype',
  'documenttype',
  'journalcode',
  'graphic',
  'highlight',
  'copyright',
  'rights',
]);

/** True for a key of a header ({@link isStatedKey}, or one stating nothing read: "SLUG", "WORDS"). */
export function isHeaderKey(name: string): boolean {
  return isStatedKey(name) || HEADER_ONLY_KEYS.has(keyOf(name));
}

/** True for a key of a header that states nothing read ("LOAD-DATE", "LANGUAGE", "WORDS"). */
export function isHeaderOnlyKey(name: string): boolean {
  return HEADER_ONLY_KEYS.has(keyOf(name));
}

/**
 * True for a key that, with no value, marks where a news database's story text begins: a
 * LexisNexis export's "BODY:", set between the story's fields and its text.
 */
export function isTextStartKey(name: string): boolean {
  return keyOf(name) === 'body';
}

/**
 * The metadata a file's front matter states: the title ({@link TITLE_KEYS}); the author
 * ({@link AUTHOR_KEYS}; a byline's name, and its outlet when no key names one and it is no news
 * agency's); the outlet ({@link OUTLET_KEYS}); the publication date ({@link PUBLISHED_KEYS},
 * else `date`, else a `dateline` that is a date); `url` (or `canonical`, else a web clipper's
 * `source`), absolute http(s) only. A supplier's key ({@link SUPPLIER_KEYS}) that is a name in
 * capitalised words ("Source: Oxcombe Echo", as news archives and exports write the
 * publication) is the outlet when no outlet key names one. A list's items are one
 * value, joined by ", "; a wiki link (`[[Tom Hendry]]`) is its text. Keys are read in any case, with `_` or `-` or neither
 * ({@link keyOf}); any other key is not read.
 */
export function statedFields(fields: string): StatedMeta {
  return statedOfPairs(fieldsOf(fields));
}

/**
 * A field's value as parsed YAML gives it, as {@link statedFields} reads a line's: a scalar
 * as text, a list's items (nested lists flattened: `[[Tom Hendry]]` unquoted is one) joined by
 * ", ", a wiki link's text; a mapping or null states nothing ('').
 */
function yamlValue(value: unknown): string {
  const items = (Array.isArray(value) ? value.flat(Infinity) : [value]) as unknown[];
  return items
    .map((item) =>
      typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean'
        ? valueOf(String(item))
        : '',
    )
    .filter((item) => item.length > 0)
    .join(', ');
}

/**
 * The metadata YAML front matter states, parsed (yaml-front-matter.ts): its top-level keys read
 * as {@link statedFields} reads a block's lines.
 */
export function statedOfYaml(fields: Readonly<Record<string, unknown>>): StatedMeta {
  return statedOfPairs(Object.entries(fields).map(([key, value]) => [key, yamlValue(value)]));
}

/**
 * The outlet a byline field of `fields` names ("BYLINE: By Ana Ruiz, Velmora Press Agency" gives
 * "Velmora Press Agency"), news agency or not; undefined when none does. What the byline credits,
 * for a header's reader to confirm its other statements by (metadata-block.ts).
 */
export function bylineOutlet(fields: string): string | undefined {
  for (const [name, value] of fieldsOf(fields))
    if (AUTHOR_KEYS.has(keyOf(name))) return bylineOf(value)?.outlet ?? undefined;
  return undefined;
}

/** True for a key naming the publication date ({@link PUBLISHED_KEYS}, or `date`). */
export function isDateKey(name: string): boolean {
  const key = keyOf(name);
  return key === 'date' || PUBLISHED_KEYS.has(key);
}

function statedOfPairs(pairs: readonly (readonly [string, string])[]): StatedMeta {
  const stated: StatedMeta = {};
  let published: string | undefined;
  let dated: string | undefined;
  // The first date field's text that no rule reads ("around midsummer 2025"): stated, unread.
  let unread: string | undefined;
  // A web clipper's `source` (Obsidian's Web Clipper): the clipped page's address, when absolute.
  let source: string | undefined;
  let sourceName: string | undefined;
  // The outlet a byline field names ("By Ana Ruiz, Kestrel Courier").
  let credited: string | undefined;
  for (const [name, value] of pairs) {
    const key = keyOf(name);
    if (value.length === 0) continue;
    if (TITLE_KEYS.has(key)) stated.title = value;
    else if (AUTHOR_KEYS.has(key)) {
      const byline = bylineOf(value);
      stated.author = byline?.author ?? value;
      if (byline?.outlet) credited = byline.outlet;
    } else if (OUTLET_KEYS.has(key)) {
      if (!(key === 'site' && ADDRESS.test(value))) stated.outlet = value;
    } else if (key === DATELINE_KEY) {
      dated ??= statedDate(value);
    } else if (PUBLISHED_KEYS.has(key) || key === 'date') {
      const date = statedDate(value);
      if (date === undefined) unread ??= unreadDate(value);
      else if (key === 'date') dated = date;
      else published = date;
    } else if (key === 'url' || key === 'canonical') {
      const url = statedUrl(value);
      if (url) stated.url = url;
    } else if (SUPPLIER_KEYS.has(key)) {
      const url = statedUrl(value);
      if (url !== undefined) source = url;
      else if (!ADDRESS.test(value) && isCapitalisedWords(value)) sourceName ??= value;
    }
  }
  stated.outlet ??= sourceName ?? publisherOf(credited);
  const date = published ?? dated;
  if (date) stated.published = date;
  else if (unread) stated.publishedUnread = unread;
  if (stated.url === undefined && source !== undefined) stated.url = source;
  return stated;
}

/**
 * The text of a date field no rule reads, as StatedMeta.publishedUnread keeps it: whitespace
 * collapsed, cut to {@link MAX_UNREAD_DATE} characters; undefined when nothing is left.
 */
function unreadDate(value: string): string | undefined {
  const text = value.replace(/\s+/gu, ' ').trim().slice(0, MAX_UNREAD_DATE).trim();
  return text.length > 0 ? text : undefined;
}
