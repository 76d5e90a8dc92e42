/**
 * WordNet's data and index files read by the line, either from their bytes in memory or from the
 * file a page at a time. A question reads a few dozen synsets and look-ups of the 15 MB
 * `data.noun`, the 4.8 MB `index.noun` and `data.verb`: reading them whole was some 80 ms of CPU
 * of a fresh process's first answer (session 60, `--cpu-prof`), while every line a question needs
 * is found by its byte offset (a synset's offset is that of its line in `data.<pos>`, and the
 * index files are sorted so as to be searched on disk: wndb(5WN)).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a;

/** A text file's lines by byte offset. */
export interface FileLines {
  /** The file's length in bytes. */
  readonly length: number;
  /** The bytes from `position` up to the next newline or the file's end, newline excluded. */
  lineFrom(position: number): Buffer;
  /**
   * The start of the line holding byte `position` (0 ≤ position < length; a newline belongs to
   * the line it ends): the byte after the last newline before `position`, or 0.
   */
  lineStart(position: number): number;
}

/** The lines of bytes already in memory (a whole file, or a test's invented one). */
export function bufferLines(data: Buffer): FileLines {
  return {
    length: data.length,
    lineFrom(position) {
      const newline = data.indexOf(NEWLINE, position);
      return data.subarray(position, newline < 0 ? data.length : newline);
    },
    // Buffer#lastIndexOf counts a negative offset from the end: position 0 is checked first.
    lineStart: (position) => (position === 0 ? 0 : data.lastIndexOf(NEWLINE, position - 1) + 1),
  };
}

/** Bytes of a page of {@link pagedLines}: a few typical synset lines, a few hundred index lines. */
export const PAGE_BYTES = 16_384;

/**
 * The lines of `file`, read a page of `pageBytes` at a time when first touched and kept (at most
 * the file's size in memory); the file stays open for the process's life. The file is taken not
 * to change while it is read (an installed package's data).
 *
 * @throws Error (ENOENT, EACCES) on the first use when the file cannot be opened.
 */
export function pagedLines(file: string, pageBytes = PAGE_BYTES): FileLines {
  let fd: number | undefined;
  let size = 0;
  const pages = new Map<number, Buffer>();
  const open = (): number => {
    if (fd === undefined) {
      fd = openSync(file, 'r');
      try {
        size = fstatSync(fd).size;
      } catch (error) {
        closeSync(fd);
        fd = undefined;
        throw error;
      }
    }
    return fd;
  };
  const page = (index: number): Buffer => {
    let bytes = pages.get(index);
    if (bytes !== undefined) return bytes;
    const handle = open();
    const at = index * pageBytes;
    bytes = Buffer.allocUnsafe(Math.max(0, Math.min(pageBytes, size - at)));
    for (let done = 0; done < bytes.length;) {
      const read = readSync(handle, bytes, done, bytes.length - done, at + done);
      if (read === 0) {
        bytes = bytes.subarray(0, done);
        break;
      }
      done += read;
    }
    pages.set(index, bytes);
    return bytes;
  };
  return {
    get length() {
      open();
      return size;
    },
    lineFrom(position) {
      open();
      const parts: Buffer[] = [];
      for (let index = Math.floor(position / pageBytes); index * pageBytes < size; index++) {
        const bytes = page(index);
        const from = Math.max(0, position - index * pageBytes);
        const newline = bytes.indexOf(NEWLINE, from);
        parts.push(bytes.subarray(from, newline < 0 ? bytes.length : newline));
        if (newline >= 0 || bytes.length < pageBytes) break;
      }
      return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    },
    lineStart(position) {
      for (let index = Math.floor((position - 1) / pageBytes); index >= 0; index--) {
        const bytes = page(index);
        const to = Math.min(bytes.length - 1, position - 1 - index * pageBytes);
        const newline = to < 0 ? -1 : bytes.lastIndexOf(NEWLINE, to);
        if (newline >= 0) return index * pageBytes + newline + 1;
      }
      return 0;
    },
  };
}
