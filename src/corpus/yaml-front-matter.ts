/**
 * A Markdown file's front matter: the YAML block between `---` lines at its top (the form
 * Jekyll, Hugo, Obsidian and web clippers write), parsed by js-yaml with YAML's core schema
 * (dates stay text, read by stated.ts). A block that is not valid YAML (an unclosed quote or
 * bracket) states nothing: a half-parsed value ("\"Depot to move" with its stray quote) would be
 * a guess, so no field of it is read, and the file's problems say where the YAML breaks.
 */
import yaml from 'js-yaml';
import type { StatedMeta } from './extraction.js';
import { isDateKey, statedOfYaml } from './front-matter.js';
import { statedDate } from './stated.js';

/** The front matter block: `---` on the first line, the fields, `---` on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** What a file's front matter states. */
export interface FrontMatter {
  /** The metadata read; empty when the block is not valid YAML. */
  stated: StatedMeta;
  /** Length of the block with its `---` lines: the text after it is the article's. */
  length: number;
  /** What is wrong with the block, each a sentence naming the line (of the file) and problem. */
  problems: string[];
}

/** The fields of a parsed block, or the problem with it. */
function parsed(block: string): { fields: Record<string, unknown> } | { problem: string } {
  try {
    const data: unknown = yaml.load(block, { schema: yaml.CORE_SCHEMA });
    if (data === null || data === undefined) return { fields: {} };
    if (typeof data !== 'object' || Array.isArray(data))
      return { problem: 'its front matter is not a list of "key: value" fields' };
    return { fields: data as Record<string, unknown> };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // The block starts on the file's second line (the first is `---`).
    const line = error.mark.line + 2;
    return {
      problem: `its front matter is not valid YAML (${error.reason}, line ${line}): no field of it is read, so its title, author and date are unknown unless the text states them (quote a value holding ": ", " #", a quote or a bracket)`,
    };
  }
}

/**
 * Reads the front matter at the top of `text` (lines apart by "\n"), or null when it has none.
 * A date field (`date`, `published`, …) whose value is no date is a problem, not silently
 * unread.
 *
 * @example
 * readFrontMatter('---\ntitle: Depot to move\ndate: 2026-03-0\n---\nThe depot …').problems
 * // ['its front matter\'s "date" is "2026-03-0", which is not a date it can read: …']
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const front = FRONT_MATTER.exec(text);
  if (front === null) return null;
  const length = front[0].length;
  const read = parsed(front[1] ?? '');
  if ('problem' in read) return { stated: {}, length, problems: [read.problem] };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(read.fields)) {
    if (!isDateKey(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    if (statedDate(String(value)) === undefined)
      problems.push(
        `its front matter's "${key}" is "${String(value)}", which is not a date it can read: unless the text states one, the date is shown quoted as "date not read" and dates nothing`,
      );
  }
  return { stated: statedOfYaml(read.fields), length, problems };
}
