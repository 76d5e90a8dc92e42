/**
 * Loading a corpus folder: read and decode the files, extract each article's text by format,
 * clean it, attach its metadata and split it into sentences.
 */
import { unreadHeaderOf } from './unread-header.js';
import { inCorpusCase } from './stated-case.js';
import { unreadTimeStamp } from './unread-stamp.js';
import { silentLogger, type Logger } from '../log.js';
import { parseAliases } from './aliases-file.js';
import { authorAndOutlet } from './byline.js';
import { authorNotPlace } from './dateline-place.js';
import { cleanArticle } from './clean.js';
import { datelineDay, filedDay, wireDatelineDate } from './dateline-day.js';
import { outletOfInstitution } from './credit-fields.js';
import { ArticleError, CorpusError, describeProblem, type CorpusProblem } from './errors.js';
import { extractArticle } from './extract.js';
import { extractFeedItem } from './feed-item.js';
import type {
  DroppedLine,
  Extraction,
  PackageSending,
  PageContext,
  StatedMeta,
} from './extraction.js';
import { ARTICLE_EXTENSIONS, isPackaged } from './formats.js';
import { sendingNote, withSendingUnknown } from './sending-unknown.js';
import { METADATA_FILE, readCorpusFiles, type ArticleFile, type CorpusFiles } from './files.js';
import { generateIds, idFromFile } from './ids.js';
import { readMetadata, type MetadataEntry } from './metadata.js';
import { mailingOutlet } from './mailing-outlet.js';
import { isOwnMailing } from './own-mailing.js';
import { mastheadOutsideBody } from './newsletter-masthead.js';
import { sameOutlet } from './outlet-names.js';
import { pageLinesOf } from './page-lines.js';
import { WordPacker, type PackedWords } from '../text/tagged-words.js';
import { segmentParagraphs, type WordSink } from './segment.js';
import { unpackArticles } from './unpack.js';
import { NULLABLE_META_FIELDS } from '../types/quote.js';
import type { ArticleMeta, CleanArticle, Corpus, Paragraph, Sentence } from './types.js';
import { counted } from '../text/plural.js';
import { wrongDecodingSigns } from './plausibility.js';
import { linkListProblem } from './other-formats.js';
import { withoutControls } from '../text/controls.js';
import { sentenceKind } from './sentence-kind.js';
import { copyKey, copyProblem } from './duplicate-text.js';

/** A corpus with the alias groups its folder provides. */
export interface LoadedCorpus extends Corpus {
  /** Alias groups from `aliases.json` (empty when the folder has none). */
  aliases: string[][];
}

/** How one article file was read: its encoding and the lines that did not reach its text. */
export interface ArticleReport {
  file: string;
  encoding: string;
  /** True when the encoding was detected, not stated: a guess. */
  encodingDetected?: boolean;
  dropped: DroppedLine[];
  /** Characters of terminal control codes removed at ingest (0 for most files). */
  controls: number;
  /**
   * The article's stated publication date that no rule reads (ArticleMeta.publishedUnread),
   * when no other problem of the file names it (a YAML front matter's is one): `validate` warns.
   */
  dateUnread?: string;
  /**
   * The start of a paragraph at the top that reads as a header of "Key: value" fields no rule
   * read (unread-header.ts): `validate` warns.
   */
  unreadHeader?: string;
  /** The file read before this one with the same text and metadata (duplicate-text.ts). */
  copyOf?: string;
  /**
   * The title when it was taken from the text's first heading (clean.ts), no field stating one
   * (`articles.json`, front matter, a header's key, an HTML page's `og:title` or `<h1>`): a
   * reading, not a statement, so `validate` shows it to be checked.
   */
  titleFromText?: string;
}

/** What {@link inspectCorpus} found: the corpus and every problem an administrator should fix. */
export interface CorpusInspection {
  corpus: LoadedCorpus;
  /** Problems that make the corpus invalid, each naming the file: the `validate` command fails on them. */
  problems: CorpusProblem[];
  /** One report per article file read, in file order. */
  reports: ArticleReport[];
  /** The problems among `problems` that stop a load (malformed metadata, clashing ids). */
  fatal: CorpusProblem[];
  /**
   * Facts that are not problems, for `validate --verbose`: each article that `articles.json`
   * has no entry for (its metadata is read from the file itself, as with no `articles.json`).
   */
  notes: CorpusProblem[];
}

