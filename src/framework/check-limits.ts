/**
 * Checks a message payload against Discord's limits. Used by the tests and by the stand-in
 * Discord server, which rejects a reply that fails it the way Discord does (400, code 50035).
 * Accepts both this bot's {@link ReplyPayload} and the JSON discord.js sends on the wire.
 */
import { embedLength } from 'discord.js';
import type { APIEmbed } from 'discord.js';
import {
  MAX_ACTION_ROWS,
  MAX_ATTACHMENT_DESCRIPTION,
  MAX_ATTACHMENTS,
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CHOICE_NAME,
  MAX_CHOICE_VALUE,
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  MAX_EMBED_AUTHOR,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_UPLOAD_BYTES,
} from './limits.js';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function checkLength(
  problems: string[],
  path: string,
  value: unknown,
  max: number,
  required = false,
): number {
  if (value === undefined || value === null) {
    if (required) problems.push(`${path}: required`);
    return 0;
  }
  if (typeof value !== 'string') {
    problems.push(`${path}: not a string`);
    return 0;
  }
  if (required && value.length === 0) problems.push(`${path}: empty`);
  if (value.length > max) problems.push(`${path}: ${value.length} characters, limit ${max}`);
  return value.length;
}

function checkEmbed(problems: string[], path: string, embed: unknown): number {
  if (!isObject(embed)) {
    problems.push(`${path}: not an object`);
    return 0;
  }
  checkLength(problems, `${path}.title`, embed.title, MAX_EMBED_TITLE);
  checkLength(problems, `${path}.description`, embed.description, MAX_EMBED_DESCRIPTION);
  if (isObject(embed.footer))
    checkLength(problems, `${path}.footer.text`, embed.footer.text, MAX_EMBED_FOOTER, true);
  if (isObject(embed.author))
    checkLength(problems, `${path}.author.name`, embed.author.name, MAX_EMBED_AUTHOR, true);
  const fields = embed.fields;
  if (fields !== undefined) {
    if (!Array.isArray(fields)) problems.push(`${path}.fields: not an array`);
    else {
      if (fields.length > MAX_EMBED_FIELDS)
        problems.push(`${path}.fields: ${fields.length} fields, limit ${MAX_EMBED_FIELDS}`);
      fields.forEach((field: unknown, i) => {
        const f = isObject(field) ? field : {};
        checkLength(problems, `${path}.fields[${i}].name`, f.name, MAX_FIELD_NAME, true);
        checkLength(problems, `${path}.fields[${i}].value`, f.value, MAX_FIELD_VALUE, true);
      });
    }
  }
  // What counts toward the 6,000 characters is discord.js's own rule, applied to the well-formed parts.
  const text = (o: unknown) => (isObject(o) && typeof o.text === 'string' ? o.text : undefined);
  const name = (o: unknown) => (isObject(o) && typeof o.name === 'string' ? o.name : undefined);
  const countable: APIEmbed = {
    title: str(embed.title),
    description: str(embed.description),
    fields: (Array.isArray(fields) ? fields : []).filter(isObject).map((f) => ({
      name: str(f.name) ?? '',
      value: str(f.value) ?? '',
    })),
  };
  const footerText = text(embed.footer);
  if (footerText !== undefined) countable.footer = { text: footerText };
  const authorName = name(embed.author);
  if (authorName !== undefined) countable.author = { name: authorName };
  return embedLength(countable);
}

function checkComponents(problems: string[], components: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    problems.push('components: not an array');
    return;
  }
  if (components.length > MAX_ACTION_ROWS)
    problems.push(`components: ${components.length} rows, limit ${MAX_ACTION_ROWS}`);
  const ids = new Set<string>();
  components.forEach((row: unknown, r) => {
    const inner = isObject(row) ? row.components : undefined;
    if (!Array.isArray(inner) || inner.length === 0) {
      problems.push(`components[${r}]: an action row needs 1 to ${MAX_BUTTONS_PER_ROW} components`);
      return;
    }
    if (inner.length > MAX_BUTTONS_PER_ROW)
      problems.push(`components[${r}]: ${inner.length} buttons, limit ${MAX_BUTTONS_PER_ROW}`);
    inner.forEach((component: unknown, c) => {
      const b = isObject(component) ? component : {};
      const path = `components[${r}].components[${c}]`;
      checkLength(problems, `${path}.label`, b.label, MAX_BUTTON_LABEL);
      const id = str(b.custom_id) ?? str(b.customId);
      if (id === undefined) {
        if (b.url === undefined) problems.push(`${path}.custom_id: required`);
        return;
      }
      checkLength(problems, `${path}.custom_id`, id, MAX_CUSTOM_ID, true);
      if (ids.has(id)) problems.push(`${path}.custom_id: "${id}" is not unique in the message`);
      ids.add(id);
    });
  });
}

