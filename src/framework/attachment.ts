/**
 * Fetching a file attached to a command. Only from where Discord serves attachments (its CDN,
 * or the REST host the bot is configured to use, e.g. a stand-in on 127.0.0.1), with a size
 * cap checked before the download and while it runs, a timeout, and no redirects: the bytes
 * are the attachment Discord described, or an error saying why not.
 */
import type { AttachmentRef } from './command.js';

/** The origins Discord serves attachments from (discord-api-docs, "Image Formatting"). */
export const DISCORD_ATTACHMENT_ORIGINS = [
  'https://cdn.discordapp.com',
  'https://media.discordapp.net',
] as const;
/**
 * Where attachments may come from for a bot whose REST calls go to `apiUrl` (a proxy or a
 * stand-in on 127.0.0.1, which serves its own attachments): Discord's origins, plus that one.
 */
export function attachmentOrigins(apiUrl: string | null | undefined): string[] {
  return [...DISCORD_ATTACHMENT_ORIGINS, ...(apiUrl ? [new URL(apiUrl).origin] : [])];
}

/** How long a download may take in all. */
export const ATTACHMENT_TIMEOUT_MS = 15_000;

/** An attachment that could not be fetched; the message is meant for the user. */
export class AttachmentError extends Error {
  override readonly name = 'AttachmentError';
}

/** Downloads an attachment, at most `maxBytes` long. */
export type AttachmentFetcher = (ref: AttachmentRef, maxBytes: number) => Promise<Uint8Array>;

/** Options of {@link createAttachmentFetcher}. */
export interface FetcherOptions {
  /** Origins attachments may come from; default {@link DISCORD_ATTACHMENT_ORIGINS}. */
  origins?: readonly string[];
  /** Default {@link ATTACHMENT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** A size-limit refusal worded the same wherever the size is found out. */
export function tooLarge(filename: string, bytes: number | null, maxBytes: number): string {
  const size = bytes === null ? 'more than' : `${megabytes(bytes)}, more than`;
  return `“${filename}” is too large (${size} the ${megabytes(maxBytes)} an article may be).`;
}

/**
 * A fetcher that accepts only URLs on `origins`.
 *
 * @example
 * const fetchAttachment = createAttachmentFetcher({ origins: ['http://127.0.0.1:8080'] });
 * const bytes = await fetchAttachment(ref, 2_000_000); // throws AttachmentError
 */
export function createAttachmentFetcher(options: FetcherOptions = {}): AttachmentFetcher {
  const origins = new Set(options.origins ?? DISCORD_ATTACHMENT_ORIGINS);
  const timeoutMs = options.timeoutMs ?? ATTACHMENT_TIMEOUT_MS;
  return async (ref, maxBytes) => {
    if (ref.size > maxBytes) throw new AttachmentError(tooLarge(ref.filename, ref.size, maxBytes));
    let url: URL;
    try {
      url = new URL(ref.url);
    } catch {
      throw new AttachmentError(`“${ref.filename}” has no usable download address.`);
    }
    if (!origins.has(url.origin))
      throw new AttachmentError(
        `“${ref.filename}” is not served by Discord (${url.origin}); it was not downloaded.`,
      );
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { redirect: 'error', signal });
      if (!response.ok || !response.body)
        throw new AttachmentError(
          `Discord did not serve “${ref.filename}” (HTTP ${response.status}); try uploading it again.`,
        );
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body.cancel();
        throw new AttachmentError(tooLarge(ref.filename, declared, maxBytes));
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > maxBytes) throw new AttachmentError(tooLarge(ref.filename, null, maxBytes));
        chunks.push(chunk);
      }
      return Buffer.concat(chunks, total);
    } catch (error) {
      if (error instanceof AttachmentError) throw error;
      if (signal.aborted)
        throw new AttachmentError(
          `Downloading “${ref.filename}” took longer than ${timeoutMs / 1000} s; try again.`,
        );
      throw new AttachmentError(
        `“${ref.filename}” could not be downloaded (${(error as Error).message}); try again.`,
      );
    }
  };
}
