/**
 * Questions for the news agencies an article drew on: "which news agencies fed into the report",
 * "which wire services did the Herald use", "what agencies contributed to this report". An
 * article built from agency copy says so in its credit line, not in its story: the AP Stylebook's
 * "credit lines" ("… contributed to this report", the agency's name in parentheses), and
 * Deutsche Welle's sign-off, the editors' initials then the agencies' abbreviations in
 * parentheses at the foot ("rc/msh (AFP, AP, Reuters, dpa)", kept as a staff-credits page line:
 * corpus/furniture.ts). So these ask for the page's credits line (plan/page-question.ts).
 *
 * "Agency" and "service" alone name government bodies as often ("which agencies will inspect
 * the quarry"): the kind is named only with a word of the news trade before it ("news agency",
 * "wire service", "press agency"; the file header of corpus/news-agency.ts), or as "newswire".
 * Only what an article drew on is asked so ("fed into", "did the Herald use", "is it based on",
 * "credited": {@link SUPPLYING}); "which news agency reported the raid" asks whom the story
 * attributes an event to ("Interfax reported"), its body's answer.
 * "Contributed to" says it of an article named as such ("contributed to the report"), the credit
 * line's own words, never of a thing in the story ("contributed to the fund").
 */
import { stem, type Token } from '../../text/terms.js';

function stems(words: string): Set<string> {
  return new Set(words.split(' ').map((word) => stem(word)));
}

/** Nouns for an organisation that supplies news, when a trade word qualifies them. */
const SUPPLIER_NOUNS = stems('agency agencies service services');
/** Words of the news trade that make {@link SUPPLIER_NOUNS} a news agency. */
const TRADE_WORDS = stems('news wire wires press');
/** Nouns that are a news supplier by themselves. */
const NEWSWIRES = stems('newswire newswires');

/**
 * Verbs of an article's drawing on a supplier ("did the Herald use", "is it based on", "fed
 * into", "relied on"): in a question asking for the supplier they state the credit relation
 * itself, so a credit line need not say them.
 */
export const SUPPLYING: ReadonlySet<string> = stems(
  'use used uses using rely relied relies base based draw drew drawn feed fed feeds source sourced supply supplied provide provided contribute contributed contributing',
);

/**
 * True when the head of a "which/what …" question (its stems, plan/page-question.ts
 * `askedHead`) names a news supplier: a supplier noun after a trade word ("news agencies",
 * "wire services"), or "newswire".
 *
 * @example
 * asksForNewsSupplier(['news', 'agenc']) // true
 * asksForNewsSupplier(['agenc']) // false: a government agency as likely
 */
export function asksForNewsSupplier(head: readonly string[]): boolean {
  if (head.some((term) => NEWSWIRES.has(term))) return true;
  const noun = head.findIndex((term) => SUPPLIER_NOUNS.has(term));
  return noun > 0 && head.slice(0, noun).some((term) => TRADE_WORDS.has(term));
}

/** A form of "contribute" (a folded token's word). */
export const CONTRIBUTING = /^contribut/;

/**
 * "Contributed to" an article named by one of `articleNouns` (tokens of the question, in
 * order): a determiner or a name may stand between ("contributed to the Harbour Herald report",
 * "to this story"), at most {@link MAX_WORDS_BEFORE_NOUN} words.
 *
 * @example
 * contributedToArticle(tokenize('what agencies contributed to this report'), …) // true
 */
export function contributedToArticle(
  tokens: readonly Token[],
  articleNouns: readonly Token[],
): boolean {
  return tokens.some((token, i) => {
    if (!CONTRIBUTING.test(token.word) || tokens[i + 1]?.word !== 'to') return false;
    const after = tokens.slice(i + 2, i + 3 + MAX_WORDS_BEFORE_NOUN);
    return after.some((t) => articleNouns.includes(t));
  });
}

/** Words between "contributed to" and the article noun: a determiner and a name of up to three words. */
const MAX_WORDS_BEFORE_NOUN = 4;
