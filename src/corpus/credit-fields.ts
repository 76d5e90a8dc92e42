/**
 * The fields of a credit (a byline or metadata line) other than names and dates: an outlet's
 * name, a section's name, a reporter's role. One definition, shared by the byline, metadata-line
 * and page-title rules. Only what a field states is read: an outlet is a field that names
 * itself as one (a news outlet's noun, or a web domain); anything else is left unknown.
 */
import { isReleaseKind } from './press-release.js';
import { ARTICLES } from '../text/determiners.js';
import { anyOf } from '../text/word-class.js';

/**
 * The role nouns that credit the writer of a piece: a byline names who wrote it (AP Stylebook,
 * "byline"); a producer, photographer, analyst or desk is credited for another part.
 */
const WRITING_ROLE_NOUNS = [
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'journalist',
];
/** Nouns of a reporter's role ("Writer", "Correspondent", "Bureau Chief"). */
const ROLE_NOUNS = anyOf([
  ...WRITING_ROLE_NOUNS,
  ...'contributor|photographer|photojournalist|producer|analyst|critic|staff|bureau|bureau chief|desk'.split(
    '|',
  ),
]);
/** Nouns of a body of people an outlet credits as an author ("board", "team"). */
const BODY_NOUNS = 'board|editors|team|newsroom|staffers|agencies';
/** A staff title whose last word is a writer's role noun ("Herald reporter", "staff writer"). */
export const WRITING_ROLE = new RegExp(String.raw`\b(?:${anyOf(WRITING_ROLE_NOUNS)})$`, 'u');
/** A reporter's role: "Staff Writer", "Senior Correspondent", "Moscow Bureau Chief". */
const ROLE = new RegExp(`^(?:[\\p{L}'’.-]+\\s+){0,3}(?:${ROLE_NOUNS})s?$`, 'iu');
/**
 * Nouns that name a news outlet in its name ("Kestrel Courier", "Lagos Daily Times", "Der
 * Tagesspiegel" is not caught: it is then left unknown, not guessed).
 */
const OUTLET_NOUN =
  /\b(?:news|times|post|herald|gazette|journal|tribune|press|daily|chronicle|telegraph|guardian|observer|courier|ledger|record|review|mail|express|star|standard|independent|wire|agency|radio|tv|television|broadcasting|media|weekly|bulletin|dispatch|digest|examiner|inquirer|enquirer|register|sentinel|monitor|mirror|messenger|citizen|globe|argus|advertiser|beacon|zeitung|presse|nachrichten|tageblatt|gazzetta|corriere|diario|noticias|nouvelles|dagblad|avis|tidende|posten)\b/i;
/** Words that name a section of a site, not an outlet: "Local News" is a section. */
const SECTION_WORD =
  /^(?:home|news|world|local|national|international|politics|business|sports?|opinion|weather|culture|science|tech(?:nology)?|health|latest|breaking|live|top|stories|entertainment|lifestyle|travel|markets|economy|europe|asia|africa|americas|us|uk|middle|east|region|more|video|audio)$/i;
/** A web domain given as the outlet: "rivertongazette.com". */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** A short run of capitalised words (a section, a place, a name the line does not explain). */
const CAPITALISED =
  /^[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.&-]*|of|the|and|for|de|del|la|le|von|van|der|du|di|al|&)){0,5}$/u;

/**
 * Words that say what kind of piece an article is, as outlets label them above a byline
 * ("An Estuary Post explainer · By …", "Analysis | By …").
 */
const PIECE_KIND =
  /^(?:explainer|analysis|investigation|editorial|opinion|commentary|comment|feature|interview|review|report|special report|fact[- ]check|obituary|profile|briefing|newsletter|exclusive)$/i;

/** True for a short run of capitalised words ("Harlow County", "Kestrel Courier", "Local News"). */
export function isCapitalisedWords(text: string): boolean {
  return CAPITALISED.test(text.trim());
}