/**
 * What reading one article file gives, from its format and text alone: the metadata it
 * states, its cleaned text and paragraphs, its sentences and the lines cleaning dropped. The
 * same file always gives the same analysis, so a build may reuse one (see {@link LoadOptions.analyse}).
 */
export interface ArticleAnalysis {
  stated: StatedMeta;
  /**
   * What cleaning read near the top: the headline, the dateline's date, the byline's author
   * and the outlet a metadata line names.
   */
  headline: string | null;
  dateline: string | null;
  /** The dateline's day and month when it states no year (clean.ts CleanedText). */
  datelineMonthDay: string | null;
  /** The weekday a dateline names alone, 0 (Sunday) to 6 (clean.ts CleanedText); else null. */
  datelineWeekday: number | null;
  author: string | null;
  outlet: string | null;
  text: string;
  paragraphs: Paragraph[];
  /** Sentences, in text order: offsets into `text` and the paragraph holding each. */
  sentences: Array<{ paragraph: number; start: number; end: number }>;
  dropped: DroppedLine[];
  /** Characters of terminal control codes removed from the text, metadata and page lines. */
  controls: number;
  /** Who sent the file's package and when (Extraction.packageSending); absent: neither. */
  packageSending?: PackageSending;
  /**
   * What is wrong with the file though it is read (Extraction.problems: a page cut off, front
   * matter that is no YAML), each a sentence to follow its name; empty for most files.
   */
  problems: string[];
}

/**
 * An extraction with terminal control codes removed from every string a reader may see (text,
 * stated metadata, dropped lines), and how many characters went. Removed after extraction, not
 * from the raw file, because an HTML page can write them as character references (`&#27;`).
 */
function withoutControlCodes(extraction: Extraction): { extraction: Extraction; controls: number } {
  let controls = 0;
  const clean = (value: string) => {
    const kept = withoutControls(value);
    controls += value.length - kept.length;
    return kept;
  };
  const stated: StatedMeta = {};
  for (const [key, value] of Object.entries(extraction.stated) as Array<
    [keyof StatedMeta, string | undefined]
  >)
    if (value !== undefined) stated[key] = clean(value);
  const packageTitle =
    extraction.packageTitle === undefined ? undefined : clean(extraction.packageTitle);
  // The sender's name may become the outlet shown (newsletter-masthead.ts).
  const cleanContext = ({
    sender,
    forwarded,
    sections,
    siteNames,
    footerHolders,
    listItems,
    source,
  }: PageContext): PageContext => ({
    // Read for its gaps only, never shown: its control codes are not counted again.
    ...(source === undefined ? {} : { source: withoutControls(source) }),
    ...(listItems === undefined ? {} : { listItems: listItems.map(clean) }),
    ...(sender === undefined ? {} : { sender: clean(sender) }),
    ...(forwarded === undefined ? {} : { forwarded }),
    ...(sections === undefined ? {} : { sections: sections.map(clean) }),
    ...(siteNames === undefined ? {} : { siteNames: siteNames.map(clean) }),
    ...(footerHolders === undefined ? {} : { footerHolders: footerHolders.map(clean) }),
  });
  return {
    extraction: {
      text: clean(extraction.text),
      stated,
      dropped: extraction.dropped.map((dropped) => ({ ...dropped, line: clean(dropped.line) })),
      ...(packageTitle ? { packageTitle } : {}),
      ...(extraction.packageDate === undefined ? {} : { packageDate: extraction.packageDate }),
      ...(extraction.packageSentDate === undefined
        ? {}
        : { packageSentDate: extraction.packageSentDate }),
      ...(extraction.packageSending === undefined
        ? {}
        : { packageSending: extraction.packageSending }),
      ...(extraction.context === undefined ? {} : { context: cleanContext(extraction.context) }),
      ...(extraction.problems === undefined ? {} : { problems: extraction.problems }),
    },
    controls,
  };
}

/**
 * The extraction of an article file by its format; for a packaged one, of the article it was
 * unpacked to, with what the package states filling only what the article leaves unstated
 * (its title and date, only what cleaning finds none of either: analyseArticle).
 * Throws an Error for a packaged file that was not unpacked (see unpack.ts unpackArticles).
 */
