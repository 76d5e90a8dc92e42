/**
 * The relative links of Markdown files and whether each resolves: the file it names exists, and
 * its `#anchor`, when it has one, is a heading of the Markdown file it names. Anchors are GitHub's
 * (github-slugger): a heading's text lower-cased, punctuation other than `-` and `_` dropped, each
 * space a `-`, and a repeated anchor numbered `-1`, `-2`, … in the order of the file.
 * Links inside fenced code blocks and code spans are not links, and a target with a scheme
 * (`https:`, `mailto:`, `app:`) is not checked, nor an ellipsis written as a placeholder for any
 * address (`[Read original](…)`, an example of a saved page's own link).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^(#{1,6}) +(.*?)(?: +#+)? *$/;
const INLINE_LINK = /\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(\S+)/;
const HTML_LINK = /\b(?:href|src)="([^"]*)"/g;
const CODE_SPAN = /(`+)(?:(?!\1)[^])+?\1/g;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** The lines of `text` outside fenced code blocks (the fence lines dropped too). */
function proseLines(text: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const m = FENCE.exec(line);
    if (fence === null) {
      if (m) fence = m[1]!;
      else out.push(line);
    } else {
      const closing = line.trim();
      if (m && closing.length >= fence.length && [...closing].every((c) => c === fence![0])) {
        fence = null;
      }
    }
  }
  return out;
}

/** GitHub's anchor for a heading's Markdown text, before duplicates are numbered. */
export function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading anchor of a Markdown text, repeated ones numbered as GitHub numbers them. */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(text)) {
    const m = HEADING.exec(line);
    if (!m) continue;
    const base = slug(m[2]!);
    const n = seen.get(base) ?? 0;
    anchors.add(n === 0 ? base : `${base}-${n}`);
    seen.set(base, n + 1);
  }
  return anchors;
}

/** Every link target of a Markdown text outside code, in order. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(text)) {
    const definition = REFERENCE_DEFINITION.exec(line);
    if (definition) {
      targets.push(definition[1]!);
      continue;
    }
    const prose = line.replace(CODE_SPAN, '');
    for (const m of prose.matchAll(INLINE_LINK)) targets.push(m[1]!.replace(/^<|>$/g, ''));
    for (const m of prose.matchAll(HTML_LINK)) targets.push(m[1]!);
  }
  return targets;
}

/**
 * The links of `files` (paths relative to `root`) that do not resolve, each as
 * `file: target (why)`; empty when all do.
 */
export function brokenLinks(root: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const target of linkTargets(text)) {
      if (target === '' || target === '…' || SCHEME.test(target)) continue;
      const hash = target.indexOf('#');
      const linkPath = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
      const resolved = linkPath === '' ? file : path.join(path.dirname(file), linkPath);
      if (linkPath.startsWith('/') || !existsSync(path.join(root, resolved))) {
        problems.push(`${file}: ${target} (no file ${resolved})`);
        continue;
      }
      if (anchor === null) continue;
      if (!resolved.endsWith('.md')) {
        problems.push(`${file}: ${target} (an anchor into a file that is not Markdown)`);
      } else if (!headingAnchors(readFileSync(path.join(root, resolved), 'utf8')).has(anchor)) {
        problems.push(`${file}: ${target} (no heading of ${resolved} has that anchor)`);
      }
    }
  }
  return problems;
}