/** True for a short run of capitalised words made only of section names ("Local News", "Politics"). */
export function isSectionName(text: string): boolean {
  const part = text.trim();
  return CAPITALISED.test(part) && part.split(/\s+/).every((word) => SECTION_WORD.test(word));
}

/**
 * True for a name the line's rules read as an outlet's: a news outlet's noun in it, or a domain.
 * A document's kind is no name, though it has such a noun ("Press Release", "News Release").
 */
export function isOutletName(text: string): boolean {
  const part = text.trim();
  return (
    DOMAIN.test(part) ||
    (CAPITALISED.test(part) &&
      !isSectionName(part) &&
      OUTLET_NOUN.test(part) &&
      !isReleaseKind(part))
  );
}

/** True for one word that is a news outlet's noun ("News", "Courier", "RADIO"). */
export function isOutletNoun(word: string): boolean {
  return OUTLET_NOUN.test(word) && !/\s/.test(word.trim());
}

/**
 * True for a name that ends in a news outlet's noun ("Velmora Courier", "THE DAILY STAR"), as a
 * masthead is set, or is a web domain: unlike {@link isOutletName}, not a title-case headline
 * with such a noun inside it ("Record Heat Hits Harlow").
 */
export function isOutletNameLast(text: string): boolean {
  const part = text.trim();
  const last = part.split(/\s+/).pop() ?? '';
  return isOutletName(part) && (DOMAIN.test(part) || OUTLET_NOUN.test(last));
}

/**
 * Newspapers' title words that name other things too ("Echo": a product, a newsletter's name;
 * "Bugle", "Clarion": an instrument, a call), so a line ending in one is no outlet by itself
 * ({@link OUTLET_NOUN}); set after a writer's name in a byline ("By Rosa Vane, Pell Valley
 * Echo"), the field is that writer's outlet: a person's name does not end in such a word. Taken
 * from the titles of English-language local papers (the Northern Echo, the Bugle, the
 * Clarion-Ledger, the Hartford Courant, the Spectator). A fixed list, not a closed class (a
 * paper may take any noun for its title): a paper named otherwise ("the Lantern") is still read
 * as a co-author's name, as before. It is not read from the corpus instead: a byline is read
 * with its own article, before the others' outlets are known, and a paper that no article of
 * the corpus names as its outlet would be lost.
 */
const PAPER_TITLE_WORD = /^(?:echo|bugle|clarion|gleaner|courant|intelligencer|spectator)$/i;

/**
 * True for capitalised words ending in a {@link PAPER_TITLE_WORD} ("Pell Valley Echo", "The
 * Clarion"): a paper's title where an outlet's name stands (after a writer's name, as a masthead),
 * though no outlet by itself elsewhere.
 */
export function isPaperTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 1 && CAPITALISED.test(text.trim()) && PAPER_TITLE_WORD.test(words.at(-1)!);
}

/**
 * True for a byline's field after the writer's name that names the writer's outlet: an outlet's
 * name ({@link isOutletName}) or a paper's title ({@link isPaperTitle}); a role that mentions
 * its outlet ("Times Staff Writer") is a role.
 */
export function isBylineOutlet(part: string): boolean {
  return (isOutletName(part) || isPaperTitle(part)) && !isRoleLine(part);
}

/** True for a line that only gives a reporter's role ("Staff Writer", "Senior Correspondent"). */
export function isRoleLine(line: string): boolean {
  return ROLE.test(line.trim());
}

