/**
 * A site's notices to its reader about the site itself, never about the story: its cookie
 * banner ("We use cookies to improve your experience.", "Accept all cookies") and its paywall
 * ("Subscribe to continue reading.", "Already a subscriber? Log in.", "This article is for
 * subscribers only."). A browser's reader mode and Readability leave them out of an HTML page's
 * article; a page pasted as text or Markdown keeps them as lines of their own, so cleaning drops
 * them there (furniture.ts, for every format), as a paragraph of their own only.
 *
 * Each rule is anchored at the start and speaks to the reader ("we", "you", an imperative, a
 * button's label), so reporting that mentions cookies or subscriptions ("The council said 4,000
 * residents had subscribed to flood alerts.") is never one; reported speech is checked by the
 * caller (furniture.ts) as for every rule a sentence could share.
 */

/**
 * A cookie banner's sentence ("This site uses cookies. …", "We and our partners use cookies to
 * …", "By continuing to browse this site you agree to our use of cookies.") or one of its
 * buttons or links alone ("Accept all cookies", "Manage cookies", "Cookie settings").
 */
const COOKIE_NOTICE =
  /^(?:(?:this|our) (?:site|website) uses cookies|we(?: and our (?:\d+ )?(?:partners|vendors))? use cookies|by (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:site|website)[^.]{0,60}cookies)\b|^(?:(?:accept|allow|reject|decline|manage|customi[sz]e) (?:all |optional |non-essential |additional )?cookies|cookie (?:settings|preferences|policy|consent|notice))\s*[.!]?$/i;

/** Asking the reader to pay or sign in: "Subscribe", "Sign in", "Create a free account". */
const GATE_CALL =
  '(?:please\\s+)?(?:subscribe(?: now| today)?|sign in|log ?in|register(?: for free)?|create (?:a|an|your) (?:free )?account|become a (?:subscriber|member)|start (?:a|your) (?:free )?trial)';
/** What the gate keeps from the reader: the rest of the piece. */
const GATE_TARGET =
  '(?:continue reading|keep reading|read (?:on|more|this (?:article|story|piece)|the (?:full|whole) (?:article|story|piece)|the rest of (?:this|the) (?:article|story|piece))|(?:access|unlock|view) (?:this|the (?:full|whole)|the rest of (?:this|the)) (?:article|story|piece|content))';

/**
 * A paywall's words: a call to subscribe or sign in to read on ("Subscribe to continue
 * reading.", "Sign in or register to read the full article."), a subscriber told to log in
 * ("Already a subscriber? Log in."), the piece said to be for subscribers ("This article is for
 * subscribers only.") or the reader's free articles used up ("You have reached your limit of
 * free articles.").
 */
const PAYWALL_NOTICE = new RegExp(
  [
    `^${GATE_CALL}(?: (?:or|and) ${GATE_CALL})?,? to ${GATE_TARGET}\\b[^.!?]{0,40}[.!]?$`,
    '^already (?:a (?:subscriber|member)|subscribed|registered|have an account)\\s*\\?\\s*(?:please\\s+)?(?:sign|log) ?in\\b[^.!?]{0,30}[.!]?$',
    '^this (?:article|story|piece|content) is (?:only )?(?:available )?(?:to|for) (?:subscribers|members|registered users)(?: only)?\\s*[.!]?$',
    "^you(?:['’]ve| have) (?:reached|used up|hit) (?:your|the) (?:monthly )?(?:limit of free (?:articles|stories)|free (?:article|story) limit)\\b[^.!?]{0,40}[.!]?$",
  ].join('|'),
  'i',
);

/**
 * True for a cookie banner's sentence or button ({@link COOKIE_NOTICE}): "We use cookies to
 * improve your experience.", "Accept all cookies".
 */
export function isCookieNotice(line: string): boolean {
  return COOKIE_NOTICE.test(line.trim());
}

/**
 * True for a paywall's words ({@link PAYWALL_NOTICE}): "Already a subscriber? Log in.",
 * "Subscribe to continue reading."; false for reporting ("4,000 residents had subscribed to
 * flood alerts.").
 */
export function isPaywallNotice(line: string): boolean {
  return PAYWALL_NOTICE.test(line.trim());
}
