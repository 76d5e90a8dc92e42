/**
 * Articles that report another event of the coverage's kind than the one the coverage is about.
 * A news article states its main event in its headline and lead (the news schema: van Dijk
 * 1988, "News as Discourse", ch. 2). When that headline or lead marks the event as another of
 * its kind ("Second gas explosion destroys empty house in Brennock", "A second unexploded bomb
 * was found …"), comparative reference makes it a referent different from the one already given
 * (Halliday & Hasan 1976, §2.5; other-referent.ts), and so does a lead that anchors its event
 * after a definite event of the same kind ("… derails near Brackley Cross …, six weeks after the
 * chemical train derailment at Kessington"): events anchored at different times are different
 * events (TimeML: Pustejovsky et al. 2003, a TLINK AFTER relates two distinct EVENTs).
 *
 * Such an article's sentences tell of that other event. A question's bare or definite reference
 * ("how big was the cordon", "what time did the explosion happen") takes the discourse's salient
 * referent, the main event (Quirk et al. 1985, §5.26ff), unless the question restricts it by a
 * word that only the other event's article leads with, such as its place ("who owns the
 * brennock house": a restrictive modifier, Huddleston & Pullum 2002, ch. 7), or other-marks
 * what it asks of itself ("where was the second bomb found"). given-first.ts then moves such
 * passages below comparable ones; it never refuses.
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { TIME_UNITS } from './plan/quantity.js';
import { MONTHS, WEEKDAYS } from '../text/months.js';
import { isStopWord, stem, termsOf, tokenize, type Token } from '../text/terms.js';
import { DEFINITE, joined, mayTellOfOther, OTHER_MARKERS, otherMarked } from './other-referent.js';

/** What {@link tellsAnotherInstance} reads of an article. */
export interface ArticleLead {
  /** Its headline, '' when unknown. */
  headline: string;
  /** Its lead: its first body sentence, '' when none. */
  lead: string;
}

/**
 * Share of the coverage's articles whose headline or lead must hold a stem for it to name the
 * coverage's kind of event ("explosion", "bomb", "pier"): the kind is what the coverage leads
 * with, most articles over.
 */
export const KIND_SHARE = 0.5;

/** Fewest articles that must lead with a stem for it to name the coverage's kind. */
export const MIN_KIND_ARTICLES = 3;

