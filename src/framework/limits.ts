/**
 * Discord's message, embed, component and autocomplete limits, as documented in the Discord API
 * docs. A reply that breaks one is rejected with HTTP 400, code 50035 ("Invalid Form Body").
 * Discord's error codes themselves are discord.js's `RESTJSONErrorCodes`.
 */

/** Characters in a message's `content`. */
export const MAX_CONTENT = 2_000;
/** Characters in an embed title. */
export const MAX_EMBED_TITLE = 256;
/** Characters in an embed description. */
export const MAX_EMBED_DESCRIPTION = 4_096;
/** Fields in one embed. */
export const MAX_EMBED_FIELDS = 25;
/** Characters in an embed field's name. */
export const MAX_FIELD_NAME = 256;
/** Characters in an embed field's value. */
export const MAX_FIELD_VALUE = 1_024;
/** Characters in an embed footer's text. */
export const MAX_EMBED_FOOTER = 2_048;
/** Characters in an embed author's name. */
export const MAX_EMBED_AUTHOR = 256;
/** Characters of embed text (title, description, field names and values, footer, author) across all embeds of a message. */
export const MAX_EMBED_TOTAL = 6_000;
/** Embeds in one message. */
export const MAX_EMBEDS = 10;
/** Action rows in one message. */
export const MAX_ACTION_ROWS = 5;
/** Buttons in one action row. */
export const MAX_BUTTONS_PER_ROW = 5;
/** Characters in a button label. */
export const MAX_BUTTON_LABEL = 80;
/** Characters in a component's custom_id (at least 1). */
export const MAX_CUSTOM_ID = 100;
/** Choices in one autocomplete response. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Characters in an autocomplete choice's name (at least 1) and in a string choice's value. */
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;

/** Files attached to one message. */
export const MAX_ATTACHMENTS = 10;
/** Characters in an attachment's `description` (its alt text). */
export const MAX_ATTACHMENT_DESCRIPTION = 1_024;
/**
 * Bytes in one uploaded file. Discord's default limit for bots has been 8 MiB, then 25 MiB, and is
 * 10 MiB since 2024; the lowest, 8 MiB, is used so a reply is accepted whichever applies.
 */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