function extractionOf(article: ReadableArticle): Extraction {
  if (article.format === 'feed-item') return extractFeedItem(article);
  if (!isPackaged(article.format)) return extractArticle(article.raw, article.format);
  const { unpacked } = article;
  if (unpacked === undefined)
    throw new Error(`corpus: ${article.file} was not unpacked before it was read`);
  const extraction = extractArticle(unpacked.text, unpacked.format);
  const { title, published, ...stated } = unpacked.stated;
  return {
    ...extraction,
    dropped: [...(unpacked.dropped ?? []), ...extraction.dropped],
    stated: { ...stated, ...extraction.stated },
    ...(title === undefined ? {} : { packageTitle: title }),
    ...(published === undefined ? {} : { packageDate: published }),
    ...(unpacked.sentDate === undefined ? {} : { packageSentDate: unpacked.sentDate }),
    ...(unpacked.sending === undefined ? {} : { packageSending: unpacked.sending }),
    context: { ...unpacked.context, ...extraction.context },
  };
}

/** What analysing an article file reads of it. */
export type ReadableArticle = Pick<ArticleFile, 'file' | 'format' | 'raw' | 'unpacked'>;

/**
 * Extracts, cleans and segments one article file: the costly part of loading a corpus. A
 * packaged file must have been unpacked (see unpack.ts); otherwise this throws an Error.
 */
export function analyseArticle(article: ReadableArticle): ArticleAnalysis {
  return segmentedAnalysis(article);
}

/**
 * {@link analyseArticle}, and the parts of speech of its words, in order, read by the same
 * wink-nlp read of each paragraph that segmented it (segment.ts `segmentParagraphs`): what a
 * build tags each sentence with (search/article-events.ts). Headings are not read (each is one
 * sentence), so their words are not among them; an article without body text has none.
 */
export function analyseArticleTagged(article: ReadableArticle): {
  analysis: ArticleAnalysis;
  words: PackedWords;
} {
  const packer = new WordPacker();
  const analysis = segmentedAnalysis(article, packer.add);
  return { analysis, words: packer.pack() };
}

function segmentedAnalysis(article: ReadableArticle, words?: WordSink): ArticleAnalysis {
  const { extraction, controls } = withoutControlCodes(extractionOf(article));
  const { packageTitle } = extraction;
  const cleaned = cleanArticle(extraction.text, {
    ...extraction.context,
    ...(packageTitle === undefined ? {} : { packageTitle }),
  });
  const body = cleaned.paragraphs.some((paragraph) => paragraph.kind === 'body');
  // A package's title (an e-mail's subject) names the message; the article's own headline,
  // stated or read, comes first.
  const titled =
    extraction.packageTitle !== undefined &&
    extraction.stated.title === undefined &&
    cleaned.headline === null
      ? { ...extraction.stated, title: extraction.packageTitle }
      : extraction.stated;
  const sender = extraction.context?.sender;
  const forwarded = cleaned.dropped.some(({ reason }) => reason === 'forwarded message header');
  const ownMailing =
    sender !== undefined &&
    extraction.context?.forwarded !== true &&
    isOwnMailing([...extraction.dropped, ...cleaned.dropped], sender);
  // A package's date (a list message's sending, or the sender's own mailing's: own-mailing.ts)
  // after the article's own, stated or a dateline; a forwarded message's is when it was forwarded.
  const packageDate =
    extraction.packageDate ?? (ownMailing ? extraction.packageSentDate : undefined);
  const dated =
    packageDate !== undefined &&
    titled.published === undefined &&
    cleaned.dateline === null &&
    !forwarded
      ? { ...titled, published: packageDate }
      : titled;
  // An unconfirmed name in the text (a masthead) as in the page's head (a `<title>`'s site name).
  const candidate =
    cleaned.outletCandidate !== undefined && dated.outletCandidate === undefined
      ? { ...dated, outletCandidate: cleaned.outletCandidate }
      : dated;
  // A time stamp the page states in a form no rule reads ("Posted: 05/08/2026"): stated, so the
  // date is unknown, not unstated.
  const unreadStamp =
    candidate.published === undefined &&
    candidate.publishedUnread === undefined &&
    cleaned.dateline === null &&
    cleaned.datelineMonthDay === null
      ? unreadTimeStamp(cleaned.dropped)
      : undefined;
  const stated =
    unreadStamp === undefined ? candidate : { ...candidate, publishedUnread: unreadStamp };
  const outside =
    sender === undefined || cleaned.outlet !== null
      ? null
      : mastheadOutsideBody(extraction.dropped, sender);
  // A newsletter's footer or sender stating its publication, where no line of its own does.
  const mailed =
    outside !== null || cleaned.outlet !== null
      ? null
      : mailingOutlet([...extraction.dropped, ...cleaned.dropped], sender, forwarded, ownMailing);
  return {
    stated,
    headline: cleaned.headline,
    dateline: cleaned.dateline,
    datelineMonthDay: cleaned.datelineMonthDay,
    datelineWeekday: cleaned.datelineWeekday,
    author: cleaned.author,
    outlet: outside?.outlet ?? cleaned.outlet ?? mailed,
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    // An article without body text is skipped, so its sentences are never needed.
    sentences: body ? segmentParagraphs(cleaned.text, cleaned.paragraphs, words) : [],
    dropped: [...(outside?.dropped ?? extraction.dropped), ...cleaned.dropped],
    controls,
    ...(extraction.packageSending === undefined
      ? {}
      : { packageSending: extraction.packageSending }),
    problems: extraction.problems ?? [],
  };
}

