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
 * The kinds of piece a question's words say, by their words as written (a plural's "-s" or
 * "-ies" folded: "the letters", "the obituaries"), in the order of the words. Compared as
 * written, not stemmed: "featured" and "reviewing" are verbs, "the feature" and "the review"
 * pieces.
 *
 * @example piecesNamed(['who', 'wrote', 'the', 'press', 'release']) // [{ words: 'press release', … }]
 */
export function piecesNamed(words: readonly string[]): PieceKind[] {
  const singular = words.map((word) => [word, word.replace(/ies$/, 'y'), word.replace(/s$/, '')]);
  return PIECE_KINDS.filter((_, k) => {
    const parts = KIND_PARTS[k] as readonly string[];
    return singular.some((_, at) =>
      parts.every((part, i) => {
        const forms = singular[at + i];
        // Only the last word of a name is plural ("press releases").
        return (
          forms !== undefined && (i === parts.length - 1 ? forms.includes(part) : forms[0] === part)
        );
      }),
    );
  });
}

/**
 * The positions in `words` (as {@link piecesNamed} reads them) of the words of a kind named in
 * two words or more ("press release", "news release"). Such a phrase is a common noun for the
 * kind of piece: its words name no one, so "press" in "what did the press release say" is no
 * word of an outlet's name ("Borders Press Agency").
 */
export function pieceKindWordsAt(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  const singular = words.map((word) => word.replace(/s$/, ''));
  KIND_PARTS.forEach((parts) => {
    if (parts.length < 2) return;
    for (let start = 0; start + parts.length <= words.length; start++) {
      const last = start + parts.length - 1;
      const matches = parts.every((part, i) =>
        start + i === last
          ? singular[last] === part || words[last] === part
          : words[start + i] === part,
      );
      if (matches) for (let i = start; i <= last; i++) at.add(i);
    }
  });
  return at;
}

/** Each kind's words, split once (asked of every question: see bench/ask-allocation.ts). */
const KIND_PARTS: readonly (readonly string[])[] = PIECE_KINDS.map((kind) => kind.words.split(' '));

/** Every kind of {@link PIECE_KINDS}, each as its index terms joined by a space. */
export function pieceKindTerms(): string[] {
  return PIECE_KINDS.map((kind) => termsOf(kind.words).join(' '));
}