/**
 * Lists every way `payload` breaks Discord's message limits; empty when Discord would accept it.
 *
 * @example checkPayloadLimits({ content: 'x'.repeat(2001) }) // ['content: 2001 characters, limit 2000']
 */
export function checkPayloadLimits(payload: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(payload)) return ['payload: not an object'];
  checkLength(problems, 'content', payload.content, MAX_CONTENT);
  const embeds = payload.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) problems.push('embeds: not an array');
    else {
      if (embeds.length > MAX_EMBEDS)
        problems.push(`embeds: ${embeds.length} embeds, limit ${MAX_EMBEDS}`);
      const total = embeds.reduce(
        (sum: number, embed: unknown, i) => sum + checkEmbed(problems, `embeds[${i}]`, embed),
        0,
      );
      if (total > MAX_EMBED_TOTAL)
        problems.push(`embeds: ${total} characters in all, limit ${MAX_EMBED_TOTAL}`);
    }
  }
  checkComponents(problems, payload.components);
  // `files` is this bot's payload, `attachments` what discord.js sends on the wire.
  checkAttachmentList(problems, 'files', payload.files);
  checkAttachmentList(problems, 'attachments', payload.attachments);
  return problems;
}

function checkAttachmentList(problems: string[], path: string, list: unknown): void {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) {
    problems.push(`${path}: not an array`);
    return;
  }
  if (list.length > MAX_ATTACHMENTS)
    problems.push(`${path}: ${list.length} files, limit ${MAX_ATTACHMENTS}`);
  list.forEach((item: unknown, i) => {
    const a = isObject(item) ? item : {};
    checkLength(problems, `${path}[${i}].description`, a.description, MAX_ATTACHMENT_DESCRIPTION);
  });
}

/** An uploaded file as the stand-in server receives it. */
export interface UploadedFile {
  /** The multipart field, e.g. `files[0]`. */
  field: string;
  filename: string;
  bytes: number;
}

/**
 * Lists every way a message's uploaded files break Discord's limits: too many, too large (see
 * {@link MAX_UPLOAD_BYTES}), empty, or not named by an entry of the payload's `attachments`.
 */
export function checkUploadLimits(files: readonly UploadedFile[], payload: unknown): string[] {
  const problems: string[] = [];
  if (files.length > MAX_ATTACHMENTS)
    problems.push(`files: ${files.length} uploads, limit ${MAX_ATTACHMENTS}`);
  const attachments =
    isObject(payload) && Array.isArray(payload.attachments) ? payload.attachments : [];
  const ids = new Set(attachments.map((a: unknown) => (isObject(a) ? String(a.id) : '')));
  for (const file of files) {
    if (file.bytes > MAX_UPLOAD_BYTES)
      problems.push(`${file.field}: ${file.bytes} bytes, limit ${MAX_UPLOAD_BYTES}`);
    if (file.bytes === 0) problems.push(`${file.field}: empty file`);
    const id = /^files\[(\d+)\]$/.exec(file.field)?.[1];
    if (id === undefined || !ids.has(id))
      problems.push(`${file.field}: no attachments entry with id ${id ?? '?'}`);
  }
  return problems;
}

/** Lists every way an autocomplete response's choices break Discord's limits. */
export function checkChoiceLimits(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices: not an array'];
  const problems: string[] = [];
  if (choices.length > MAX_AUTOCOMPLETE_CHOICES)
    problems.push(`choices: ${choices.length}, limit ${MAX_AUTOCOMPLETE_CHOICES}`);
  choices.forEach((choice: unknown, i) => {
    const c = isObject(choice) ? choice : {};
    checkLength(problems, `choices[${i}].name`, c.name, MAX_CHOICE_NAME, true);
    if (typeof c.value === 'string')
      checkLength(problems, `choices[${i}].value`, c.value, MAX_CHOICE_VALUE);
    else if (typeof c.value !== 'number') problems.push(`choices[${i}].value: required`);
  });
  return problems;
}