/** Options of {@link loadCorpus}. */
export interface LoadOptions {
  logger?: Logger;
  /** Called after each article is cleaned and segmented. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Analyses one article file; default {@link analyseArticle}. A rebuild passes one that
   * reuses the analysis of files it has seen before.
   */
  analyse?: (file: ArticleFile) => ArticleAnalysis;
}

/** Problems that stop a load: the index would be wrong, not just incomplete. */
const FATAL = new Set(['duplicate-entry', 'metadata']);

function pick<T>(entry: T | null | undefined, stated: T | undefined, read: T | null): T | null {
  if (entry === null) return null;
  return entry ?? stated ?? read;
}

function metaFor(
  file: string,
  id: string,
  entry: MetadataEntry | undefined,
  stated: StatedMeta,
  cleaned: Pick<
    ArticleAnalysis,
    | 'headline'
    | 'dateline'
    | 'datelineMonthDay'
    | 'datelineWeekday'
    | 'author'
    | 'outlet'
    | 'dropped'
  >,
): ArticleMeta {
  // Recorded here, where articles.json is read, and saved with the article in the index.
  const nulls = NULLABLE_META_FIELDS.filter((field) => entry?.[field] === null);
  const published = pick(entry?.published, stated.published, cleaned.dateline);
  // A yearless day only where nothing gives the date and articles.json does not withhold it.
  const monthDay =
    published === null && entry?.published === undefined ? cleaned.datelineMonthDay : null;
  // A date stated in a form no rule reads ("date: around midsummer 2025"), where nothing else
  // gives one: stated, so not "not stated"; shown as written and never read as a date.
  // The day the story speaks from, where its dateline names a weekday before publication, or a
  // date a time zone or a few days apart from it (dateline-day.ts).
  const spokenFrom =
    datelineDay(published, cleaned.datelineWeekday) ??
    filedDay(published, wireDatelineDate(cleaned.dropped, cleaned.datelineMonthDay));
  const unread =
    published === null && entry?.published === undefined && monthDay === null
      ? stated.publishedUnread
      : undefined;
  return {
    id,
    file,
    // An unknown title is the empty string: front ends show the article as untitled.
    title: pick(entry?.title, stated.title, cleaned.headline) ?? '',
    outlet: pick(entry?.outlet, stated.outlet, cleaned.outlet),
    published,
    ...(monthDay === null ? {} : { publishedMonthDay: monthDay }),
    ...(unread === undefined ? {} : { publishedUnread: unread }),
    ...(spokenFrom === null ? {} : { datelineDay: spokenFrom }),
    url: pick(entry?.url, stated.url, null),
    // A dateline's place set where a byline stands is no author (dateline-place.ts).
    author: pick(
      entry?.author,
      authorNotPlace(stated.author, cleaned.dropped),
      authorNotPlace(cleaned.author, cleaned.dropped) ?? null,
    ),
    ...(nulls.length > 0 ? { nullInArticlesJson: nulls } : {}),
  };
}

