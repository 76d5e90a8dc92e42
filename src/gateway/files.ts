/**
 * Turns a payload's pictures (SVG) into PNG attachments discord.js uploads, rendered on libuv's
 * thread pool so the event loop keeps serving other interactions meanwhile.
 */
import type { AttachmentPayload } from 'discord.js';
import { renderPngAsync } from '../chart/render-png.js';
import type { ReplyPayload } from '../framework/payload.js';

/** A payload as discord.js sends it: pictures rendered to PNG bytes. */
export type SendablePayload = Omit<ReplyPayload, 'files'> & { files?: AttachmentPayload[] };

/**
 * Renders every file of `payload` to PNG; a payload without files is returned as it is.
 *
 * @throws (rejects) when a picture's SVG cannot be rendered: a bug, reported like any other.
 */
export async function renderFiles(payload: ReplyPayload): Promise<SendablePayload> {
  const { files, ...rest } = payload;
  if (!files || files.length === 0) return rest;
  const rendered = await Promise.all(
    files.map(async (file) => ({
      attachment: (await renderPngAsync(file.svg)).png,
      name: file.name,
      description: file.description,
    })),
  );
  return { ...rest, files: rendered };
}

/** A payload that carries no pictures (a notice), as discord.js sends it. */
export function withoutFiles(payload: ReplyPayload): SendablePayload {
  const { files: _files, ...rest } = payload;
  return rest;
}