/** A role's or a body's noun ("Writer", "board", "Staff"): a word of an author that names no one. */
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS}|${BODY_NOUNS}|chief)s?$`, 'iu');

/**
 * The words of an author that name who wrote: a person's name whole; of an institutional author
 * ({@link isInstitutionalAuthor}), the capitalised name it opens with, less the role nouns ending
 * it ("the Northmoor Ledger editorial board" → "Northmoor Ledger", "Times Staff Writer" →
 * "Times", "our reporter" → ""). Its other words ("board", "staff") are common words: a question
 * saying "the board" does not name the editorial its board wrote.
 */
export function authorNaming(author: string | null): string {
  if (author === null || !isInstitutionalAuthor(author)) return author ?? '';
  const words = author.trim().replace(DETERMINER, '').split(/\s+/);
  const end = words.findIndex((word) => !/^\p{Lu}/u.test(word));
  const name = end < 0 ? words : words.slice(0, end);
  while (name.length > 0 && ROLE_NOUN.test(name[name.length - 1] ?? '')) name.pop();
  return name.join(' ');
}

/**
 * A body of people credited as a piece's author: an outlet's board, desk, team or staff ("the
 * Northmoor Ledger editorial board", "the editors", "Gazette staff", "agencies"). A head noun
 * after at most four words, as {@link ROLE} reads a person's role.
 */
const COLLECTIVE = new RegExp(`^(?:[\\p{L}'’.&-]+\\s+){0,4}(?:${BODY_NOUNS}|staff|desk)$`, 'iu');
/**
 * A determiner before an institution or a role ("the …", "our …", "a staff reporter"): the
 * articles, and "our", the one possessive a page uses of its own staff.
 */
const OWN_DETERMINER = anyOf([...ARTICLES, 'our']);
const DETERMINER = new RegExp(`^(?:${OWN_DETERMINER})\\s+`, 'i');
/** Such a determiner anywhere in a text. */
const DETERMINER_INSIDE = new RegExp(`\\b(?:${OWN_DETERMINER})\\s`, 'i');

/**
 * True for an author that names an institution or a role rather than a person, as bylines state
 * it: "the Northmoor Ledger editorial board", "our reporter", "a staff reporter", "Staff", "the
 * Associated Press" (an outlet's name, {@link isOutletNameLast}). It is who the page says wrote
 * the piece: read as stated, it is never a person's name guessed from it.
 */
export function isInstitutionalAuthor(text: string): boolean {
  const rest = text.trim().replace(DETERMINER, '');
  // One determiner, at the start: "the way the board" is a phrase of a sentence.
  if (rest.length === 0 || /[,;:!?"“”()]/.test(rest) || DETERMINER_INSIDE.test(rest)) return false;
  return COLLECTIVE.test(rest) || ROLE.test(rest) || isOutletNameLast(rest);
}

/**
 * The outlet an institutional author ({@link isInstitutionalAuthor}) names as the one its body or
 * role belongs to: "the Northmoor Ledger editorial board" and "Kellan Courier staff" state their
 * outlet ("Northmoor Ledger", "Kellan Courier"). Null when it names none: a role or body alone
 * ("our reporter", "staff", "the editors"), a news noun alone ("Gazette staff", "Times Staff
 * Writer": which Gazette is not stated), or an outlet credited whole ("the Associated Press"),
 * which says who wrote the piece, not who published it.
 */
export function outletOfInstitution(author: string | null): string | null {
  if (author === null || !isInstitutionalAuthor(author)) return null;
  const rest = author.trim().replace(DETERMINER, '');
  if (!COLLECTIVE.test(rest) && !ROLE.test(rest)) return null;
  const name = authorNaming(author);
  if (!isOutletNameLast(name) || name.split(/\s+/).every(isOutletNoun)) return null;
  return name;
}

/**
 * Reads a label saying what kind of piece an article is, alone or after the outlet that
 * publishes it: "Analysis", "An Estuary Post explainer", "A Kestrel Courier investigation".
 * Returns the outlet the label names (null when it names none), or null when the text is no
 * such label (a prefix that is not an outlet's name makes it something else).
 */
export function readPieceLabel(text: string): { outlet: string | null } | null {
  const words = text
    .trim()
    .replace(/^(?:an?|the)\s+/i, '')
    .split(/\s+/);
  for (const size of [2, 1]) {
    if (words.length < size || !PIECE_KIND.test(words.slice(-size).join(' '))) continue;
    const outlet = words.slice(0, -size).join(' ');
    if (outlet.length === 0) return { outlet: null };
    return isOutletName(outlet) ? { outlet } : null;
  }
  return null;
}
