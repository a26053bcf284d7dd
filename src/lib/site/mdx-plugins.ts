import { findTerm } from '../../data/glossary';

/**
 * Build-time MDX plugins that move page-specific weight out of the bundle every page shares.
 * Both work on the syntax trees only (no Docusaurus imports), so they are unit-tested directly.
 */

interface TreeNode {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
}

function walk(node: TreeNode, visit: (node: TreeNode) => boolean | void): boolean {
  if (visit(node) === true) return true;
  for (const child of node.children ?? []) if (walk(child, visit)) return true;
  return false;
}

function hasClass(node: TreeNode, name: string): boolean {
  const className = node.properties?.className;
  return Array.isArray(className) ? className.includes(name) : className === name;
}

/**
 * Rehype plugin, after rehype-katex: a page whose output contains KaTeX markup gets a
 * `<Head><link rel="stylesheet" href="<baseUrl>katex/katex.min.css"></Head>` element, so only
 * pages with formulas load KaTeX's stylesheet (about 23 KB raw) instead of every page loading it
 * through the site-wide `stylesheets` option. The fonts it declares stay separate files that the
 * browser fetches only for the glyphs a page uses. The link is in the server-rendered `<head>`, so
 * formulas are styled at first paint with no layout shift.
 */
export function rehypeKatexStylesheet(options: { href: string }) {
  if (!options?.href) throw new RangeError('href: the KaTeX stylesheet URL is required');
  return (tree: TreeNode): void => {
    const hasMath = walk(tree, (node) => node.type === 'element' && hasClass(node, 'katex'));
    if (!hasMath) return;
    const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
    tree.children = [
      ...(tree.children ?? []),
      {
        type: 'mdxJsxFlowElement',
        name: 'Head',
        attributes: [],
        children: [
          {
            type: 'mdxJsxFlowElement',
            name: 'link',
            attributes: [attribute('rel', 'stylesheet'), attribute('href', options.href)],
            children: [],
          },
        ],
      },
    ];
  };
}

/** The glossary fields a `<Term>` card shows, serialized into its `entry` prop at build time. */
export interface TermEntry {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly definition: { readonly 'zh-Hans': string; readonly en: string };
  readonly chapter: number;
}

/**
 * Remark plugin: every `<Term id="...">` in an MDX page gets an `entry` attribute holding its
 * glossary entry as JSON. The Term component then needs no copy of the whole glossary (56 KB of
 * source, in the bundle of every doc page through the MDX components), only the few entries the
 * page itself uses, inside the page's own chunk. An unknown id is left alone: the content checks
 * report it, and Term renders its children plainly.
 */
export function remarkTermEntries() {
  return (tree: TreeNode): void => {
    walk(tree, (node) => {
      if (
        (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') ||
        node.name !== 'Term'
      )
        return;
      const attributes = node.attributes ?? [];
      const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id !== 'string') return;
      const term = findTerm(id);
      if (!term || attributes.some((a) => a.name === 'entry')) return;
      const entry: TermEntry = {
        id: term.id,
        zh: term.zh,
        en: term.en,
        definition: term.definition,
        chapter: term.chapter,
      };
      attributes.push({ type: 'mdxJsxAttribute', name: 'entry', value: JSON.stringify(entry) });
      node.attributes = attributes;
    });
  };
}
