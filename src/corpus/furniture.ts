/**
 * Rules that recognise page furniture in articles as received: lines that belong to the web
 * page around the article rather than to its text. General rules, not per-file fixes: they
 * are meant to hold for articles an administrator adds later. Each rule is narrow enough
 * never to match a sentence of reporting ("Follow the money, the prosecutor told the court.",
 * "Source: a senior official said …" stay); test/corpus/furniture.test.ts holds both sides.
 */
import { isBreadcrumb } from './breadcrumb.js';
import { isContactCardLine } from './contact-card.js';
import {
  isTipLineAppeal,
  isCallToActionLabel,
  isMailingFurniture,
  isReaderNote,
  isCoverageSignOff,
  isPromotion,
  isSocialFollowCall,
  isSupportAppeal,
} from './call-to-action.js';
import { copyrightHolder, imprintNotice, noticeField, noticeSentence } from './copyright.js';
import { findDateSpan } from './dates.js';
import type { DropReason } from './drop-reasons.js';
import { isMailSeparator } from './forwarded-message.js';
import { isReleaseEndMark } from './press-release.js';
import { isPlayerBar } from './player-bar.js';
import { isSignatureSeparator } from './signature.js';
import { isRegistrationLine } from './registration-line.js';
import { isCookieNotice, isPaywallNotice } from './site-notice.js';
import { SENTENCE_END } from './sentence-end.js';

export { parseDateline } from './dates.js';

/** Places a page offers to share an article to. */
const SHARE_TARGET =
  '(?:facebook|twitter|x|whatsapp|linkedin|reddit|e-?mail|telegram|messenger|pinterest|bluesky|threads|flipboard|mastodon)';
/** One share button: "Share on Facebook", "Tweet", "Copy link", "Email this story". */
const SHARE_BUTTON = `(?:share|post|tweet|e-?mail|print|copy(?: link)?|save|send)(?:\\s+(?:this|article|story|link|on|via|to|with))*(?:\\s+${SHARE_TARGET})?`;
/** An item of a share row: a button, or a target alone ("X", "WhatsApp"). */
const SHARE_ITEM = new RegExp(`^(?:${SHARE_BUTTON}|${SHARE_TARGET})$`, 'i');

/** True for one share button or a place to share to: "Share on Facebook", "Copy link", "WhatsApp". */
export function isShareItem(label: string): boolean {
  return SHARE_ITEM.test(label.trim());
}

/** Navigation, accessibility and site-chrome lines ("Skip to content", "Breaking News"). */
const NAVIGATION = [
  /^(?:\d+\.\s*)?skip to\b/i,
  /^accessibility links$/i,
  /^breaking news$/i,
  /^(?:back to top|top of page)$/i,
  /^more in (?:this )?section\b/i,
  /^(?:advertisement|sponsored content|share this article|share|print|email|comments?)$/i,
  // A comment section's header and its sort control: "Comments (12)", "12 comments", "Sort by: Newest".
  /^(?:comments?\s*\(\d[\d,]*\)|\d[\d,]*\s+comments?)$/i,
  // A post's reaction counts: "12 Likes 3 Restacks", "4 shares".
  /^(?:\d[\d,.]*k?\s+(?:likes?|shares?|reposts?|restacks?|reactions?|replies|comments?)\s*)+$/i,
  // A sign-up form's field: "Type your email…", "Enter your email address".
  /^(?:type|enter) your e-?mail(?: address)?\s*(?:\.{3}|…)?$/i,
  /^sort(?:ed)? by\s*:?\s*(?:newest|oldest|latest|top|best|popular|most (?:liked|popular|recent)|recent)(?: first)?$/i,
  /^you are here\s*:/i,
  /^(?:supported|sponsored|presented|brought to you) by$/i,
  /^listen to (?:this )?(?:article|story|episode)\b.{0,30}$/i,
  // A share box's or a like box's title ("Share this:", "Like this:"), and a like button's
  // text while it loads ("Like Loading…", WordPress's Jetpack).
  /^(?:share|like) (?:this|this (?:article|story|post|page))?\s*:$/i,
  /^(?:like\s+)?loading\s*(?:\.{3}|…)?$|^like this\s*:\s*like loading\s*(?:\.{3}|…)?$/i,
  // A row of share buttons: "Share on Facebook Share on WhatsApp Copy link".
  new RegExp(`^(?:${SHARE_BUTTON}\\s*)+$`, 'i'),
];