/**
 * The metadata of an article with an author read from its page that ends in an outlet's name
 * ("Ana Ruiz, Westmarch Lantern"; byline.ts): the author alone, and that outlet as the outlet when
 * none is stated. The outlet must be known as one: the article's own, or one the corpus states
 * (in `articles.json` or an article's lines). What `articles.json` states is kept as it is.
 */
function withoutOutletInAuthor(
  meta: ArticleMeta,
  entry: MetadataEntry | undefined,
  knownOutlets: ReadonlySet<string>,
): ArticleMeta {
  if (entry?.author !== undefined || meta.author === null) return meta;
  const outlets = meta.outlet === null ? knownOutlets : [meta.outlet, ...knownOutlets];
  const { author, outlet } = authorAndOutlet(meta.author, outlets);
  if (outlet === null) return meta;
  return {
    ...meta,
    author,
    outlet: entry?.outlet === undefined ? (meta.outlet ?? outlet) : meta.outlet,
  };
}

/**
 * The metadata of an article whose author is an outlet's body ("the Northmoor Ledger editorial
 * board": credit-fields.ts outletOfInstitution), with that outlet as its outlet when the article
 * and `articles.json` state none; a stated outlet, or one `articles.json` sets to null, is kept.
 */
function withInstitutionOutlet(meta: ArticleMeta, entry: MetadataEntry | undefined): ArticleMeta {
  if (meta.outlet !== null || entry?.outlet !== undefined) return meta;
  const outlet = outletOfInstitution(meta.author);
  return outlet === null ? meta : { ...meta, outlet };
}

/**
 * The metadata of an article whose page sets a name where an outlet's stands that nothing on the
 * page confirms (StatedMeta.outletCandidate: a masthead, a name beside the publication line, a
 * `<title>`'s site name), with that name as its outlet when the corpus names the same outlet elsewhere
 * ({@link sameOutlet}: `articles.json` or another article's lines): a second statement confirms
 * it, as a copyright notice on the page would. The page's spelling is kept unless it is set in
 * capitals only. An outlet stated or read, or one `articles.json` sets, is kept.
 */
function withCorpusOutlet(
  meta: ArticleMeta,
  entry: MetadataEntry | undefined,
  stated: StatedMeta,
  knownOutlets: ReadonlySet<string>,
): ArticleMeta {
  if (meta.outlet !== null || entry?.outlet !== undefined) return meta;
  const name = stated.outletCandidate;
  if (name === undefined) return meta;
  const known = [...knownOutlets].find((outlet) => sameOutlet(outlet, name));
  if (known === undefined) return meta;
  return { ...meta, outlet: /\p{Ll}/u.test(name) ? name : known };
}

interface Problems {
  list: CorpusProblem[];
  fatal: CorpusProblem[];
  add(problem: CorpusProblem, kind?: string): void;
}

function problemList(): Problems {
  const list: CorpusProblem[] = [];
  const fatal: CorpusProblem[] = [];
  return {
    list,
    fatal,
    add(problem, kind) {
      list.push(problem);
      if (kind !== undefined && FATAL.has(kind)) fatal.push(problem);
    },
  };
}

function readEntries(
  files: CorpusFiles,
  problems: Problems,
): { byFile: Map<string, MetadataEntry>; named: Set<string> } {
  const byFile = new Map<string, MetadataEntry>();
  if (files.metadata === null) return { byFile, named: new Set() };
  const report = readMetadata(files.metadata);
  for (const problem of report.problems) problems.add(problem, 'metadata');
  const present = new Set(files.articles.map((article) => article.file));
  const unread = new Set(files.unread.map((problem) => problem.file));
  for (const entry of report.entries) {
    if (byFile.has(entry.file)) {
      problems.add(
        { file: METADATA_FILE, message: `"${entry.file}" has two entries` },
        'duplicate-entry',
      );
    }
    byFile.set(entry.file, entry);
  }
  // Every entry's file, valid or not: an entry with a bad field and no file has both problems
  // listed at once, not the second only once the first is fixed.
  for (const file of report.named)
    if (!present.has(file) && !unread.has(file))
      problems.add({ file: METADATA_FILE, message: `"${file}" names no article file` });
  return { byFile, named: report.named };
}

