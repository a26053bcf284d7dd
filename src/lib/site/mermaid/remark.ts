import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RenderOutcome, RenderRequest } from './renderer';
import {
  diagramHtml,
  diagramLabel,
  finishRootElement,
  languageOfFile,
  MERMAID_CLASS,
  scopeSvgIds,
  type MermaidTheme,
} from './svg';

/** The parts of an mdast tree this plugin reads; see https://github.com/syntax-tree/mdast */
export interface MdastNode {
  type: string;
  lang?: string | null;
  value?: string;
  children?: MdastNode[];
  position?: { start: { line: number } };
  [key: string]: unknown;
}

/** A ```mermaid code block and where it sits, so it can be replaced in place. */
export interface MermaidBlock {
  readonly node: MdastNode;
  readonly parent: MdastNode;
  readonly index: number;
}

/** Every fenced code block whose language is `mermaid`, in document order. */
export function findMermaidBlocks(tree: MdastNode): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  const walk = (parent: MdastNode) => {
    parent.children?.forEach((node, index) => {
      if (node.type === 'code' && node.lang?.trim().toLowerCase() === 'mermaid') {
        blocks.push({ node, parent, index });
      } else {
        walk(node);
      }
    });
  };
  walk(tree);
  return blocks;
}

/**
 * The render id of a diagram: unique per file, position and theme, stable across builds, and a
 * valid CSS identifier (mermaid scopes the diagram's stylesheet with `#<id>`).
 */
export function diagramId(fileKey: string, index: number, theme: MermaidTheme): string {
  const hash = createHash('sha1').update(fileKey).digest('hex').slice(0, 8);
  return `mermaid-${hash}-${index}-${theme}`;
}

/**
 * The MDX element that replaces a code block: `<div className="mermaid-static"
 * dangerouslySetInnerHTML={{ __html }} />`. A string, not a JSX tree of the SVG: it is smaller
 * in the page's JavaScript and React leaves it alone on hydration.
 */
export function mermaidElement(html: string): MdastNode {
  const literal = { type: 'Literal', value: html, raw: JSON.stringify(html) };
  const object = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Identifier', name: '__html' },
        value: literal,
      },
    ],
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: MERMAID_CLASS.box },
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{__html: ${literal.raw}}`,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: object }],
            },
          },
        },
      },
    ],
    children: [],
  };
}

export interface RemarkStaticMermaidOptions {
  /** renders one batch of diagrams with one mermaid theme */
  readonly render: (request: RenderRequest) => Promise<RenderOutcome[]>;
  /** mermaid's theme for each copy, e.g. `{ light: 'neutral', dark: 'dark' }` */
  readonly themes: Readonly<Record<MermaidTheme, string>>;
  /** file paths in messages and ids are relative to it */
  readonly siteDir: string;
}

interface VFileLike {
  path?: string;
}

/**
 * Remark plugin: replaces every ```mermaid block of a file with the diagram rendered at build
 * time, a light and a dark inline SVG (one render call per theme for all the file's diagrams).
 * A diagram that does not render fails the compilation with the file, line and mermaid's message.
 */
export function remarkStaticMermaid(options: RemarkStaticMermaidOptions) {
  return async (tree: MdastNode, file: VFileLike): Promise<void> => {
    const blocks = findMermaidBlocks(tree);
    if (blocks.length === 0) return;
    const filePath = file.path ?? 'unknown file';
    const relative = path.relative(options.siteDir, filePath).split(path.sep).join('/');
    const language = languageOfFile(relative);
    const request = (theme: MermaidTheme): RenderRequest => ({
      theme: options.themes[theme],
      diagrams: blocks.map(({ node }, index) => ({
        id: diagramId(relative, index, theme),
        source: node.value ?? '',
      })),
    });
    const [light, dark] = await Promise.all([
      options.render(request('light')),
      options.render(request('dark')),
    ]);
    const failures = blocks.flatMap(({ node }, index) => {
      const outcome = light[index];
      if (outcome?.ok) return [];
      const line = node.position?.start.line;
      return [
        `${relative}${line ? `:${line}` : ''}: the mermaid diagram does not render: ${outcome?.error ?? 'no result'}`,
      ];
    });
    if (failures.length > 0) throw new Error(failures.join('\n'));
    blocks.forEach(({ parent, index: position }, index) => {
      const copies = { light: light[index], dark: dark[index] };
      const svgs = {} as Record<MermaidTheme, string>;
      for (const theme of ['light', 'dark'] as const) {
        const outcome = copies[theme];
        if (!outcome?.ok) throw new Error(`${relative}: the ${theme} copy of a diagram failed`);
        const { diagram } = outcome;
        const id = diagramId(relative, index, theme);
        svgs[theme] = finishRootElement(
          scopeSvgIds(diagram.svg, id),
          diagramLabel(diagram, language),
          diagram.width,
        );
      }
      parent.children![position] = mermaidElement(diagramHtml(svgs));
    });
  };
}
