/**
 * Questions about the page rather than the story: "who took the photo at the rally", "who is
 * in the picture at the top of the X story", "who wrote the Courier piece", "when was 'HEADLINE'
 * published". Their answers are page lines (photo captions and credits, bylines, datelines:
 * corpus/page-lines.ts), which the body search never sees.
 *
 * The rule is lexical and general, on word stems (the index's own analysis, so inflections
 * fold together: "pictured", "pictures" → "pictur"): a picture noun asks about a photo; a
 * writing word asks who wrote; a publishing word with "when" asks when it was published.
 * "Published" and "reported" have a story sense too ("when was the deal's text published",
 * "who reported the raid"), so those two cues count only when the question refers to an
 * article as such (an article noun like "piece" or "story", a kind of piece such as "the
 * press release": piece-kinds.ts, or a quoted headline) or names a
 * source by its metadata (plan.sources, checked in page-passages.ts). "Filed" and "posted" ask
 * who wrote only of a piece named by a word that names nothing else ("who posted the lido
 * piece", never "who filed the report"). Recognising the cue does not
 * by itself put page lines first: search/page-passages.ts still requires the page line (with
 * its article's title) to match the rest of the question, so body answers keep winning where
 * the page says nothing about what is asked.
 */
import type { PageLineKind } from '../../corpus/page-lines.js';
import { isStopWord, stem, termsOf, tokenize, type Token } from '../../text/terms.js';
import {
  asksForNewsSupplier,
  CONTRIBUTING,
  contributedToArticle,
  SUPPLYING,
} from './news-supplier.js';
import { piecesNamed } from './piece-kinds.js';
import { SOURCE_NOUNS } from './source-match.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a page question asks about. */
export type PageAsk = 'photo' | 'author' | 'date';

/** A question recognised as asking about the page. */
export interface PageQuestion {
  asks: PageAsk;
  /** The kinds of page line that answer it, the most fitting first. */
  kinds: readonly PageLineKind[];
  /** Stems of the words that ask about the page: a page line need not match them. */
  cueTerms: ReadonlySet<string>;
  /** True when the question refers to an article as such (an article noun or a quoted headline). */
  refersToArticle: boolean;
}

function stems(words: string): Set<string> {
  return new Set(words.split(' ').map((word) => stem(word)));
}

/**
 * True for a noun for an article as such ("the piece", "these stories"), singular or plural.
 * Compared as written, not stemmed: "reported" is a verb, "the report" an article.
 */
function isArticleNoun(word: string): boolean {
  return [word, word.replace(/ies$/, 'y'), word.replace(/s$/, '')].some((w) => SOURCE_NOUNS.has(w));
}
/** Nouns for a picture. */
const PICTURE_NOUNS = stems(
  'photo photograph photography picture image caption pic illustration footage snapshot',
);
/**
 * Words that, next to a picture noun, describe the picture itself: who took it ("took", "shot",
 * "credited"), what it shows ("shown", "depicted", "pictured", "seen"), where on the page it
 * stands ("top", "main", "lead"), and how those in it are placed ("who is standing on the left
 * in the photo"): a caption identifies people by their position ("Ana Ruiz (left)", "from left")
 * and names a posture only to tell rows apart ("seated, from left"; The Chicago Manual of Style,
 * 17th ed., 3.21, on identifying the people in an illustration), so a caption need not say
 * "standing" to answer. The position itself ("left") stays a word the caption must match.
 */
const PICTURE_FRAMING = stems(
  'take took taken shoot shot snap snapped credit credited show shown depict depicted feature featured see seen pictured top bottom main lead header headline accompany accompanying ' +
    'stand stands standing stood sit sits sitting seated kneel kneels kneeling knelt pose poses posing posed',
);
/** Words that ask who took or supplied a picture: its credit answers first. */
const TAKING = stems('take took taken shoot shot snap snapped credit credited courtesy');
/** Words that ask who an article credits (its agencies, its staff), when it is referred to. */
const CREDITING = stems('credit credited credits');
/** Words that ask who wrote a text. */
const WRITING = stems('write wrote written writer writers author authors authored byline bylines');
/**
 * "What did Helen Marsh write?", "what has the author written about the pool?", "what is the
 * Post writing about?": "what" asks for the object of the writing verb, what was written, not
 * who wrote it (the question names the writer itself). The story's passages answer it, not the
 * byline.
 */