function assignIds(
  articles: readonly ArticleFile[],
  byFile: ReadonlyMap<string, MetadataEntry>,
  problems: Problems,
): Map<string, string> {
  // Two files stating one id are a problem readMetadata reports (and a fatal one).
  const stated = new Map<string, string>();
  for (const { file } of articles) {
    const id = byFile.get(file)?.id;
    if (id !== undefined) stated.set(file, id);
  }
  const owners = new Map([...stated].map(([file, id]) => [id, file]));
  const generated = generateIds(
    articles.map((article) => article.file).filter((file) => !stated.has(file)),
    new Set(owners.keys()),
  );
  for (const [file, id] of generated) {
    // An id written for one file that is another file's default id moves that file to a
    // hashed id: links and source: choices by its old id would silently reach the wrong
    // article, so it is a problem (not fatal: the ids are still unique).
    const owner = owners.get(idFromFile(file));
    if (owner === undefined) continue;
    problems.add({
      file: METADATA_FILE,
      message: `the id "${idFromFile(file)}" given to "${owner}" is the default id of "${file}", which gets "${id}" instead: give "${file}" an id of its own in articles.json, or "${owner}" another`,
    });
  }
  return new Map([...stated, ...generated]);
}

const REPLACEMENT = /\uFFFD/g;

/**
 * The analysis of one article file, or the problem that leaves it out: a file too large to read
 * in bounded time (ArticleError, html-scan.ts) or one a reader fails on (a stack overflowing on
 * markup nested past any page's) is one file's problem, never the end of the whole load.
 */
function analysed(
  file: ArticleFile,
  analyse: (file: ArticleFile) => ArticleAnalysis,
): ArticleAnalysis | { problem: CorpusProblem } {
  try {
    return analyse(file);
  } catch (error) {
    if (error instanceof ArticleError)
      return { problem: { file: file.file, message: error.message } };
    if (error instanceof CorpusError && error.problem) return { problem: error.problem };
    if (!(error instanceof RangeError)) throw error;
    return {
      problem: {
        file: file.file,
        message: `cannot be read (${error.message}): is it an article? save it again, or move it out of the folder`,
      },
    };
  }
}

/** Why a folder with no article file at all has none: said once, by `validate` or the refusal. */
const NO_ARTICLE_FILES = `holds no articles (${ARTICLE_EXTENSIONS.join(', ')} files, or feeds)`;

/** Whether the folder holds no article file at all, read or not. */
function holdsNoFiles(files: CorpusFiles): boolean {
  return files.articles.length === 0 && files.unread.length === 0;
}

/**
 * Builds a corpus from files already read, collecting every problem instead of stopping at
 * the first, so `validate` can list them all.
 */