/** A share box's title run on before its row: "Share this article:", "Share:". */
const SHARE_TITLE = /^share(?: this(?: article| story| post| page)?)?\s*:\s*/i;

/**
 * A row of share buttons or targets between bars or dots: "Share on Facebook | X", "Facebook ·
 * WhatsApp · Copy link"; two items at least, or one or more after the box's title on the line
 * ("Share this article: Facebook | X | Email"). Every item is a button or a place to share to.
 */
function isShareRow(line: string): boolean {
  const titled = SHARE_TITLE.exec(line);
  const items = line.slice(titled?.[0].length ?? 0).split(/\s*[|·•]\s*/);
  return items.length >= (titled ? 1 : 2) && items.every((item) => SHARE_ITEM.test(item));
}

/** Words that make up site chrome when a line holds nothing else ("Menu", "Search", "Log in"). */
const CHROME_WORDS =
  /^(?:(?:menu|search|home|contact|about(?: us)?|sections|log ?in|sign ?in|log ?out|register|account|my account|newsletters?|close|toggle navigation|main menu|navigation|latest|trending|topics|more)\s*){1,4}$/i;

/**
 * Separators between a navigation bar's items: a bar, bullet or chevron, or a dot, ">" or "/"
 * between spaces (a breadcrumb: "Home > News > Health").
 */
const NAVIGATION_SEPARATOR = /\s+[|·•›»>/]\s+|\s*[|•›»]\s*/;

/** A navigation bar: three or more short items between separators ("Home | News | Local"). */
function isNavigationBar(line: string): boolean {
  const items = line.split(NAVIGATION_SEPARATOR);
  if (items.length < 3) return false;
  return items.every((item) => {
    const words = item.trim().split(/\s+/);
    return item.trim().length > 0 && words.length <= 3 && !/[.!?,;:]$/.test(item.trim());
  });
}

/**
 * The items of a line that is a navigation bar by {@link furnitureReason} ("News | Health |
 * Politics" gives "News", "Health", "Politics"), the page's section names; null for any other
 * line.
 */
export function navigationItems(line: string): string[] | null {
  if (!/[|·•›»>/]/.test(line) || furnitureReason(line) !== 'navigation bar') return null;
  return line.split(NAVIGATION_SEPARATOR).map((item) => item.trim());
}

/** Link teasers: a label, then the headline of another page. */
const TEASER =
  /^(?:related(?: articles?| stories| content| coverage)?|read more|read also|also read|see also|more on this(?: story)?|recommended|watch|listen|video|(?:previous|next|older|newer)(?: article| story| post)?)\s*[:|]/i;

/**
 * A teaser for the outlet's other pieces in the same issue: "Also in this week's Ledger: …",
 * "In today's paper: …". Case-sensitive, so only a name or the words below follow ("In this
 * week's meeting: …" may open reporting).
 */
const ISSUE_TEASER =
  /^(?:[Aa]lso in|In) (?:this|today['’]s|this week['’]s|this month['’]s|tomorrow['’]s|next week['’]s|next month['’]s) (?:issue|edition|paper|magazine|newsletter|\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,2})\s*:\s*\S/u;

/**
 * A newsletter's or a page's pointer to the rest of the piece elsewhere: "Read the full story and
 * more at example.co.uk", "Continue reading on the Herald's website", a station's "Listen to the
 * full report on Drive Time from 5pm." (an imperative to read, watch or hear the full piece on
 * another page or programme). Its target is another page, never the story's words.
 */
const FULL_STORY_ELSEWHERE =
  /^(?:read|see|get|watch|listen to|hear) (?:the )?(?:full|whole|complete|rest of the) (?:story|article|report|coverage)\b[^.!?]{0,60}\b(?:at|on)\s+(?:(?!\.\s)[^!?]){1,80}$|^continue reading (?:at|on)\s+(?:(?!\.\s)[^!?]){1,80}$/i;
/**
 * A digest's teaser for its other items: "ALSO TODAY: Rovers 2 Town 1 - Frost on Sunday",
 * "Also inside: …". A label of the mailing, then headlines after the colon.
 */
const ALSO_TEASER = /^also (?:today|inside|in this issue)\s*:\s*\S/i;
/**
 * The same teaser under a label that may also head news in brief ("Also this week: …", "Also in
 * brief: …"): a teaser only when what follows the colon is headlines, not a report ending as a
 * sentence does ("Also this week: the council has opened a grant fund, and applications close on
 * 30 April." is the brief itself, as an item under the label alone is: teaser-list.ts).
 */
