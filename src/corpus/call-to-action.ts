/**
 * Calls to action: lines a page addresses to its reader in the imperative to promote the
 * outlet's own products ("Sign up for the Herald's Coast newsletter, delivered every Friday at
 * 8am.", "Download our app", "Most read", "Listen again", "Listen live"). They are page furniture, never the
 * article's words. Two shapes, both narrow:
 *
 * - a label: a short line that is only the call ("Subscribe now", "Follow us on Instagram",
 *   "Contact us"), a button or a box title of the page wherever it stands;
 * - a promotion: a sentence opening with the call and naming a product of the outlet (a
 *   newsletter, a subscription, "our app", "the Herald's podcast"). An article may quote such a
 *   sentence or report on an app, so a promotion is furniture only when it stands alone, as a
 *   paragraph of its own (the caller knows: see `furnitureReason`'s `standalone`).
 *
 * - an appeal: a sentence asking the reader for money or support for the outlet's journalism
 *   ("If you value independent local news, please chip in £3 a month.", "Donate to keep local
 *   reporting free."), a donate box's words; standalone only, as a promotion.
 *
 * - a mailing's own lines: why the recipient receives it, how to stop, where else to read it
 *   (its pre-header: "View this email in your browser"); standalone only.
 *
 * - a broadcaster's sign-off: the reader asked to keep following the outlet's coverage ("Stay
 *   with KVCT 9 News on air and online for updates on this developing story.", "Watch Channel 4
 *   News at 6 for the full report.", "Download the KVCT 9 News app for alerts."); standalone
 *   only.
 *
 * Reported speech ("Sign up to fight, the recruiters told the young men.") is never a call to
 * action; furniture.ts checks that for every rule whose start a sentence can share. Share
 * buttons ("Share this article", "Share on Facebook") are furniture.ts's navigation.
 */

import { CONTACT_DETAIL } from './contact-card.js';
import { isOutletName } from './credit-fields.js';
import { SENTENCE_END } from './sentence-end.js';
import { CURRENCY_SIGN } from '../text/notation-words.js';
import { matchesOf } from '../text/matches-of.js';

/** Social platforms an outlet keeps a page, an account or a channel on. */
const SOCIAL_PLATFORM =
  '(?:twitter|x|facebook|instagram|youtube|tiktok|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat)';

/** The call that opens a label or a promotion. */
const CALL = new RegExp(
  `^(?:sign up|subscribe|follow (?:us|@\\w+|(?:on )?${SOCIAL_PLATFORM})|download (?:our|the) (?:free |new |mobile )?app\\b|get (?:our|the)|get (?:unlimited|full|digital) access|listen (?:again|live)|read more|most (?:read|popular|viewed|shared)|contact us|join (?:us|our)|become a (?:member|subscriber)|support (?:us|our)|(?:never|don['’]t) miss)\\b`,
  'i',
);

/**
 * Calls that open a promotion only, never a label: "Listen to Radio Tarn on 97.4FM …", "Get
 * the Ledger delivered …". Alone, "Listen to the people" may be a headline.
 */
const PROMOTION_CALL = /^(?:listen (?:to|on|live)|watch (?:us|live|on)|tune in|get the)\b/i;
/**
 * A kicker before the call, in capitals, asking or exclaiming: "LOVE LOCAL NEWS? Get the …".
 * Case-sensitive: a sentence opening with a capital only is no kicker.
 */