/** A unit of time counting a span before "after" in a lead's anchor ("six weeks after the …"). */
const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS})$`, 'u');

/**
 * The stems that name the coverage's kind of event: those the headline or lead of at least
 * {@link KIND_SHARE} of `leads` (and of {@link MIN_KIND_ARTICLES}) hold.
 *
 * @example kindStems(twelve leads, nine of them holding "explosion") // Set { 'explos', … }
 */
export function kindStems(leads: readonly ArticleLead[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { headline, lead } of leads)
    for (const term of new Set(termsOf(`${headline}\n${lead}`)))
      counts.set(term, (counts.get(term) ?? 0) + 1);
  const least = Math.max(MIN_KIND_ARTICLES, leads.length * KIND_SHARE);
  return new Set([...counts].filter(([, count]) => count >= least).map(([term]) => term));
}

/** What tells an article's other event from the main one ({@link otherInstanceWords}). */
export interface OtherInstanceWords {
  /** The distinguishing stems of its headline and lead. */
  words: Set<string>;
  /** Those of them the lead writes as names ("brennock", "holli", "lane"): its place, its day. */
  names: Set<string>;
}

/**
 * The stems of `article`'s headline and lead that tell its event from the main one, or null
 * when its headline and lead do not mark its event as another instance of `kind` (see the
 * module comment). A distinguishing stem is that of a name, noun or adjective ({@link
 * modifierLike}) that fewer than half of the coverage's `articles` use (`articlesUsing(stem)`,
 * a count), outside the lead's anchors ("… after Storm Ilse blacked out the region"), which
 * name the earlier event.
 *
 * @example
 * otherInstanceWords({ headline: 'Second gas explosion destroys empty house in Brennock', lead: '…' },
 *   kind, articlesUsing, 12) // { words: Set { 'brennock', 'detach', … }, names: Set { 'brennock', … } }
 */
export function otherInstanceWords(
  article: ArticleLead,
  kind: ReadonlySet<string>,
  articlesUsing: (term: string) => number,
  articles: number,
): OtherInstanceWords | null {
  const { headline, lead } = article;
  const leadTokens = tokenize(lead);
  const anchored = anchoredAfterSameKind(article, leadTokens, kind);
  if (!anchored && !otherMarksKind(headline, kind) && !otherMarksKind(lead, kind)) return null;
  const own = [
    // A headline may be written in title case: only the lead's capitals tell names.
    ...tokenize(headline).map((token) => ({ token, name: false })),
    ...leadTokens
      .map((token, i) => ({ token, name: writtenAsName(lead, token, i) }))
      .filter((_, i) => !inAnchor(lead, leadTokens, i)),
  ];
  const words = new Set<string>();
  const names = new Set<string>();
  for (const { token, name } of own) {
    if (isStopWord(token) || /^\d/u.test(token.word) || !(name || modifierLike(token.word)))
      continue;
    if (namesTime(token.word)) continue;
    const term = stem(token.word);
    if (kind.has(term) || articlesUsing(term) * 2 >= articles) continue;
    words.add(term);
    if (name) names.add(term);
  }
  return { words, names };
}

/**
 * True when `word` (folded) is a month's or a weekday's name: the main event's own reports name
 * days and months too ("on Monday"), so such a name tells no event from another, as a place does.
 */
function namesTime(word: string): boolean {
  const written = word.charAt(0).toUpperCase() + word.slice(1);
  return MONTHS.has(written) || WEEKDAYS.has(written);
}

/**
 * True when word `i` of `lead` (cut into `tokens`) stands in an anchor "<span of time> after
 * …", from the unit word to the end of its clause (a comma or the sentence's end): the
 * anchor names the earlier event, the lead's other words its own.
 */
function inAnchor(lead: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    if (k < i && /[,;:.!?]/u.test(lead.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    const next = tokens[k + 1];
    if (TIME_UNIT.test(tokens[k]!.word) && next?.word === 'after') return true;
  }
  return false;
}

/** True when `token`, word `i` of `text`, is written with a capital after the text's first word. */
function writtenAsName(text: string, token: Token, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(text.slice(token.start));
}

/**
 * True when `word` (folded) may restrict an event as a modifier does: a name or a noun or
 * adjective by its usual class (wink-lexicon's first tag; a word the lexicon lacks is most
 * often a name). The lead's verbs ("destroyed", "found") and numbers tell what happened and
 * how much, which the main event shares.
 */
function modifierLike(word: string): boolean {
  const tags = lexiconTags(word);
  return tags === undefined || /^(?:NN|JJ)/u.test(tags[0] ?? '');
}

/**
 * True when `question` names the other event whose distinguishing stems are `words`
 * ({@link otherInstanceWords}): it holds one of them ("who owns the brennock house").
 */
export function namesOtherEvent(question: string, words: ReadonlySet<string>): boolean {
  return termsOf(question).some((term) => words.has(term));
}

/**
 * True when `question` asks of the main event rather than of an article's other one, whose
 * distinguishing stems are `words`: it names none of them ({@link namesOtherEvent}) and marks
 * nothing it asks of as another ("the second bomb", other-referent.ts).
 */
export function asksOfMainEvent(question: string, words: ReadonlySet<string>): boolean {
  return !mayTellOfOther([question]) && !namesOtherEvent(question, words);
}

/**
 * True when `text` (a headline or a sentence) other-marks a word of `kind` ("Second gas
 * explosion", "a second seaside pier fire"). A marker written with a capital after the text's
 * first word is part of a name ("an unexploded Second World War bomb"), not comparative
 * reference.
 */
function otherMarksKind(text: string, kind: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some((token, at) => {
    if (isStopWord(token) || !kind.has(stem(token.word)) || !otherMarked(text, tokens, at))
      return false;
    // otherMarked held: the nearest marker before `at` is the one read.
    for (let k = at - 1; k >= 0; k--)
      if (OTHER_MARKERS.has(tokens[k]!.word)) return !writtenAsName(text, tokens[k]!, k);
    return true;
  });
}

/**
 * True when the lead (cut into `tokens`) holds an anchor "<span of time> after the
 * <description>" whose head's stem names the coverage's `kind` and also the article's own
 * event, in its headline or in the lead before the anchor ("… derails near Brackley Cross" of
 * "six weeks after the chemical train derailment"): an event of the same kind after another.
 * A headline's words after its own "after" name the anchor again ("claims after derailment"),
 * not the article's event.
 */
function anchoredAfterSameKind(
  article: ArticleLead,
  tokens: readonly Token[],
  kind: ReadonlySet<string>,
): boolean {
  const { headline, lead } = article;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.word !== 'after' || !TIME_UNIT.test(tokens[i - 1]!.word)) continue;
    if (!DEFINITE.has(tokens[i + 1]!.word)) continue;
    let head = -1;
    for (let k = i + 2; k < tokens.length; k++) {
      if (isStopWord(tokens[k]!) || !joined(lead, tokens[k - 1]!, tokens[k]!)) break;
      head = k;
    }
    if (head < 0) continue;
    const event = stem(tokens[head]!.word);
    if (!kind.has(event)) continue;
    const before = tokens.slice(0, i - 1);
    if ([...before, ...beforeAfter(headline)].some((token) => stem(token.word) === event))
      return true;
  }
  return false;
}

/** The words of `headline` before its first "after" (all of them when it has none). */
function beforeAfter(headline: string): Token[] {
  const tokens = tokenize(headline);
  const after = tokens.findIndex((token) => token.word === 'after');
  return after < 0 ? tokens : tokens.slice(0, after);
}