const BRIEF_LABEL_TEASER = /^also (?:this week|in brief)\s*:\s*(\S.*)$/i;

/** True for a {@link BRIEF_LABEL_TEASER} whose rest is headlines rather than a sentence. */
function isBriefLabelTeaser(line: string): boolean {
  const rest = BRIEF_LABEL_TEASER.exec(line)?.[1];
  return rest !== undefined && !SENTENCE_END.test(rest);
}
/**
 * The label of a list of the issue's other items, alone on its line with the teasers on the
 * lines under it: "ALSO IN THIS ISSUE", "Also inside", "Elsewhere in today's edition:". (On one
 * line with them it is {@link ALSO_TEASER}'s or {@link ISSUE_TEASER}'s.) The label says the
 * items are elsewhere in the issue; "Also this week" or "In brief" heads news in brief, whose
 * items are the whole report and stay.
 */
const ISSUE_LIST_LABEL =
  /^(?:(?:also|elsewhere) )?(?:in|inside) (?:this|today['’]s|this week['’]s|this month['’]s) (?:issue|edition|newsletter|briefing|bulletin|digest|paper)\s*:?$|^also inside\s*:?$|^(?:also|more) in brief\s*:?$/i;
/**
 * A page's topic tags: "Tags: Courts, Harbour Board", "Topics: Health | Schools", "Filed under:
 * Council". Each item is a short name (a link to a topic page), none a sentence.
 */
const TAG_LIST = /^(?:tags?|tagged(?: with)?|topics?|filed under|categories|keywords)\s*:\s*(.+)$/i;
/**
 * A blog post's filing line without a colon: "Posted in Races", "Filed under Council"
 * (WordPress's post footer). Its items hold no figure, so a time stamp ("Posted in Sport on
 * 3/3/25") is left to {@link parseTimestamp}.
 */
const FILED_IN = /^(?:posted|filed) (?:in|under)\s+([^\d]+)$/i;
/** Most words in one tag: a topic's name, not a clause. */
const MAX_TAG_WORDS = 4;

/**
 * True for a line of topic tags ({@link TAG_LIST}) or a post's filing line ({@link FILED_IN}):
 * each item a short name, none a sentence.
 */
function isTagList(line: string): boolean {
  const items = (TAG_LIST.exec(line) ?? FILED_IN.exec(line))?.[1];
  if (items === undefined) return false;
  return items
    .split(/\s*[,|·•;]\s*/)
    .every(
      (item) =>
        item.length > 0 &&
        item.split(/\s+/).length <= MAX_TAG_WORDS &&
        !/[.!?:]$/.test(item) &&
        /^[\p{Lu}\d#]/u.test(item),
    );
}

/**
 * The label over a list of links to other pages, alone on its line: "Related:", "Read more",
 * "Trending now", "More from Health", "You may also like".
 */
const LINK_LIST_LABEL_WORDS =
  "(?:related(?: articles?| stories| content| coverage| links)?|read more|read also|also read|see also|more on this(?: story)?|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|more from (?:\\p{Lu}[\\p{L}'’&-]*\\s?){1,3}|more (?:[\\p{L}'’-]+\\s){0,2}(?:stories|news|headlines)|latest (?:[\\p{L}'’-]+\\s){0,2}(?:news|stories|headlines)|top stories|you (?:may|might) also like)";
const LINK_LIST_LABEL = new RegExp(`^${LINK_LIST_LABEL_WORDS}\\s*:?$`, 'iu');
/**
 * Such a label with its headlines on one line after a colon: "More from Sport: Striker signs new
 * deal | Why the pool is closing early". Headlines end with no full stop and hold none between
 * words ("£1.5m" may), so "More from Tuesday's meeting: the council voted to close it." is a
 * sentence and stays.
 */
const LINK_LIST_TEASER = new RegExp(
  `^${LINK_LIST_LABEL_WORDS}\\s*:\\s*(?:[^.!]|\\.(?=\\S)){1,200}$`,
  'iu',
);

/** A teaser tagged with the kind of page it links to: "… (ENG explainer)", "… (video)". */
const TAGGED_TEASER =
  /\((?:[A-Z]{2,3}\s+)?(?:explainer|video|podcast|gallery|photos?|live blog|opinion|interview|audio)\)\s*(?:back to top)?$/i;

/** A horizontal rule set in characters: "------", "* * *", "=====" (a box's border, a break). */
const HORIZONTAL_RULE = /^(?:[-–—_=*~#•·]\s?){3,}$/;

/** True for a line that is a horizontal rule set in characters ("------", "* * *"): a thematic break. */
export function isHorizontalRule(line: string): boolean {
  return HORIZONTAL_RULE.test(line.trim());
}

/** A line that is only a URL. */
const BARE_URL = /^(?:<)?(?:https?:\/\/|www\.)\S+?(?:>)?$/i;
/** A line that is only an e-mail address (a reporter's contact under the byline). */
const BARE_EMAIL = /^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;

/** The label of a picture credit: "Photo", "Image credit", "Photograph courtesy of". */
const PICTURE_WORD =
  '(?:image|photo|picture|photograph|illustration|graphic|video|footage|foto|bild)s?(?:\\s+(?:credit|courtesy(?:\\s+of)?|source|by))?';
/** A caption or credit line by its label: "Image: …", "Photo credit: …" (always a caption). */
const PICTURE_LABEL = new RegExp(`^${PICTURE_WORD}\\s*:\\s*\\S`, 'i');
/**
 * The placeholder a page saved as text leaves for a picture, the whole line in square brackets
 * and opening with a picture's label: "[Image: The main entrance. (Photo: James Holt/Radio
 * Tarn)]". An editor's note in brackets ("[Update: …]") has no picture's label.
 */
const PICTURE_PLACEHOLDER = new RegExp(`^\\[${PICTURE_WORD}\\s*:\\s*[^\\]]+\\]$`, 'i');
/**
 * A caption that ends with its labelled credit: "A rescuer at the scene. Photo: Lars Eriksen /
 * Aftenposten". The credit is short and has no sentence in it.
 */
const PICTURE_LABEL_END = new RegExp(`[.!?]["”’)]?\\s+${PICTURE_WORD}\\s*:\\s*[^.!?:]{2,80}$`, 'i');
/**
 * A credit line: "Source: Reuters", "Credit: picture-alliance/AP". Only a short name, not a
 * sentence ("Source: a senior official said …" is reporting, not a credit).
 */
const CREDIT_LABEL = /^(?:credit|source|courtesy)s?\s*:\s*(\p{Lu}[^.!?]{0,60})$/iu;

/**
 * A caption's closing credit: "… June 12, 2019. REUTERS/Maxim Shemetov", "… term. EPA / TASS",
 * "… Monday. JANE SMITH/RIVERTON GAZETTE", "… (file photo)". The credit is upper-case agency
 * or photographer names separated by slashes, or an agency name followed by a photographer's.
 */
const CAPS = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
/** Title-case words of a name or outlet: "Jean Martin", "Le Progrès", "Times of Malta". */
const TITLE_WORDS =
  "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|of|the|de|du|la|le|di|von|van|der)){0,4}";
/** A photo agency the picture came through: "… via Getty Images", "… via Reuters". */
const VIA = '(?:\\s+via\\s+\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,2})?';
const CAPTION_CREDIT = new RegExp(
  `(?:[.!?]\\s+|^|\\s[—–]\\s+)(?:${CAPS}(?:\\s*\\/\\s*(?:${CAPS}|[A-Z][a-z]+(?:\\s+[A-Z][a-zA-Z.-]+)*))+${VIA}|[A-Z]{2,}\\s+Images?|Getty Images|AFP via Getty Images)\\s*$`,
  'u',
);
/**
 * A caption's closing credit in title case, after the caption's last sentence or a dash: "… near
 * Lyon on Monday. Jean Martin/Le Progrès", "… on Monday — Ana Ruiz/The Courier" (a photographer's name of two to four words, a slash, the
 * outlet).
 */
const TITLE_CASE_CREDIT = new RegExp(
  `(?:[.!?]["”’)]?|\\s[—–])\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\s*\\/\\s*${TITLE_WORDS}${VIA}(?<![.!?])\\s*$`,
  'u',
);
const PHOTO_NOTE = /\((?:file |archive )?(?:photo|picture|image)\)\s*$/i;
/** A parenthesised photo credit: "(Photo by Dan Whitaker/Riverton Gazette)", "(Dan Whitaker/Riverton Gazette)". */
const PHOTO_BY =
  /\((?:(?:file |staff )?(?:photo|photograph|picture|image|video)s?(?:\s+by|\s*:)\s*[^()]+|(?:courtesy(?:\s+of)?|credit|source)\b\s*:?\s*[^()]+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*[^()]+)\)\s*$/iu;

/**
 * A credit line without a colon: "Photo by Ana Ruiz on Unsplash", "Pictures courtesy of the
 * family". A capital follows "by" (checked apart: "Photos by residents showed …" is reporting).
 */
const PICTURE_BY =
  /^(?:image|photo|picture|photograph|illustration|video|footage|foto|bild)s?\s+(?:by|courtesy of|credit)\s+(\S)[^.!?]{0,80}$/i;

/**
 * A wire-service sign-off at the end of an article: the desk's initials, "rc/msh (AFP, AP,
 * Reuters, dpa)", after the agency's code and before the time the copy was sent, as an agency
 * closes a story ("NWS hta/jw 0212 GMT": code, operators' initials, the hour and minute with its
 * zone).
 */
const SIGN_OFF =
  /^(?:\p{Lu}{2,6}\s+)?[a-z]{1,4}(?:\/[a-z]{1,4})+(?:\s+\d{4}\s?(?:GMT|UTC|BST|CET|CEST))?(?:\s*\([^)]*\))?$/u;
/** A wire story's staff credits: "(Reporting by Ann Lee; Editing by Tom Brown)". */
const WIRE_CREDITS =
  /^[([](?:additional )?(?:reporting|writing|editing|compiled|research|graphics)(?:\s+by)?\b[^()[\]]*[)\]]$/i;
/** One credit of a wire story without brackets: "Reporting by Aziz El Yaakoubi in Rabat". */
const CREDIT_ITEM =
  "(?:[Aa]dditional\\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Ff]act-checking)\\s+by\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|and|in|de|van|von|al|el|la))*";
/**
 * A wire story's credits written without brackets: credits only, separated by ";" or ",", names
 * capitalised, so a sentence ("Reporting by phone from Kherson, …") is not one.
 */
/**
 * Other staff credits: "Associated Press writers … contributed to this report.", "Ana Ruiz
 * contributed reporting from Lagos.", "Contributing: Ana Ruiz, Ben Ode".
 */
const STAFF_CREDITS = [
  /^\p{Lu}[^.!?]{0,200}\bcontributed (?:to this (?:report|story|article)|reporting(?: (?:from|in) [^.!?]{1,60})?)\.?$/u,
  /^[Cc]ontributing(?: (?:reporting|writers?|editors?))?\s*:\s*\p{Lu}[^.!?]*$/u,
];
const BARE_WIRE_CREDITS = new RegExp(
  `^${CREDIT_ITEM}(?:\\s*[;,]\\s*(?:and\\s+)?${CREDIT_ITEM})*\\.?$`,
  'u',
);
/** A copyright notice: "Copyright 2021 … All rights reserved.", "© 2021 Riverton Gazette". */
const COPYRIGHT = [
  /^(?:(?:all )?(?:content|text|material|photos?)\s+)?(?:copyright\s*(?:©|\(c\)|\d{4}|by\b)|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
  // "(c)" before a name and a year: "(c) Kellan Courier 2026" (a list item "(c) The
  // minister may …" has no year closing it). A notice's year, 1900–2099 as copyright.ts's.
  /^\(c\)\s*\p{Lu}[\p{L}\d'’&. -]{0,80}?\s(?:19|20)\d{2}(?:\s*[-–]\s*\d{2,4})?\.?$/u,
  // A short line with the copyright sign anywhere: "Kestrel Courier © 2023".
  /^(?=.{0,150}$).*©\s*(?:\d{4}|\p{Lu})/u,
  // "Reproduction in whole or in part without written permission is prohibited."
  /^(?:(?:any )?(?:reproduction|republication|redistribution|copying|use))\b.*\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent)\b.*\b(?:prohibited|forbidden|not permitted)\b/i,
  // A wire service's rights notice: "This material may not be published, broadcast, rewritten or redistributed."
  /\bmay not be (?:re)?(?:published|broadcast|rewritten|redistributed|reproduced|distributed|copied)(?:,?\s+(?:(?:or|and)\s+)?(?:re)?(?:published|broadcast|rewritten|redistributed|reproduced|distributed|copied|stored)){2,}\b/i,
];
/** A cheap first test for {@link COPYRIGHT}: a word or sign every one of its rules needs. */
const MAY_BE_COPYRIGHT = /copyright|©|\(c\)|reserved|may not be|permission/i;
/** An editor's note on the page's state, not reporting: "This is a developing story …". */
const STORY_STATUS = [
  /^this is an? (?:developing|breaking|ongoing)(?: news)? (?:story|report|situation)\b/i,
  /^this (?:story|article|report|post|page|live blog) (?:is (?:developing|breaking|being updated)|(?:will|may) be updated|has been updated)\b/i,
  /^(?:please )?(?:check back|refresh)(?: (?:this page|later|soon))? for (?:updates|more)\b/i,
  // Where the piece also ran: "This article appeared in the print edition of The Wexmoor
  // Gazette on 5 March 2025.", "A version of this story appears in print on March 5, 2025,
  // Section A, Page 1." A note on the page, its date the print edition's: neither reporting
  // nor the date the page states it was published.
  /^(?:this|a version of this) (?:article|story|report|piece|column|letter|review) (?:first |originally |also )?(?:appeared|appears|ran|was published) in (?:print\b|(?:the |our )?(?:[\p{L}\d'’,]+\s+){0,5}(?:print|edition|issue|newspaper|paper|magazine)\b)/iu,
  // A status line alone: "More to follow.", "DEVELOPING", "Breaking news story".
  /^(?:more (?:details )?to (?:follow|come)|updates? to follow|developing(?: story)?|breaking(?: news)?(?: story)?)[.!…]*$/i,
];
/**
 * A time-stamp line's label: "Published March 5, 2021 | Updated March 6, 2021 9:14 a.m.", a
 * blog's "Posted in Local News on March 3, 2025" (the section it is filed in before the date) or
 * WordPress's "This entry was posted on …" (its classic theme's post footer).
 */
const TIMESTAMP =
  /^(?:this (?:entry|post|article|story) was )?(?:first )?(published|posted|updated|last updated|modified)\b:?\s+(?:in\s+[^\n|.!?]{1,60}?\s+(?=on\s))?(?:on\s+)?/i;
/**
 * What may follow a time stamp's date: a time, then nothing, another field after a separator
 * ("| Filed under: Courts", "· 4 min read"), the section or author it is filed under or by ("in
 * Local News", "by Ana Ruiz", WordPress's "and is filed under Local News."). Anything else is the
 * rest of a sentence ("Posted on March 3, 2025, the video shows …").
 */
const TIMESTAMP_TAIL =
  /^(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*(?:$|[|·•—–]|(?:in|by|under)\s+\p{Lu}|and (?:is )?filed under\s+\p{Lu}[^.!?]{0,60}\.?$)/u;
/** A label opening a correction or update notice; the date after it is not the dateline. */
const CORRECTION_LABEL =
  /^(?:correction|clarification|editor['’]?s note|update|updated|corrected|amended)s?\b\s*[:.—–-]?\s*/i;

/**
 * Longer than this many characters, a line is article text: furniture lines and captions are
 * short. (It also bounds the cost of the rules on texts stored one paragraph per line.)
 */
const MAX_FURNITURE_LENGTH = 400;

/**
 * Reported speech: a clause attributed to someone after a comma ("Follow us, the guide said,
 * …", "Sign up to fight, the recruiters told the young men."). Page furniture never reports
 * what someone said, so such a line is article text whatever it starts with.
 */
const REPORTED_SPEECH =
  /,\s+(?:[^,]{0,60}\s)?(?:said|says|told|tells|added|asked|urged|warned|wrote|insisted|replied|explained|argued|claimed|noted|recalled|shouted|announced)\b/i;

/**
 * Why a single line is page furniture, or null when it is article text. Rules whose start a
 * sentence can share (navigation, calls to action, credit labels, copyright, story status)
 * give way to reported speech; a link teaser's headline may say "…, says X" and is still a
 * teaser. `standalone`: the line is a paragraph of its own (whole sentences, not a piece of a
 * longer paragraph), where a promotion of the outlet's products is furniture too
 * (call-to-action.ts).
 */
export function furnitureReason(
  line: string,
  options: { standalone?: boolean } = {},
): DropReason | null {
  if (line.length > MAX_FURNITURE_LENGTH) return null;
  if (
    TEASER.test(line) ||
    TAGGED_TEASER.test(line) ||
    ISSUE_TEASER.test(line) ||
    ALSO_TEASER.test(line) ||
    isBriefLabelTeaser(line) ||
    (FULL_STORY_ELSEWHERE.test(line) && !REPORTED_SPEECH.test(line)) ||
    LINK_LIST_TEASER.test(line)
  )
    return 'link to another page';
  if (isTagList(line)) return 'navigation';
  if (BARE_URL.test(line)) return 'bare URL';
  // A mail program's separator over a message is a rule with words set in it.
  if (HORIZONTAL_RULE.test(line) || isSignatureSeparator(line) || isMailSeparator(line))
    return 'horizontal rule';
  if (isReleaseEndMark(line)) return 'end mark';
  if (BARE_EMAIL.test(line)) return 'e-mail address';
  if (isRegistrationLine(line)) return 'registration notice';
  // "Photo by Ana Ruiz" names who took it; "Photo: …" may give the caption or the credit.
  if (isPictureBy(line)) return 'photo credit';
  if (PICTURE_LABEL.test(line) || PICTURE_PLACEHOLDER.test(line)) return 'photo caption or credit';
  if (
    SIGN_OFF.test(line) ||
    WIRE_CREDITS.test(line) ||
    BARE_WIRE_CREDITS.test(line) ||
    (line.includes('ontribut') && STAFF_CREDITS.some((rule) => rule.test(line)))
  )
    return 'staff credits';
  const reason = sentenceLikeFurniture(line, options.standalone === true);
  // Reported speech is checked last: it is the costly rule, and most lines match nothing.
  return reason !== null && !REPORTED_SPEECH.test(line) ? reason : null;
}

/** Rules whose start a sentence can share, before the reported-speech check. */
function sentenceLikeFurniture(line: string, standalone: boolean): DropReason | null {
  if (
    NAVIGATION.some((rule) => rule.test(line)) ||
    CHROME_WORDS.test(line) ||
    isShareRow(line) ||
    isPlayerBar(line)
  )
    return 'navigation';
  if (
    isCallToActionLabel(line) ||
    (standalone &&
      (isPromotion(line) ||
        isSocialFollowCall(line) ||
        isCoverageSignOff(line) ||
        isSupportAppeal(line) ||
        isMailingFurniture(line) ||
        isReaderNote(line) ||
        isTipLineAppeal(line) ||
        isContactCardLine(line) ||
        isPaywallNotice(line)))
  )
    return 'call to action';
  // A cookie banner, as a paragraph of its own (site-notice.ts).
  if (standalone && isCookieNotice(line)) return 'navigation';
  if (isNavigationBar(line) || isBreadcrumb(line)) return 'navigation bar';
  if (CREDIT_LABEL.test(line)) return 'photo credit';
  if (MAY_BE_COPYRIGHT.test(line)) {
    // A notice may open a line of footer fields ("(c) Radio Tarn Ltd 2025 | Contact …").
    const notice = noticeField(line);
    if (
      COPYRIGHT.some((rule) => rule.test(line) || rule.test(notice)) ||
      isYearlessNotice(notice, standalone) ||
      imprintNotice(notice) !== null
    )
      return 'copyright notice';
  }
  if (STORY_STATUS.some((rule) => rule.test(line))) return 'story status note';
  if (isFurnitureRow(line)) return 'navigation';
  return null;
}

/** Between the links of a row: a bar, a middle dot or a bullet, spaced. */
const ROW_SEPARATOR = /\s+[|·•]\s+/;

/**
 * True for a row of links or fields between bars or dots, each furniture by itself as a
 * paragraph of its own would be: a mailing's footer ("Unsubscribe | Update preferences | Forward
 * to a friend"), a post's footer ("Posted in Races · 9 comments"). Prose never separates its
 * clauses by "|", so no item is a piece of a sentence; a line whose items are not all furniture
 * ("Home prices rose 4 percent | the survey said.") is not one.
 */
function isFurnitureRow(line: string): boolean {
  const items = line.split(ROW_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every((item) => furnitureReason(item.trim(), { standalone: true }) !== null)
  );
}

/**
 * True for a line {@link furnitureReason} reads as a copyright notice only by the year-less rule
 * ("(c) Radio Northvale."): a list's third item has the same shape ("(c) Northern Ireland."), so
 * the caller keeps it unless it stands where furniture does (yearless-notice.ts).
 */
export function isYearlessCopyright(line: string): boolean {
  const notice = noticeField(line);
  return (
    YEARLESS_MARK.test(notice) && !COPYRIGHT.some((rule) => rule.test(line) || rule.test(notice))
  );
}

/** "(c)" opening a notice with no year; "©" and "Copyright" are {@link COPYRIGHT}'s rules. */
const YEARLESS_MARK = /^\(c\)\s*\S/i;

/**
 * True for a notice with no year: "(c)" and the holder's name alone ("(c) Radio Northvale."), or
 * that sentence followed only by furniture ("(c) Radio Northvale. Listen on 97.4 FM and DAB.":
 * a station's promotion run on). A list item "(c) The minister may resign." names no holder (a
 * clause, not a run of capitalised words; copyright.ts), and "(c) Northvale. Then …" is followed
 * by prose.
 */
function isYearlessNotice(field: string, standalone: boolean): boolean {
  if (!YEARLESS_MARK.test(field)) return false;
  const sentence = noticeSentence(field);
  if (sentence === null) return copyrightHolder(field) !== null;
  return (
    copyrightHolder(sentence.notice) !== null &&
    furnitureReason(sentence.rest, { standalone }) !== null
  );
}

function isPictureBy(line: string): boolean {
  const capital = PICTURE_BY.exec(line)?.[1];
  return capital !== undefined && /^\p{Lu}/u.test(capital);
}

/**
 * True for the label over a list of links to other pages ("Related:", "Trending now", "More
 * from Health"): the headlines listed under it, in its block, are links, not the article's words.
 */
export function isLinkListLabel(line: string): boolean {
  return line.length <= 60 && LINK_LIST_LABEL.test(line.trim());
}

/**
 * True for the label over a list of the issue's other items ("ALSO IN THIS ISSUE", "Also
 * inside"), alone on its line: a newsletter's or paper's teasers for pieces it holds elsewhere.
 */
export function isIssueListLabel(line: string): boolean {
  return line.length <= 60 && ISSUE_LIST_LABEL.test(line.trim());
}

/** True when a single line is page furniture that should never reach the article text. */
export function isFurnitureLine(line: string): boolean {
  return furnitureReason(line) !== null;
}

/** True when a line closes an image caption with a credit or a photo note. */
export function isCaptionLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_LENGTH) return false;
  // Credits with a slash or a label's colon or in brackets: skip those rules for lines without.
  const slash = line.includes('/');
  return (
    ((slash || line.includes('Image')) && CAPTION_CREDIT.test(line)) ||
    (slash && TITLE_CASE_CREDIT.test(line)) ||
    (line.includes(':') && PICTURE_LABEL_END.test(line)) ||
    isPictureBy(line) ||
    PHOTO_NOTE.test(line) ||
    (line.trimEnd().endsWith(')') && PHOTO_BY.test(line)) ||
    PICTURE_LABEL.test(line) ||
    PICTURE_PLACEHOLDER.test(line) ||
    CREDIT_LABEL.test(line)
  );
}

/**
 * Reads a time-stamp line ("Published March 5, 2021 | Updated …", "Updated: 2021-03-06",
 * "Posted in Local News on 3 March 2025"): a label, then a date straight away, then only
 * what a time stamp has after its date ({@link TIMESTAMP_TAIL}). `published` is the date when the label names the
 * publication, null for an update. Null for any other line ("Updated rules took effect.").
 */
export function parseTimestamp(line: string): { published: string | null } | null {
  const match = TIMESTAMP.exec(line);
  if (!match?.[1]) return null;
  const rest = line.slice(match[0].length);
  const dated = findDateSpan(rest);
  if (dated?.start !== 0 || !TIMESTAMP_TAIL.test(rest.slice(dated.end).trim())) return null;
  return { published: /^(?:published|posted)$/i.test(match[1]) ? dated.date : null };
}

/**
 * When a line opens a correction or update notice ("Correction", "Correction: June 21, 2021",
 * "Editor's note:"), the rest of the line after the label; otherwise null.
 */
export function correctionLabel(line: string): string | null {
  const match = CORRECTION_LABEL.exec(line);
  if (!match) return null;
  const rest = line.slice(match[0].length);
  // "Updated rules took effect." is a sentence, not a label: a label stands alone or ends with ":" or a date.
  if (rest.length === 0 || /[:—–-]\s*$/.test(match[0])) return rest;
  return null;
}
