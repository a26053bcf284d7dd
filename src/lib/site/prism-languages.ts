/**
 * Code-block grammars per page instead of in every page's bundle.
 *
 * prism-react-renderer ships a set of grammars (markup, CSS, JavaScript/TypeScript, YAML, JSON,
 * SQL, C and C-like, Go, Python, Markdown, ...). Docusaurus adds the rest through
 * `themeConfig.prism.additionalLanguages`, which it loads at start-up from the main bundle, so
 * every page, the home page included, paid about 10 KB gzip for Java, Bash, PromQL and the other
 * grammars only some chapters use. This remark plugin instead puts the imports of a page's extra
 * grammars into that page's own MDX module: they run when the page's chunk loads, which is before
 * it renders, on the server and in the browser alike, so the highlighted tokens are in the static
 * HTML and hydrate without a mismatch. Grammars register on the `Prism` instance of
 * prism-react-renderer, exposed globally by `./prism-global` the way Docusaurus does it
 * (prismjs' grammar files assign to a global `Prism`).
 */

/** Module that makes prism-react-renderer's Prism the global one; imported before any grammar. */
export const PRISM_GLOBAL_MODULE = '@site/src/lib/site/prism-global';

/**
 * prismjs grammar files for the fence languages prism-react-renderer lacks, dependencies first
 * (from prismjs' components.json: Java and Protocol Buffers build on C-like, which
 * prism-react-renderer already has). Keys include the aliases authors may write.
 */
const GRAMMARS: Readonly<Record<string, readonly string[]>> = {
  java: ['java'],
  bash: ['bash'],
  sh: ['bash'],
  shell: ['bash'],
  toml: ['toml'],
  ini: ['ini'],
  properties: ['properties'],
  nginx: ['nginx'],
  protobuf: ['protobuf'],
  docker: ['docker'],
  dockerfile: ['docker'],
  promql: ['promql'],
  diff: ['diff'],
  http: ['http'],
  lua: ['lua'],
};

/** The fence languages this plugin can add, for documentation and tests. */
export const extraPrismLanguages: readonly string[] = Object.keys(GRAMMARS);

/**
 * The modules a page whose code fences use `languages` must import, in order: the global set-up,
 * then each needed grammar once. Languages prism-react-renderer has, or that nobody has a grammar
 * for, need nothing (the latter render as plain text, as they would anyway).
 */
export function prismImportsFor(languages: Iterable<string>): string[] {
  const grammars = new Set<string>();
  for (const language of languages) {
    for (const grammar of GRAMMARS[language.toLowerCase()] ?? []) grammars.add(grammar);
  }
  if (grammars.size === 0) return [];
  return [
    PRISM_GLOBAL_MODULE,
    ...[...grammars].sort().map((grammar) => `prismjs/components/prism-${grammar}`),
  ];
}

interface MdastNode {
  type: string;
  lang?: string | null;
  value?: string;
  data?: Record<string, unknown>;
  children?: MdastNode[];
}

/** An MDX ESM node holding `import '<source>';`, with the estree MDX compiles it from. */
function sideEffectImport(source: string): MdastNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [],
            attributes: [],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
          },
        ],
      },
    },
  };
}

/** Remark plugin: prepends the imports of the grammars the page's code fences need. */
export function remarkPrismLanguages() {
  return (tree: MdastNode): void => {
    const languages = new Set<string>();
    const visit = (node: MdastNode): void => {
      if (node.type === 'code' && node.lang) languages.add(node.lang);
      node.children?.forEach(visit);
    };
    visit(tree);
    const imports = prismImportsFor(languages);
    if (imports.length === 0) return;
    tree.children = [...imports.map(sideEffectImport), ...(tree.children ?? [])];
  };
}