export function inspectCorpus(files: CorpusFiles, options: LoadOptions = {}): CorpusInspection {
  const problems = problemList();
  for (const problem of files.unread) problems.add(problem);
  const { byFile, named } = readEntries(files, problems);
  let aliases: string[][] = [];
  try {
    aliases = files.aliases === null ? [] : parseAliases(files.aliases);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    problems.add(
      { file: 'aliases.json', message: error.message.replace(/^corpus: aliases\.json:? ?/, '') },
      'metadata',
    );
  }
  if (holdsNoFiles(files)) problems.add({ file: files.dir, message: NO_ARTICLE_FILES });
  const ids = assignIds(files.articles, byFile, problems);

  const articles: CleanArticle[] = [];
  const sentences: Sentence[] = [];
  const reports: ArticleReport[] = [];
  const notes: CorpusProblem[] = [];
  const analyse = options.analyse ?? analyseArticle;
  // Outlets the corpus states: an author's field may end in one another article states.
  const knownOutlets = new Set<string>();
  for (const entry of byFile.values()) if (entry.outlet) knownOutlets.add(entry.outlet);
  // Per file, a name set where an outlet's stands that no rule confirms (StatedMeta.outletCandidate).
  const candidates = new Map<string, string>();
  const statedByFile = new Map<string, StatedMeta>();
  const sendingByFile = new Map<string, PackageSending>();
  // The first article read with each text: a later file with that text is a copy of it.
  const firstCopies = new Map<string, string>();
  files.articles.forEach((articleFile, index) => {
    const { file, raw, encoding, encodingDetected } = articleFile;
    const entry = byFile.get(file);
    if (files.metadata !== null && !named.has(file)) {
      // Entries are optional per file: a missing one means "read it from the article".
      notes.push({
        file: METADATA_FILE,
        message: `no entry for "${file}": its metadata is read from the file`,
      });
    }
    // A packaged file's text is the article it was unpacked to.
    const text = articleFile.unpacked?.text ?? raw;
    const garbled = text.match(REPLACEMENT)?.length ?? 0;
    if (garbled > 0) {
      problems.add({
        file,
        message: `holds ${counted(garbled, 'U+FFFD replacement character')} (text garbled before it was saved): save the original as UTF-8`,
      });
    }
    if (encodingDetected === true) {
      // A guessed encoding that still reads as no writing ("The ˙ţ ferry Ă( will sail"): every
      // encoding tried explains the bytes worse, so the file is likelier damaged than legacy.
      const signs = wrongDecodingSigns(text);
      if (signs > 0)
        problems.add({
          file,
          message: `is not UTF-8, and no encoding tried reads it as plain writing (the best, ${encoding}, shows ${counted(signs, 'sign')} of a wrong decoding: a symbol inside a word, a word in another script): its quotes may be garbled; save the original as UTF-8`,
        });
    }
    const analysis = analysed(articleFile, analyse);
    if ('problem' in analysis) {
      // Left out, as a file that cannot be decoded is; the others are read.
      problems.add(analysis.problem);
      options.onProgress?.(index + 1, files.articles.length);
      return;
    }
    // What the format's reader found wrong in the same pass (a page cut off, front matter that
    // is no YAML or a date field that is no date): the file is still read.
    for (const message of analysis.problems) problems.add({ file, message });
    const meta = metaFor(file, ids.get(file) ?? file, entry, analysis.stated, analysis);
    // Said once: a Markdown file's problems are its front matter's, which name an unread date.
    const format = articleFile.unpacked?.format ?? articleFile.format;
    const frontProblems = format === 'markdown' && analysis.problems.length > 0;
    // A stated date no rule reads is said even where a dateline's month and day are shown for
    // it: the administrator can still write it so that it is read.
    const dateUnread =
      frontProblems || meta.published !== null
        ? undefined
        : (meta.publishedUnread ?? analysis.stated.publishedUnread);
    const unreadHeader = unreadHeaderOf(analysis.text, analysis.paragraphs);
    const fromText =
      entry?.title === undefined &&
      analysis.stated.title === undefined &&
      meta.title.length > 0 &&
      meta.title === analysis.headline;
    reports.push({
      file,
      encoding,
      encodingDetected,
      dropped: analysis.dropped,
      controls: analysis.controls,
      ...(dateUnread === undefined ? {} : { dateUnread }),
      ...(unreadHeader === null ? {} : { unreadHeader }),
      ...(fromText ? { titleFromText: meta.title } : {}),
    });
    statedByFile.set(file, analysis.stated);
    if (analysis.packageSending !== undefined) sendingByFile.set(file, analysis.packageSending);
    if (analysis.stated.outletCandidate !== undefined)
      candidates.set(file, analysis.stated.outletCandidate);
    for (const outlet of [analysis.stated.outlet, analysis.outlet])
      if (outlet) knownOutlets.add(outlet);
    if (!analysis.paragraphs.some((paragraph) => paragraph.kind === 'body')) {
      problems.add({
        file,
        message:
          text.trim().length === 0
            ? 'is empty'
            : ((articleFile.format === 'html' ? linkListProblem(text) : null) ??
              'has no body text after cleaning'),
      });
      // Not logged here: loadCorpusFromFiles logs every problem once, this one included.
    } else {
      // A second copy is still read (fixtures and folders hold one story in several formats
      // on purpose), but said: validate warns, naming both files, and so does a load.
      const key = copyKey(analysis, meta);
      const first = firstCopies.get(key);
      if (first === undefined) firstCopies.set(key, file);
      else (reports.at(-1) as ArticleReport).copyOf = first;
      const articleIndex = articles.length;
      articles.push({
        meta,
        text: analysis.text,
        paragraphs: analysis.paragraphs,
        page: pageLinesOf(analysis.dropped),
        ...(analysis.headline === null ? {} : { headline: analysis.headline }),
      });
      for (const span of analysis.sentences) {
        const kind = sentenceKind(analysis.paragraphs, span.paragraph);
        sentences.push({
          article: articleIndex,
          paragraph: span.paragraph,
          start: span.start,
          end: span.end,
          kind,
        });
      }
    }
    options.onProgress?.(index + 1, files.articles.length);
  });
  for (const article of articles) {
    const entry = byFile.get(article.meta.file);
    article.meta = withInstitutionOutlet(
      withoutOutletInAuthor(article.meta, entry, knownOutlets),
      entry,
    );
    const stated = statedByFile.get(article.meta.file);
    if (stated !== undefined)
      article.meta = withCorpusOutlet(article.meta, entry, stated, knownOutlets);
    // A name set in capitals, as the corpus spells it in mixed case (stated-case.ts inCorpusCase).
    if (article.meta.outlet !== null && entry?.outlet === undefined)
      article.meta = { ...article.meta, outlet: inCorpusCase(article.meta.outlet, knownOutlets) };
    const candidate = candidates.get(article.meta.file);
    if (candidate !== undefined && article.meta.outlet === null && entry?.outlet === undefined) {
      article.meta.outletUnconfirmed = true;
      notes.push({
        file: article.meta.file,
        message: `its outlet is unknown: "${candidate}" stands where an outlet's name does, but the page confirms it nowhere else (give "outlet" in ${METADATA_FILE})`,
      });
    }
    const sending = sendingByFile.get(article.meta.file);
    if (sending !== undefined) {
      const before = article.meta;
      article.meta = withSendingUnknown(before, entry, sending);
      const note = sendingNote(before, article.meta);
      if (note !== null) notes.push({ file: article.meta.file, message: note });
    }
  }
  return {
    corpus: { articles, sentences, aliases },
    problems: problems.list,
    reports,
    fatal: problems.fatal,
    notes,
  };
}

