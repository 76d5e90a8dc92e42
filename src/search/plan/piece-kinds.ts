/**
 * Kinds of piece: the names a reader gives an article by its genre ("the editorial", "the
 * press release", "the newsletter") rather than by what it reports. The genres are those news
 * organisations tag their items with: IPTC's Genre NewsCodes (cv.iptc.org/newscodes/genre:
 * Analysis, Feature, Interview, Obituary, Opinion, Press Release, Profile, Review, Transcript,
 * …), Google News sitemaps' `<news:genres>` (PressRelease, OpEd, Opinion, Blog, …), and the
 * newspaper's own sections (editorial, column, letters, commentary, newsletter, explainer). One list, read by the page-question
 * rule (page-question.ts: "who wrote the press release?" asks about a piece's byline, never the
 * story) and by the rule of a question naming an article by its kind alone
 * (engine/article-naming.ts).
 */
import { termsOf } from '../../text/terms.js';

/** A kind of piece: its words as written (lower case), and whether it names a thing in a story too. */
export interface PieceKind {
  words: string;
  /**
   * True when the name as often means something a story reports as the piece itself ("who
   * wrote the letter to the mayor", "the court's opinion"): it names an article only when that
   * article's title or id carries it (engine/article-naming.ts), never by itself.
   */
  storySense: boolean;
}

/**
 * The genres of {@link PieceKind}, as the sources above name them. Left out: genres whose
 * names mean a thing in the story more often than the piece ("statement", "review",
 * "analysis", "profile": "the council's statement", "a review of security"); a piece whose
 * title or id carries one is still named by it as by any metadata word (source-match.ts).
 */
export const PIECE_KINDS: readonly PieceKind[] = [
  ...[
    'editorial',
    'column',
    'obituary',
    'explainer',
    'commentary',
    'newsletter',
    'press release',
    'news release',
  ].map((words) => ({ words, storySense: false })),
  ...['letter', 'opinion'].map((words) => ({ words, storySense: true })),
];

/**
 * Where each kind of piece is named in `words` (as written, lower case): the kind's index in
 * {@link PIECE_KINDS}, the position of its first word and how many words it takes. A plural's
 * "-s" or "-ies" is folded on the last word only ("press releases", "the obituaries"). Compared
 * as written, not stemmed: "featured" and "reviewing" are verbs, "the feature" and "the review"
 * pieces.
 */
function kindsNamedAt(
  words: readonly string[],
): Array<{ kind: number; start: number; length: number }> {
  const found: Array<{ kind: number; start: number; length: number }> = [];
  KIND_PARTS.forEach((parts, kind) => {
    const last = parts.length - 1;
    for (let start = 0; start + parts.length <= words.length; start++) {
      let matches = namesLastPart(words[start + last] as string, parts[last] as string);
      for (let i = 0; i < last && matches; i++) matches = words[start + i] === parts[i];
      if (matches) found.push({ kind, start, length: parts.length });
    }
  });
  return found;
}

/**
 * True when `word` is `part` or its plural, by an "-s" or an "-ies" for "-y" ("releases",
 * "obituaries"). Read for every question, so without making the forms.
 */
function namesLastPart(word: string, part: string): boolean {
  if (word === part) return true;
  if (word.endsWith('ies') && word.length === part.length + 2 && part.endsWith('y'))
    return word.startsWith(part.slice(0, -1));
  return word.length === part.length + 1 && word.endsWith('s') && word.startsWith(part);
}

/**
 * The kinds of piece a question's words say ({@link kindsNamedAt}), each once, in the order of
 * {@link PIECE_KINDS}.
 *
 * @example piecesNamed(['who', 'wrote', 'the', 'press', 'release']) // [{ words: 'press release', … }]
 */
export function piecesNamed(words: readonly string[]): PieceKind[] {
  const kinds = new Set(kindsNamedAt(words).map(({ kind }) => kind));
  return PIECE_KINDS.filter((_, k) => kinds.has(k));
}

/**
 * The positions in `words` of the words of a kind named in two words or more ("press release",
 * "news release"). Such a phrase is a common noun for the kind of piece: its words name no one,
 * so "press" in "what did the press release say" is no word of an outlet's name ("Borders Press
 * Agency").
 */
export function pieceKindWordsAt(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const { start, length } of kindsNamedAt(words))
    if (length >= 2) for (let i = start; i < start + length; i++) at.add(i);
  return at;
}

/** Each kind's words, split once (asked of every question: see bench/ask-allocation.ts). */
const KIND_PARTS: readonly (readonly string[])[] = PIECE_KINDS.map((kind) => kind.words.split(' '));

/** Every kind of {@link PIECE_KINDS}, each as its index terms joined by a space. */
export function pieceKindTerms(): string[] {
  return PIECE_KINDS.map((kind) => termsOf(kind.words).join(' '));
}
