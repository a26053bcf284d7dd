import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { chooseSearch } from './src/lib/site/search';
import { vendorKatexAssets } from './src/lib/site/katex-assets';
import { announceMermaid, chooseMermaid } from './src/lib/site/mermaid';
import { rehypeKatexStylesheet, remarkTermEntries } from './src/lib/site/mdx-plugins';
import { remarkPrismLanguages } from './src/lib/site/prism-languages';
import widgetChunksPlugin from './src/lib/site/chunks';
import inlineTranslationsPlugin from './src/lib/site/inline-translations-plugin';
import { darkCodeTheme, lightCodeTheme } from './src/lib/site/code-themes';
import { insideGitWorkTree } from './src/lib/site/git';
import { precachePagesAsServed } from './src/lib/site/pwa';
import { readingTimeOfMdx } from './src/lib/site/reading-time';

// Where the site lives. GitHub Pages for a project repository is https://<owner>.github.io/<repo>/;
// the deploy workflow sets both from the repository, a local build serves at /.
const siteUrl = process.env.SITE_URL ?? 'https://distributed-performance-book.github.io';
const baseUrl = normalizeBaseUrl(process.env.BASE_URL ?? '/');
// "Edit this page" links appear only when EDIT_URL is set, e.g. https://github.com/<owner>/<repo>/edit/main/
const editUrl = process.env.EDIT_URL?.trim() || undefined;
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'zh-Hans';
const isEnglish = currentLocale === 'en';
const search = chooseSearch(process.env, currentLocale);
// Mermaid's look in each colour mode; diagrams are drawn at build time in Chromium when one is
// found (no mermaid code on any page), in the reader's browser otherwise.
const mermaidThemes = { light: 'neutral', dark: 'dark' } as const;
const mermaid = chooseMermaid({ env: process.env, siteDir: __dirname, themes: mermaidThemes });
announceMermaid(mermaid);

function normalizeBaseUrl(value: string): string {
  const trimmed = value.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

const config: Config = {
  // The site title is the suffix of every <title>, so it follows the locale being built.
  title: isEnglish ? 'Distributed Systems Performance Optimization' : '分布式系统的多维度性能优化',
  tagline: isEnglish ? 'From Beginner to Expert' : '从入门到精通',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  organizationName: process.env.GITHUB_REPOSITORY_OWNER,
  projectName: process.env.GITHUB_REPOSITORY?.split('/')[1],

  future: {
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },

  markdown: {
    mermaid: mermaid.markdownMermaid,
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    // Each chapter's reading time, computed once at build time from its MDX (see reading-time.ts)
    // and read by src/theme/DocItem/Content as front matter.
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      if (/\.mdx?$/.test(params.filePath) && result.frontMatter.reading_minutes === undefined) {
        result.frontMatter.reading_minutes = readingTimeOfMdx(params.fileContent).minutes;
      }
      return result;
    },
  },

  // KaTeX's CSS and fonts are static files; rehypeKatexStylesheet links the CSS only from pages
  // with formulas.
  staticDirectories: ['static', vendorKatexAssets(__dirname)],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Keep the NN- prefixes in doc ids and URLs (/docs/01-foundations/01-why-performance):
          // the paths then sort in reading order and match src/data/outline.ts one to one.
          numberPrefixParser: false,
          remarkPlugins: [
            remarkMath,
            remarkTermEntries,
            remarkPrismLanguages,
            ...mermaid.remarkPlugins,
          ],
          rehypePlugins: [
            rehypeKatex,
            [rehypeKatexStylesheet, { href: `${baseUrl}katex/katex.min.css` }],
          ],
          editUrl,
          editLocalizedFiles: true,
          // From the git history: the deploy workflow checks out with fetch-depth: 0. Sources
          // without a repository (a tarball) build without the dates instead of failing.
          showLastUpdateTime: insideGitWorkTree(__dirname),
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          ignorePatterns: ['/search', '/en/search'],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    widgetChunksPlugin,
    inlineTranslationsPlugin,
    ...mermaid.plugins,
    [
      '@docusaurus/plugin-pwa',
      {
        // A book is read again later, often on a train: cache the locale's whole site at the
        // first visit, not only once the reader installs the app.
        offlineModeActivationStrategies: ['always'],
        // ...but only once the page has loaded and the main thread is idle: the precache
        // download (about 24 MB) must not compete with the page being opened.
        swRegister: require.resolve('./src/client/register-sw.ts'),
        injectManifestConfig: {
          manifestTransforms: [precachePagesAsServed],
          // Every browser with service workers reads woff2; the woff fallbacks are never used.
          globIgnores: ['katex/fonts/*.woff'],
          // The search index (about 7 MB, 2 MB gzipped, per locale) is over workbox's 2 MiB
          // default; without it the offline book could not be searched.
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        },
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: `manifest/${currentLocale}.json` },
          { tagName: 'meta', name: 'theme-color', content: '#1a62d6' },
          { tagName: 'link', rel: 'apple-touch-icon', href: 'img/apple-touch-icon.png' },
        ],
      },
    ],
  ] as Config['plugins'],

  themes: [
    ...mermaid.themes,
    ...(search.kind === 'local' ? search.themes : []),
  ] as Config['themes'],

  themeConfig: {
    image: 'img/social-card.png',
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: { hideable: true },
    },
    navbar: {
      title: '分布式系统性能优化',
      logo: { alt: 'Logo', src: 'img/logo.svg' },
      hideOnScroll: false,
      items: [
        { type: 'doc', docId: 'preface', position: 'left', label: '阅读' },
        { to: '/widgets', position: 'left', label: '交互模型' },
        { type: 'custom-offlineStatus', position: 'right' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'custom-localeSwitch', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '本书',
          items: [
            { label: '前言', to: '/docs/preface' },
            { label: '交互模型', to: '/widgets' },
            { label: '术语表', to: '/docs/glossary' },
          ],
        },
      ],
      copyright: '内容以 CC BY-SA 4.0 许可发布，代码以 MIT 许可发布。',
    },
    prism: {
      // GitHub and Dracula with their low-contrast token colours darkened or lightened to WCAG AA.
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // Grammars beyond prism-react-renderer's own are imported by the pages whose code blocks
      // use them (src/lib/site/prism-languages.ts), not loaded on every page at start-up.
      additionalLanguages: [],
    },
    mermaid: {
      theme: mermaidThemes,
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
    ...(search.kind === 'algolia' ? { algolia: search.themeConfig } : {}),
  } satisfies Preset.ThemeConfig,
};

export default config;