/**
 * Loads a corpus folder. Throws {@link CorpusError} when the folder cannot be read, a
 * metadata or aliases file is malformed, ids clash or no article has text; other problems
 * (an empty or undecodable article) are logged as warnings and worked around, and logged before
 * the refusal when they leave no article; a folder with no article file at all is refused in one
 * line that says so. An article `articles.json` has no entry for is not a
 * problem (logged at debug level).
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  return loadCorpusFromFiles(await unpackArticles(await readCorpusFiles(dir)), options);
}

/** {@link loadCorpus} on files already read. */
export function loadCorpusFromFiles(files: CorpusFiles, options: LoadOptions = {}): LoadedCorpus {
  const logger = options.logger ?? silentLogger;
  const inspection = inspectCorpus(files, options);
  const { fatal } = inspection;
  const first = fatal[0];
  if (first !== undefined) {
    const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more: run npm run validate)` : '';
    throw new CorpusError(`corpus: ${describeProblem(first)}${more}`, first);
  }
  // A folder with no article file at all is refused with that reason in the refusal's own
  // line: a warning saying it before the refusal would say one thing twice.
  const empty = holdsNoFiles(files);
  // Said before a refusal too: when every file was left out, these say why.
  for (const problem of inspection.problems)
    if (!(empty && problem.file === files.dir && problem.message === NO_ARTICLE_FILES))
      logger.warn(`corpus: ${describeProblem(problem)}`);
  if (inspection.corpus.articles.length === 0)
    throw new CorpusError(
      `corpus: "${files.dir}" has no article with text${empty ? `: it ${NO_ARTICLE_FILES}` : ''}`,
    );
  for (const report of inspection.reports)
    if (report.copyOf !== undefined)
      logger.warn(`corpus: ${report.file} ${copyProblem(report.copyOf)}`);
  for (const note of inspection.notes) logger.debug(`corpus: ${describeProblem(note)}`);
  return inspection.corpus;
}