const KICKER = /^\p{Lu}[\p{Lu}\d '’,-]{2,40}[?!:]\s+/u;
/**
 * A question to the reader before the call, in sentence case: "Want more local stories? Get the
 * Tarn Gazette app …", "Love local news? Subscribe …". Only before a call naming a product.
 */
const READER_QUESTION = /^(?:want|love|like|enjoy(?:ed|ing)?|looking for|need)\b[^?]{0,60}\?\s+/i;

/**
 * What may follow the call in a label: nothing, a target after a colon or dash, or a short
 * phrase opening with one of these words ("for free", "on Instagram"), never a clause of its
 * own ("Sign up numbers fell") nor a sentence ("Subscribe to the idea, he wrote.").
 */
const LABEL_TAIL =
  /^(?:\s*[:—–-]\s*\S.{0,60}|\s+(?:for|to|now|today|here|and|free|with|on|at|via)\b.{0,60})?$/i;

/**
 * A product the outlet sells or gives away: a newsletter, a subscription, an edition, its podcast
 * or app.
 * "our"/"your" or an owner's name ("the Herald's", "Courier's") makes an app, a podcast or
 * alerts the outlet's; a newsletter or a subscription is one whoever names it.
 */
const PRODUCT =
  /\b(?:newsletters?|subscriptions?|subscribers?|e-?paper|digital access|editions?)\b/i;
/**
 * A subscription's price by the period ("from £1 a week", "£5 a month", "$2/week") or for a
 * trial ("just £1 for your first month"), or a station's frequency or platform ("97.4FM",
 * "DAB"): a call naming one promotes the outlet.
 */
const OFFER = new RegExp(
  String.raw`${CURRENCY_SIGN}\s?\d+(?:[.,]\d{1,2})?\s*(?:a|per|\/)\s*(?:day|week|month|year|issue)\b|${CURRENCY_SIGN}\s?\d+(?:[.,]\d{1,2})?\s+for\s+(?:your|the)\s+first\s+(?:\d+\s+)?(?:days?|weeks?|months?|years?|issues?)\b|\b\d{2,3}(?:\.\d)?\s?(?:FM|MW|AM)\b|\bDAB\+?(?=[\s,.]|$)`,
);
/**
 * An owned product ("our app", "the Herald's podcast", "the Radio Tarn app", "the Gazette's
 * Morning Briefing": a product's name may be set in title case). No `i` flag, under which
 * `\p{Lu}` matches any letter, so the product word's first letter takes either case by hand.
 */
const OWNED_PRODUCT =
  /\b(?:[Oo]ur|[Yy]our|\p{Lu}[\p{L}.-]*['’]s|the(?:\s+\p{Lu}[\p{L}-]*){1,3})\s+(?:[\p{L}-]+\s+){0,3}(?:[Aa]pps?|[Pp]odcasts?|[Aa]lerts|[Bb]riefings?|[Ee]-?mails?|[Ii]nbox|[Mm]embership|[Cc]hannel|[Ff]eed)\b/u;

/** Longest promotion, in characters: one or two sentences of a box, not a paragraph of reporting. */
export const MAX_PROMOTION_LENGTH = 240;

/**
 * True for a call-to-action label ("Subscribe now", "Most read", "Follow us on Instagram"):
 * the call, and after it nothing but a short target ("for free", ": @kestrel"),
 * and no sentence's end: a label is no sentence.
 */
export function isCallToActionLabel(line: string): boolean {
  const match = CALL.exec(line);
  return match !== null && LABEL_TAIL.test(line.slice(match[0].length)) && !SENTENCE_END.test(line);
}

/**
 * True for a promotion of the outlet's products ("Sign up for the Herald's Coast newsletter,
 * delivered every Friday at 8am.", "LOVE LOCAL NEWS? Get the Ledger delivered to your door for
 * £5 a month."): a line opening with the call (after a kicker in capitals, if any) and naming
 * such a product, a subscription's price or a station's frequency. Only
 * a line standing alone is furniture by this rule (see the file header).
 */
export function isPromotion(line: string): boolean {
  if (line.length > MAX_PROMOTION_LENGTH) return false;
  const call = line.replace(KICKER, '').replace(READER_QUESTION, '');
  return (
    (CALL.test(call) || PROMOTION_CALL.test(call)) &&
    (PRODUCT.test(line) || OWNED_PRODUCT.test(line) || OFFER.test(line))
  );
}

/**
 * A call to follow the outlet on social media: an imperative ("Follow", "Like", "Join", "Find"),
 * the outlet as its object ("us", "our WhatsApp channel", "the Herald", or its name as it
 * writes it, group 1: "The Oarsman's Gazette", which {@link isCoverageSource} checks is a news
 * outlet's) on a social platform or its own channel, then what the reader gets there ("for the
 * latest news", "for updates"). Case-sensitive past the verb (`u` only) so "the Herald" is a
 * name; the verb takes either case. What the reader gets is one alternative inside the call, so
 * "for updates" counts only after the imperative: "Police said they would post on Facebook for
 * updates." reports and stays.
 */
const SOCIAL_FOLLOW = new RegExp(
  `^(?:[Pp]lease\\s+)?(?:[Ff]ollow|[Ll]ike|[Jj]oin|[Ff]ind|[Cc]onnect with|[Ss]ubscribe to|[Kk]eep up with)\\s+(?:us|our\\s+(?:[\\p{L}-]+\\s+){0,2}(?:[Pp]ages?|[Cc]hannels?|[Aa]ccounts?|[Ff]eeds?|[Gg]roups?|[Cc]ommunity)|the(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}|((?:\\p{Lu}[\\p{L}\\d&'’.-]*)(?:\\s+\\p{Lu}[\\p{L}\\d&'’.-]*){0,4}))\\b.{0,80}?\\bfor\\s+(?:(?:all\\s+)?(?:the\\s+)?(?:latest|breaking|live|regular|more)\\b|(?:more\\s+)?updates\\b)`,
  'u',
);
/**
 * A social platform named as a word, social media as such, or the outlet's own channel, page or
 * account.
 */
const ON_SOCIAL = new RegExp(
  `\\b${SOCIAL_PLATFORM}\\b|\\bsocial (?:media|networks?|channels?)\\b|\\bour\\s+(?:[\\p{L}-]+\\s+){0,2}(?:pages?|channels?|accounts?|feeds?|groups?|community)\\b`,
  'iu',
);

/**
 * True for a call to follow the outlet on social media ("Follow us on Facebook and X for the
 * latest news.", "Join our WhatsApp channel for breaking news."): {@link SOCIAL_FOLLOW} naming a
 * social platform or the outlet's channel ({@link ON_SOCIAL}). A sentence that reports on a
 * platform ("Police said on Facebook that …") opens with no such imperative and is kept. Only
 * a line standing alone is furniture by this rule, as a promotion.
 */
export function isSocialFollowCall(line: string): boolean {
  if (line.length > MAX_PROMOTION_LENGTH) return false;
  const call = line.replace(KICKER, '').trim();
  const match = SOCIAL_FOLLOW.exec(call);
  if (match === null || !ON_SOCIAL.test(call)) return false;
  // Named, the object is a news outlet ("Follow Kestrel Rowing Club on …" is a club's call).
  const name = match[1];
  return name === undefined || isCoverageSource(name);
}

/**
 * A sign-off's verb, an imperative to keep following (or to fetch) the outlet's coverage, and
 * its object: "us", "our …", or a name (group 1) that {@link isCoverageSource} checks is the
 * outlet's; or "Stay tuned" alone. Case-sensitive past the verb, so the object's name is a name.
 */
const KEEP_FOLLOWING = new RegExp(
  String.raw`^(?:[Pp]lease\s+)?(?:[Ss]tay (?:with|tuned(?: to)?)|[Kk]eep (?:it )?(?:with|tuned to|watching|listening to)|[Tt]une (?:in )?to|[Ww]atch|[Ll]isten to|[Dd]ownload|[Ss]tream)\s+(?:us\b|our\b|(?:the\s+)?((?:\p{Lu}[\p{L}\d&'’.-]*|\d{1,3})(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|\d{1,3}))*))|^(?:[Pp]lease\s+)?[Ss]tay tuned\b`,
  'u',
);
/**
 * Where or when the coverage goes on, or what it gives: "on air and online", "at 6", "tonight",
 * "for updates", "for the latest", the outlet's app or newscast. A sign-off names one of them.
 */
const COVERAGE_GOES_ON =
  /\b(?:on air|on-air|online|on (?:our|the) (?:website|app|air)|at \d{1,2}(?::\d{2})?|tonight|this (?:evening|morning)|for (?:more|updates|the latest|continuing coverage|complete coverage|the full (?:story|report)|breaking news)|apps?|newscasts?|broadcasts?)\b/i;

/** An outlet's initials or call letters, as broadcasters name themselves: "KVCT", "BBC", "WNYC". */
const INITIALISM = /^\p{Lu}{2,5}$/u;

/**
 * True when a sign-off's object names a news outlet: a name with a news outlet's noun
 * ("KVCT 9 News", "Radio Tarn", credit-fields.ts), or opening with an outlet's initials.
 */
function isCoverageSource(name: string): boolean {
  return isOutletName(name) || INITIALISM.test(name.split(/\s+/)[0] ?? '');
}

/**
 * True for a broadcaster's sign-off ("Stay with KVCT 9 News on air and online for updates on
 * this developing story.", "Stay tuned to us for updates."): {@link KEEP_FOLLOWING} with the
 * outlet as its object, and where or when the coverage goes on ({@link COVERAGE_GOES_ON}). "Stay
 * with relatives until the water recedes." names no outlet and is kept. Only a line standing
 * alone is furniture by this rule, as a promotion.
 */
export function isCoverageSignOff(line: string): boolean {
  if (line.length > MAX_PROMOTION_LENGTH) return false;
  const call = line.replace(KICKER, '').trim();
  const match = KEEP_FOLLOWING.exec(call);
  if (match === null) return false;
  const name = match[1];
  if (name !== undefined && !isCoverageSource(name)) return false;
  return COVERAGE_GOES_ON.test(call.slice(match[0].length));
}

/**
 * A mailing's own lines, addressed to its recipient, at either end of the message: its footer,
 * why they receive it ("You are receiving this because you subscribed to the Gazette Briefing.
 * Unsubscribe", "This briefing is sent to Courier subscribers every Wednesday") or how to stop ("To unsubscribe, click here", "Unsubscribe | Manage
 * preferences"), or its link to pass it on ("Forward to a friend"); its pre-header, where else to read it ("View this email in your browser",
 * Mailchimp's default; "Having trouble viewing this email? View it online", "View the web
 * version"; its address after a colon, "View this email in your browser: https://…").
 */
const MAILING_FURNITURE =
  /^(?:you(?:['’]re| are) receiving (?:this|these)\b|this (?:briefing|newsletter|bulletin|digest|e-?mail) is (?:sent|e-?mailed) to\b|you received this (?:e-?mail|message|newsletter)\b|(?:click here )?to (?:unsubscribe|stop receiving)\b|(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions?)|update (?:your )?preferences|forward (?:this (?:e-?mail|newsletter|issue) )?to a friend)\s*(?:[|·•]\s*\S.{0,60})?$|(?:[^.?!]{1,60}\?\s*)?(?:view|read|open)\s+(?:(?:this|the|it)\s+)?(?:(?:e-?mail|message|newsletter|issue)\s+)?(?:in\s+(?:your|a|the)\s+(?:web\s+)?browser|online|as\s+a\s+web\s?page|(?:web|online|browser)\s+version)(?:\s*:\s*(?:https?:\/\/|www\.)\S+)?[.!]?$)/i;

/**
 * True for a line of a mailing's own furniture ({@link MAILING_FURNITURE}): an e-mailed
 * newsletter saved as an article keeps its pre-header above the stories and its footer below
 * them. Only a line standing alone is furniture by this rule.
 */
export function isMailingFurniture(line: string): boolean {
  return line.length <= MAX_PROMOTION_LENGTH && MAILING_FURNITURE.test(line.trim());
}

/**
 * An appeal's sentence: the giving verb first (an imperative), after "please" or a condition
 * addressed to the reader ("If you value …,"); group 1 is that address, group 2 what follows
 * the verb.
 */
const APPEAL =
  /(?:^|[.!?]\s+)((?:if you (?:value|like|enjoy|appreciate|rely on|believe in|care about)\b[^.!?]{0,80}?,\s*)?(?:please\s+)?)(?:donate|chip in|contribute|give|support)\b([^.!?]*)/giu;
/** A sum given right after the verb ("chip in £3", "give just $5"). */
const SUM_GIVEN = new RegExp(
  String.raw`^\s*(?:just\s+|as little as\s+|from\s+)?${CURRENCY_SIGN}\s?\d`,
);
/** What the money is for: the outlet's journalism. */
const FOR_JOURNALISM = /\b(?:journalism|news|reporting|reporters|newsroom)\b/i;
/** A verb read as an imperative: followed by its target, not as a noun ("Support grew …"). */
const IMPERATIVE_TAIL = /^\s*(?:to|now|today|here|us|our)\b/i;

/**
 * True for an appeal to the reader for money or support for the outlet ("The Voice is run by
 * volunteers. If you value independent local news, please chip in £3 a month."): a sentence
 * opening with a giving verb, naming a sum given right after it, a periodic price or journalism
 * as the cause, and addressed to the reader ("please", "If you value …,", the verb's target:
 * "Donate to keep …", "Support our …"; or a sum with its cause: "Chip in £3 a month"). "Please donate blood this winter." and "Give us a
 * call." name neither and are kept. Only a line standing alone is furniture by this rule.
 */
export function isSupportAppeal(line: string): boolean {
  if (line.length > MAX_PROMOTION_LENGTH) return false;
  for (const match of matchesOf(line, APPEAL)) {
    const addressed = (match[1] ?? '').length > 0;
    const rest = match[2] ?? '';
    const sum = SUM_GIVEN.test(rest);
    const cause = OFFER.test(match[0]) || FOR_JOURNALISM.test(match[0]);
    // A sum alone may be an aside ("Donate £5 to the hospice"); with the cause it is the box's.
    const toReader = addressed || IMPERATIVE_TAIL.test(rest) || (sum && cause);
    if ((sum || cause) && toReader) return true;
  }
  return false;
}

/**
 * A newsletter's note to its reader: it thanks them for reading ("Thanks for reading Estuary
 * Notes!") or says the publication lives on its readers ("Estuary Notes is a reader-supported
 * publication."), and asks them to subscribe or support it.
 */
const READER_NOTE =
  /^(?:thanks?(?: you)?(?: so much)? for reading\b|[^.!?]{1,60}\bis an? (?:reader|subscriber|member)-(?:supported|funded)\b)/i;
/** The note's call: to subscribe, or to become a subscriber or a member, or to support the work. */
const NOTE_CALL =
  /\b(?:subscribe|(?:become|becoming) an? (?:(?:free|paid|free or paid)\s+)?(?:subscriber|member)|support (?:my|our|this) (?:work|writing|journalism))\b/i;

/**
 * True for a newsletter's note to its reader ({@link READER_NOTE}) with a call to subscribe or
 * support it: "Thanks for reading Estuary Notes! Subscribe for free to receive new posts and
 * support my work." Only a line standing alone is furniture by this rule.
 */
export function isReaderNote(line: string): boolean {
  return (
    line.length <= MAX_PROMOTION_LENGTH && READER_NOTE.test(line.trim()) && NOTE_CALL.test(line)
  );
}

/**
 * A newsroom's appeal for stories, a question to the reader then where to send them: "Do you
 * have a story for the Post? Email news@example.co.uk or call 01632 960000.", "Got a news tip?
 * Contact us on …". The question asks for the reader's story, tip or pictures (a police
 * appeal, "Have you seen this man? Call …", asks for none and is reported), and the rest gives
 * the newsroom's address or number.
 */
const TIP_QUESTION =
  /^(?:do you have|have you got|got|have you)\b[^?]{0,80}\b(?:stor(?:y|ies)|tips?|news|pictures?|photos?|videos?)\b[^?]{0,60}\?\s+(.+)$/i;

/**
 * True for a newsroom's appeal for stories ({@link TIP_QUESTION}, then an e-mail address or a
 * phone number). Only a line standing alone is furniture by this rule: an article may report
 * such an appeal within its reporting.
 */
export function isTipLineAppeal(line: string): boolean {
  if (line.length > MAX_PROMOTION_LENGTH) return false;
  const rest = TIP_QUESTION.exec(line)?.[1];
  return rest !== undefined && CONTACT_DETAIL.test(rest);
}
