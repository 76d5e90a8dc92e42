import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttachmentFetcher } from '../../src/framework/attachment.js';

let server: Server;
let origin: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/ok.txt') res.end('Some text.');
    else if (req.url === '/moved.txt') res.writeHead(302, { location: '/ok.txt' }).end();
    else if (req.url === '/silent.txt')
      res.writeHead(200).write('a'); // never ends
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ref = (name: string, size = 10, url = `${origin}/${name}`) => ({
  id: '1',
  filename: name,
  size,
  url,
  contentType: 'text/plain',
});

describe('fetching an attachment', () => {
  it('downloads from an allowed origin', async () => {
    const fetchAttachment = createAttachmentFetcher({ origins: [origin] });
    expect(Buffer.from(await fetchAttachment(ref('ok.txt'), 100)).toString()).toBe('Some text.');
  });

  it('never contacts a host that is not Discord', async () => {
    const fetchAttachment = createAttachmentFetcher();
    const before = hits.length;
    await expect(fetchAttachment(ref('ok.txt'), 100)).rejects.toThrow(
      `“ok.txt” is not served by Discord (${origin}); it was not downloaded.`,
    );
    expect(hits.length).toBe(before);
  });

  it('follows no redirect, and says when the file is not served', async () => {
    const fetchAttachment = createAttachmentFetcher({ origins: [origin] });
    await expect(fetchAttachment(ref('moved.txt'), 100)).rejects.toThrow(
      /^“moved\.txt” could not be downloaded/,
    );
    await expect(fetchAttachment(ref('gone.txt'), 100)).rejects.toThrow(
      'Discord did not serve “gone.txt” (HTTP 404); try uploading it again.',
    );
  });

  it('gives up after its timeout', async () => {
    const fetchAttachment = createAttachmentFetcher({ origins: [origin], timeoutMs: 300 });
    await expect(fetchAttachment(ref('silent.txt'), 100)).rejects.toThrow(
      'Downloading “silent.txt” took longer than 0.3 s; try again.',
    );
  });

  it('refuses by the stated size before downloading, and by the real size while downloading', async () => {
    const fetchAttachment = createAttachmentFetcher({ origins: [origin] });
    const before = hits.length;
    await expect(fetchAttachment(ref('ok.txt', 5_000_000), 1_000)).rejects.toThrow(
      /^“ok\.txt” is too large \(4\.8 MB, more than the 0\.0 MB/,
    );
    expect(hits.length).toBe(before);
    await expect(fetchAttachment(ref('ok.txt', 1), 4)).rejects.toThrow(/^“ok\.txt” is too large/);
  });
});
