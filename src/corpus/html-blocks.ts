/**
 * The text of an HTML element as blocks: one block per paragraph-like element (`p`, `li`,
 * headings, table rows, …), lines broken at `<br>`, runs of whitespace collapsed to one space
 * as a browser renders them. Scripts, styles, forms and media are not text and are skipped.
 */

/** The part of a DOM node this module reads (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** One block of text. */
export interface HtmlBlock {
  /** Lines of the block, joined by `\n`; never empty. */
  text: string;
  /** The block is a heading (`h1`–`h6`); `level` is its number. */
  level: number | null;
  /** The block is a figure or table caption (`figcaption`, `caption`). */
  caption: boolean;
  /** The block is an item of a list (`li`), or a block inside one. */
  listItem?: true;
}

/** The texts of the list items among `blocks`, whitespace collapsed (PageContext.listItems). */
export function listItemTexts(blocks: readonly HtmlBlock[]): string[] {
  return blocks
    .filter((block) => block.listItem === true)
    .map((block) => block.text.replace(/\s+/g, ' ').trim());
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start and end a block (the HTML standard's block-level flow content). */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose content is not article text. */
const SKIP = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'HEAD',
  'IFRAME',
  'IMG',
  'INPUT',
  'MATH',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'PICTURE',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
]);

const HEADING = /^H([1-6])$/;

/**
 * The blocks of text under `root`, in document order.
 *
 * @example
 * blocksOf(parseHTML('<p>One <b>two</b></p><p>Three<br>four</p>').document.body)
 * // [{ text: 'One two', … }, { text: 'Three\nfour', … }]
 */
export function blocksOf(root: DomNode): HtmlBlock[] {
  return blocksAndRules(root).blocks;
}

/**
 * {@link blocksOf}, and where the thematic breaks (`<hr>`) stand among the blocks, however
 * deep: for each, the index of the first block after it (`blocks.length` when none follows).
 *
 * @example
 * blocksAndRules(parseHTML('<div><p>One</p><hr><p>Two</p></div>').document.body).rules // [1]
 */
export function blocksAndRules(root: DomNode): { blocks: HtmlBlock[]; rules: number[] } {
  const blocks: HtmlBlock[] = [];
  const rules: number[] = [];
  let lines: string[] = [];
  let line = '';
  let level: number | null = null;
  let caption = 0;
  let item = 0;
  let preformatted = 0;

  const endLine = () => {
    const trimmed = line.trim();
    if (trimmed.length > 0) lines.push(trimmed);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length > 0)
      blocks.push({
        text: lines.join('\n'),
        level,
        caption: caption > 0,
        ...(item > 0 ? { listItem: true as const } : {}),
      });
    lines = [];
    level = null;
  };

  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (preformatted > 0) {
        const parts = value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          line += part;
        });
      } else {
        line += value.replace(/[ \t\n\r\f]+/g, ' ');
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      // The document itself or a fragment: walk its children.
      if (node.childNodes) for (const child of Array.from(node.childNodes)) visit(child);
      return;
    }
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCK.has(name);
    if (block) endBlock();
    if (name === 'HR') rules.push(blocks.length);
    const heading = HEADING.exec(name);
    if (heading) level = Number(heading[1]);
    const isCaption = name === 'FIGCAPTION' || name === 'CAPTION';
    if (isCaption) caption += 1;
    if (name === 'PRE') preformatted += 1;
    if (name === 'LI') item += 1;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (name === 'PRE') preformatted -= 1;
    if (block) endBlock();
    if (name === 'LI') item -= 1;
    if (isCaption) caption -= 1;
  };

  visit(root);
  endBlock();
  return { blocks, rules };
}
