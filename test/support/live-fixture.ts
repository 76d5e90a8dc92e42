/** Invented articles and questions for live-reload and /corpus tests, and a folder snapshot to prove nothing changed. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const HARBOUR =
  'Harbour Bridge Reopens\n\nThe Kestrel Harbour bridge reopened on Monday after three months of repairs, the city engineer said. Traffic returned to normal by noon.\n';
export const ORCHARD =
  'Orchard Fire Contained\n\nFirefighters contained a blaze at the Marlow apple orchard late on Tuesday. Nobody was hurt, the fire chief said.\n';
export const LIBRARY =
  'Library Opens Night Hours\n\nThe Dunmore public library will stay open until midnight from next week, the head librarian announced on Friday.\n';

export const BRIDGE_QUESTION = 'When did the Kestrel Harbour bridge reopen?';
export const LIBRARY_QUESTION = 'How late will the Dunmore library stay open?';

/** Every non-hidden file of a folder with its contents: equal snapshots mean nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = await readFile(file, 'utf8');
  }
  return out;
}
