import type { Plugin } from '@docusaurus/types';

/**
 * Code that only widgets use: the widget folders (every component except the book-wide `Term`
 * and `Exercise` tags and the home page's contents list), the models, number formatting and
 * parameter parsing, and d3 with its helpers. Matched against a module's resource path.
 */
export const WIDGET_CODE =
  /[\\/](?:src[\\/]components[\\/](?!Term[\\/]|Exercise[\\/]|BookContents[\\/]|Glossary[\\/])|src[\\/]lib[\\/](?:models|format|params)[\\/]|node_modules[\\/](?:d3-[a-z-]+|internmap)[\\/])/;

/** True for a module that belongs with the widgets (see WIDGET_CODE); CSS is bundled separately. */
export function isWidgetModule(resource: string | undefined): boolean {
  return resource !== undefined && WIDGET_CODE.test(resource) && !resource.endsWith('.css');
}

interface ModuleLike {
  nameForCondition?(): string | null;
}

/**
 * Keeps widget code out of Docusaurus's `common` chunk. Docusaurus puts every module that at least
 * half of the pages use into one `common` chunk that every page downloads; since most chapters
 * import a widget, the chart primitives, the controls and d3 qualified, so the preface and the
 * glossary paid for charts they never draw. Here `common` skips widget code, and a separate
 * async-only group shares it between the chapters that use it, so a page loads exactly the widget
 * code its own imports pull in. Widgets stay server rendered: this changes only how the client
 * bundle is split, not what the pages import.
 */
export default function widgetChunksPlugin(): Plugin {
  return {
    name: 'book-widget-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const notWidget = (module: ModuleLike): boolean =>
        !isWidgetModule(module.nameForCondition?.() ?? undefined);
      const widget = (module: ModuleLike): boolean =>
        isWidgetModule(module.nameForCondition?.() ?? undefined);
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: { test: notWidget },
              widgets: {
                test: widget,
                chunks: 'async',
                minChunks: 2,
                priority: 30,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}
