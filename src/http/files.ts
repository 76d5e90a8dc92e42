/**
 * Pictures over the HTTP transport. Discord takes no files in the HTTP response to its request
 * (that body is JSON only: discord-api-docs discussion #6204), so a reply with a picture is
 * acknowledged first and its message then edited in (or sent as a follow-up) over REST as
 * multipart/form-data: `payload_json` plus `files[n]`, each listed in `attachments` with its alt
 * text (Discord API docs, "Reference > Uploading Files").
 */
import type { RawFile } from 'discord.js';
import { renderPngAsync } from '../chart/render-png.js';
import type { ReplyPayload } from '../framework/payload.js';

/** True when `payload` carries pictures, which must go over REST. */
export function hasFiles(payload: ReplyPayload): boolean {
  return (payload.files?.length ?? 0) > 0;
}

/**
 * The REST request for `body` (a message body made from `payload`) with `payload`'s pictures
 * rendered to PNG (on libuv's thread pool, off the event loop) and listed in `attachments`.
 *
 * @throws (rejects) when a picture's SVG cannot be rendered: a bug, reported like any other.
 */
export async function withUploads(
  payload: ReplyPayload,
  body: Record<string, unknown>,
): Promise<{ body: Record<string, unknown>; files: RawFile[] }> {
  const pictures = payload.files ?? [];
  const rendered = await Promise.all(pictures.map((p) => renderPngAsync(p.svg)));
  return {
    body: {
      ...body,
      attachments: pictures.map((p, i) => ({
        id: String(i),
        filename: p.name,
        description: p.description,
      })),
    },
    files: rendered.map((r, i) => ({
      key: `files[${i}]`,
      name: pictures[i]!.name,
      data: r.png,
      contentType: 'image/png',
    })),
  };
}