const WHAT_WAS_WRITTEN =
  /^\s*what(?:['’]s\b|\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|could|can)\b).*\b(?:write|wrote|written|writing)\b/i;
function asksWhatWasWritten(question: string): boolean {
  return WHAT_WAS_WRITTEN.test(question);
}
/** Verbs with a story sense too: they ask about the article only when it is referred to as such. */
const REPORTING = stems('report reported reporting publish published');
/**
 * Verbs a newsroom uses of putting a piece out: a reporter files copy, a site posts it ("who
 * filed the lido story", "who posted the harbour piece"). More often they are said of things in
 * the story ("who filed the complaint", "who posted the message", "who filed the police
 * report"), so they ask who wrote only of a piece named by a word that means nothing else
 * ({@link PIECE_NOUNS}, a kind of piece, a quoted headline).
 */
const FILING = stems('file filed filing post posted posting');
/**
 * The article nouns (source-match.ts SOURCE_NOUNS) that name only a piece of journalism: "a
 * report", "a message" or "papers" are filed or posted in stories too.
 */
export const PIECE_NOUNS: ReadonlySet<string> = new Set(['article', 'story', 'piece']);
/** People who write for an outlet, asked for by "which reporter …". */
const WRITER_NOUNS = stems(
  'reporter reporters journalist journalists correspondent correspondents',
);
/** Words that ask when an article came out. */
const PUBLISHING = stems('publish published publication post posted dated date run released');

/**
 * True for a word of putting out or writing a piece ("publish", "wrote", "filed", "reported",
 * "run"): said of an outlet or author, it makes the name the piece's source (plan/source-framing.ts).
 */
export function isPublishingWord(word: string): boolean {
  const term = stem(word);
  return [WRITING, REPORTING, FILING, PUBLISHING].some((set) => set.has(term));
}
/**
 * "Date" as a noun: in "what date does the ballot close" it only frames the question (any date
 * question may be put so), and asks the article's date only of an article referred to as such
 * ("what date is on the Courier piece"). "Dated" (shares its stem) is said of documents only.
 */
const DATE_NOUN = /^dates?$/;
/**
 * Words that ask for a date: "what date …", or the same put with a copula, "what is the date
 * of …", "what's the date on …" (English asks either way).
 */
const DATE_QUESTION =
  /\b(?:when|(?:what|which)(?:(?:['’]s|\s+(?:is|was))\s+the)?\s+(?:date|day|time|month|year)|on what (?:date|day)|in what year)\b/i;
/**
 * True when a question asks for a date ("when …", "what day …", "what is the date of …", "on
 * what date …", "in what year …").
 */
export function asksForDate(question: string): boolean {
  return DATE_QUESTION.test(question);
}

/** The words one of which a question about the page says (see {@link pageQuestionOf}'s returns). */
const PAGE_CUES: ReadonlySet<string> = new Set([
  ...PICTURE_NOUNS,
  ...PUBLISHING,
  ...WRITING,
  ...CREDITING,
  ...REPORTING,
  ...FILING,
]);

/** A headline quoted in the question: two or more words between quotation marks (group 1). */
const QUOTED = /(?:^|[\s(])["“‘']([^"“”‘’']*\s[^"“”‘’']*)["”’'](?=[\s?.!,:;)]|$)/gu;

/**
 * The headlines a question quotes: each run of two or more words between quotation marks
 * (straight or curly, double or single), without its marks.
 *
 * @example
 * quotedHeadlines('when was "Tolls rise on the ferry" published?') // ['Tolls rise on the ferry']
 */
export function quotedHeadlines(question: string): string[] {
  return [...matchesOf(question, QUOTED)].map((match) => match[1] ?? '');
}

/** Words of a "which/what …" phrase before its verb, at most (a noun and one modifier). */
const MAX_HEAD_WORDS = 2;

/**
 * The noun phrase a "which/what …" question asks for ("which agencies are credited", "which
 * wire services are credited", "which reporter wrote"): the words right after the wh-word up
 * to the first function word, at most {@link MAX_HEAD_WORDS}; none when the first is
 * possessive ("which journalist's rally" asks about a rally).
 */
function askedHead(question: string, tokens: readonly Token[]): Token[] {
  const at = tokens.findIndex((token) => token.word === 'which' || token.word === 'what');
  if (at < 0) return [];
  const head: Token[] = [];
  for (const token of tokens.slice(at + 1, at + 1 + MAX_HEAD_WORDS)) {
    if (isStopWord(token)) break;
    const possessive =
      /['’]s$/.test(question.slice(token.start, token.end)) ||
      /^['’]/.test(question.slice(token.end));
    if (head.length === 0 && possessive) return [];
    head.push(token);
  }
  return head;
}

/**
 * Whether the coverage tells of a thing named by an article noun: a quotable sentence of its
 * body writes `noun` (singular, as written: "report", or its plural) with a word of one of
 * `verbs` (index terms: "publish", "published") and every one of `modifiers` (index terms of
 * the words before the noun in its phrase: "inquiry"): "The inquiry report was published on
 * 12 March." tells of an inquiry report's publication.
 */
export type ToldOf = (
  noun: string,
  verbs: readonly string[],
  modifiers: readonly string[],
) => boolean;

/** Most words before a noun read as its premodifiers ("the final inquiry report"). */
const MAX_MODIFIERS = 3;

/**
 * The article nouns of `tokens` that refer to an article as such: all, but one that also names
 * a thing in stories (not a {@link PIECE_NOUNS} word: "the report", "the message") in a question
 * that names no source (`naming` empty), when the coverage tells of such a thing with the
 * question's own verb and as the question describes it (`toldOf`, with every form of the verbs
 * of the kinds the question uses and the noun's premodifiers). A definite noun phrase's referent
 * is one the hearer can identify by its description (Huddleston & Pullum 2002, ch. 5 §6.1),
 * from the text (anaphoric reference) or from the situation (Quirk et al. 1985, §5.27–5.33):
 * put to a coverage that tells of a report being published, "when was the report published?"
 * asks about that report; only when the coverage tells of none so described ("the harbour
 * report" of a coverage telling only of an inquiry report) is it the article, the thing the
 * situation offers.
 */
function articleNounsOf(
  tokens: readonly Token[],
  terms: readonly string[],
  naming: ReadonlySet<string>,
  toldOf: ToldOf | undefined,
): Token[] {
  const verbs = [WRITING, REPORTING, FILING, PUBLISHING]
    .filter((set) => terms.some((term) => set.has(term)))
    .flatMap((set) => [...set]);
  return tokens.filter((token, i) => {
    if (!isArticleNoun(token.word)) return false;
    const noun = token.word.replace(/ies$/, 'y').replace(/s$/, '');
    if (toldOf === undefined || naming.size > 0 || PIECE_NOUNS.has(noun)) return true;
    const own = stem(noun);
    const modifiers: string[] = [];
    for (let k = i - 1; k >= 0 && k >= i - MAX_MODIFIERS && !isStopWord(tokens[k]!); k--)
      modifiers.push(stem(tokens[k]!.word));
    return !toldOf(
      noun,
      verbs.filter((verb) => verb !== own),
      modifiers,
    );
  });
}

/**
 * Recognises a question about the page, or returns null for a question about the story.
 *
 * @example
 * pageQuestionOf('who took the photo at the rally')?.asks // 'photo'
 * pageQuestionOf("where was the deal's text published") // null: a place, not the page's date
 * pageQuestionOf("when was the deal's text published")?.refersToArticle // false: the story's, unless it names a source
 * pageQuestionOf('when were the cracks found, says the evening post', new Set(['post'])) // null
 *
 * `naming`: the question's terms that named its source (source-match.ts `SourceMatch.terms`),
 * which ask nothing of the page. `toldOf`: what the coverage tells of ({@link ToldOf}); without
 * it, every article noun refers to an article.
 */
export function pageQuestionOf(
  question: string,
  naming: ReadonlySet<string> = new Set(),
  toldOf?: ToldOf,
): PageQuestion | null {
  const tokens = tokenize(question);
  // A word naming the source asked of ("Post" in "the Evening Post") says where to look, not
  // what is asked: "when were the cracks found according to the evening post" asks when they
  // were found, not when the Post published.
  const terms = tokens.map((token) => stem(token.word)).filter((term) => !naming.has(term));
  const head = askedHead(question, tokens).map((token) => stem(token.word));
  // Every page question says one of the cue words below, or asks "which reporter …": the rest
  // (most questions) are the story's, told without reading kinds of piece or headlines.
  const supplier = asksForNewsSupplier(head);
  if (
    !terms.some((term) => PAGE_CUES.has(term)) &&
    !head.some((term) => WRITER_NOUNS.has(term)) &&
    !supplier &&
    !tokens.some((token) => CONTRIBUTING.test(token.word))
  )
    return null;
  const has = (set: ReadonlySet<string>) => terms.some((term) => set.has(term));
  const writer =
    (has(WRITING) && !asksWhatWasWritten(question)) || head.some((term) => WRITER_NOUNS.has(term));
  // A kind of piece ("the press release", "the editorial") is an article as such; one that as
  // often names a thing in the story ("who wrote the letter to the mayor") is not, by itself.
  const pieces = piecesNamed(tokens.map((token) => token.word)).filter((kind) => !kind.storySense);
  const articleNouns = articleNounsOf(tokens, terms, naming, toldOf);
  const refersToArticle =
    articleNouns.length > 0 || pieces.length > 0 || quotedHeadlines(question).length > 0;
  const cue = new Set<string>();
  const take = (set: ReadonlySet<string>) => {
    for (const term of terms) if (set.has(term)) cue.add(term);
  };
  for (const term of head) cue.add(term);
  for (const token of articleNouns) cue.add(stem(token.word));
  for (const kind of pieces) for (const term of termsOf(kind.words)) cue.add(term);

  if (has(PICTURE_NOUNS)) {
    take(PICTURE_NOUNS);
    take(PICTURE_FRAMING);
    // "Who took it" asks for the credit; "where was it taken" for what the caption says.
    const credit = has(TAKING) && !/\b(?:where|when)\b/i.test(question);
    return {
      asks: 'photo',
      kinds: credit ? ['credit', 'caption'] : ['caption', 'credit'],
      cueTerms: cue,
      refersToArticle,
    };
  }
  const publishing = tokens.some((token) => {
    const term = stem(token.word);
    return (
      PUBLISHING.has(term) && !naming.has(term) && (!DATE_NOUN.test(token.word) || refersToArticle)
    );
  });
  if (asksForDate(question) && publishing) {
    // Without an article noun or a quoted headline, page-passages.ts asks that the question
    // name its source by its metadata ("when did the Courier publish …").
    take(PUBLISHING);
    return { asks: 'date', kinds: ['dateline', 'byline'], cueTerms: cue, refersToArticle };
  }
  // "Which news agencies fed into the report", "what agencies contributed to this report": the
  // agencies that supplied it, named by its credit line (news-supplier.ts).
  // Of the article's drawing on them ("fed into", "use", "credited"), not of an event the story
  // attributes ("which news agency reported the raid": the story's "Interfax reported").
  const supplied =
    (supplier && (has(SUPPLYING) || has(CREDITING))) || contributedToArticle(tokens, articleNouns);
  const credited = (refersToArticle && has(CREDITING)) || supplied;
  const who = /\bwho\b/i.test(question);
  const piece =
    pieces.length > 0 ||
    quotedHeadlines(question).length > 0 ||
    articleNouns.some((token) =>
      PIECE_NOUNS.has(token.word.replace(/ies$/, 'y').replace(/s$/, '')),
    );
  const filer = who && piece && has(FILING);
  if (writer || credited || filer || (refersToArticle && has(REPORTING) && who)) {
    take(WRITING);
    take(WRITER_NOUNS);
    take(REPORTING);
    take(CREDITING);
    if (filer) take(FILING);
    if (supplied) take(SUPPLYING);
    // "Which agencies are credited on the article" asks for its credit line first; a wire
    // dateline's "(AP)" credits the agency too.
    const kinds: PageLineKind[] = supplied
      ? ['credits', 'byline', 'dateline']
      : credited && !writer
        ? ['credits', 'byline']
        : ['byline', 'credits'];
    return { asks: 'author', kinds, cueTerms: cue, refersToArticle };
  }
  return null;
}
