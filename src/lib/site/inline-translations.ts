import { parse } from '@babel/parser';
import type { Node } from '@babel/types';

/**
 * Moves code translations out of Docusaurus's main bundle and into the code that shows them.
 *
 * Docusaurus ships a locale's whole `code.json` as `@generated/codeTranslations`, imported by the
 * `translate()`/`<Translate>` runtime that every page loads; the English widget strings then
 * weigh on pages without a widget. Authors keep writing `translate({ id, message })` and
 * `<Translate id>` (so `write-translations` still extracts them into `i18n/<locale>/code.json`);
 * at build time the message of every id with an inlined prefix is replaced by the table's text
 * for the locale being built, and the ids are dropped from the table. At run time `translate`
 * then misses the table and returns its `message`, which is already the right text.
 */

/** Ids whose messages live in the code that shows them, not in the main bundle: the widgets'. */
export const INLINED_ID_PREFIX = 'widgets.';

/** The messages of a locale by id, as Docusaurus looks them up at run time. */
export type CodeTranslationTable = Readonly<Record<string, string>>;

export interface InlineOptions {
  /** The locale's table (`.docusaurus/codeTranslations.json`). */
  readonly table: CodeTranslationTable;
  /** Ids starting with this are inlined; others are left to the table. */
  readonly prefix: string;
  /**
   * True for a translated locale: an inlined id without a message in the table is an error
   * rather than silently showing the source language. False for the default locale, whose
   * messages are the source's own.
   */
  readonly requireAll: boolean;
}

/** A message the source could not be given, or a call whose id cannot be known. */
export class InlineTranslationError extends Error {
  override name = 'InlineTranslationError';
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TRANSLATE_MODULE = '@docusaurus/Translate';

/**
 * Rewrites `source` (TypeScript or JavaScript, with JSX for .tsx/.jsx) so that every
 * `translate({ id, message })` and `<Translate id>` whose static id starts with `prefix` carries
 * the table's message inline. Only the message (or the element's children) changes, byte for
 * byte elsewhere, so the next loader sees the same TypeScript and JSX. Returns `source` itself
 * when nothing changes. Throws an InlineTranslationError naming the file, line and id when an
 * inlined id has no message in a translated locale, and when an id is not a static string (it
 * could be an inlined one that would then show the source language).
 */
export function inlineTranslations(
  source: string,
  filename: string,
  options: InlineOptions,
): string {
  if (!source.includes(TRANSLATE_MODULE)) return source;
  const ast = parse(source, {
    sourceType: 'module',
    sourceFilename: filename,
    plugins: /\.[cm]?tsx?$/.test(filename)
      ? filename.endsWith('x')
        ? ['typescript', 'jsx']
        : ['typescript']
      : ['jsx'],
  });
  const names = translateNames(ast.program.body);
  if (names.component === undefined && names.fn === undefined) return source;

  const edits: Edit[] = [];
  const problems: string[] = [];
  const where = (node: Node): string => `${filename}:${node.loc?.start.line ?? '?'}`;
  const messageFor = (id: string, node: Node): string | undefined => {
    const message = Object.hasOwn(options.table, id) ? options.table[id] : undefined;
    if (message === undefined && options.requireAll) {
      problems.push(`${where(node)}: no message for "${id}" in the locale's code.json`);
    }
    return message;
  };

  walk(ast.program, (node) => {
    if (
      node.type === 'CallExpression' &&
      names.fn !== undefined &&
      node.callee.type === 'Identifier' &&
      node.callee.name === names.fn
    ) {
      const [descriptor] = node.arguments;
      if (descriptor?.type !== 'ObjectExpression') {
        problems.push(`${where(node)}: translate() needs an object literal to be inlined`);
        return;
      }
      let idNode: Node | undefined;
      let messageNode: Node | undefined;
      for (const property of descriptor.properties) {
        if (property.type !== 'ObjectProperty' || property.computed) {
          problems.push(`${where(property)}: translate() takes only plain id/message/description`);
          return;
        }
        const key = propertyName(property.key);
        if (key === 'id') idNode = property.value;
        if (key === 'message') messageNode = property.value;
      }
      if (idNode === undefined) return; // The message is the id: nothing to inline.
      const id = staticString(idNode);
      if (id === undefined) {
        problems.push(`${where(idNode)}: translate() id must be a string literal`);
        return;
      }
      if (!id.startsWith(options.prefix)) return;
      const message = messageFor(id, idNode);
      if (message === undefined) return;
      edits.push(
        messageNode === undefined
          ? {
              start: descriptor.start! + 1,
              end: descriptor.start! + 1,
              text: `message: ${JSON.stringify(message)},`,
            }
          : { start: messageNode.start!, end: messageNode.end!, text: JSON.stringify(message) },
      );
      return;
    }

    if (
      node.type === 'JSXElement' &&
      names.component !== undefined &&
      node.openingElement.name.type === 'JSXIdentifier' &&
      node.openingElement.name.name === names.component
    ) {
      const opening = node.openingElement;
      let idValue: Node | null | undefined;
      for (const attribute of opening.attributes) {
        if (attribute.type === 'JSXSpreadAttribute') {
          problems.push(`${where(attribute)}: <Translate> props must be written out, not spread`);
          return;
        }
        if (attribute.name.type === 'JSXIdentifier' && attribute.name.name === 'id') {
          idValue = attribute.value;
        }
      }
      if (idValue === undefined) return;
      const id =
        idValue?.type === 'JSXExpressionContainer'
          ? staticString(idValue.expression)
          : idValue === null
            ? undefined
            : staticString(idValue);
      if (id === undefined) {
        problems.push(`${where(opening)}: <Translate> id must be a string literal`);
        return;
      }
      if (!id.startsWith(options.prefix)) return;
      const message = messageFor(id, opening);
      if (message === undefined) return;
      const text = `{${JSON.stringify(message)}}`;
      if (node.closingElement) {
        edits.push({ start: opening.end!, end: node.closingElement.start!, text });
      } else {
        // <Translate id="..." />: give it the message as children.
        const tag = source.slice(opening.name.start!, opening.name.end!);
        const before = opening.attributes.at(-1) ?? opening.name;
        edits.push({ start: before.end!, end: opening.end!, text: `>${text}</${tag}>` });
      }
    }
  });

  if (problems.length > 0) {
    throw new InlineTranslationError(
      `Cannot inline the translations of ${filename}:\n  ${problems.join('\n  ')}\n` +
        'Run `npm run write-translations -- --locale <locale>` and translate the new entries.',
    );
  }
  return applyEdits(source, edits);
}

/**
 * The table without the inlined ids, as the JSON text of `.docusaurus/codeTranslations.json`:
 * their messages are in the code that shows them (see inlineTranslations).
 */
export function withoutInlinedIds(tableJson: string, prefix: string): string {
  const table = JSON.parse(tableJson) as Record<string, string>;
  return JSON.stringify(
    Object.fromEntries(Object.entries(table).filter(([id]) => !id.startsWith(prefix))),
  );
}

/** The local names `@docusaurus/Translate`'s component and function are imported under. */
function translateNames(body: readonly Node[]): { component?: string; fn?: string } {
  const names: { component?: string; fn?: string } = {};
  for (const statement of body) {
    if (
      statement.type !== 'ImportDeclaration' ||
      statement.importKind === 'type' ||
      statement.source.value !== TRANSLATE_MODULE
    ) {
      continue;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportDefaultSpecifier') names.component = specifier.local.name;
      if (
        specifier.type === 'ImportSpecifier' &&
        specifier.importKind !== 'type' &&
        propertyName(specifier.imported) === 'translate'
      ) {
        names.fn = specifier.local.name;
      }
    }
  }
  return names;
}

function propertyName(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  return staticString(key);
}

/** The value of a string literal or a template literal without expressions. */
function staticString(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Visits every node of the tree, parents before children. */
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key of Object.keys(node) as (keyof Node)[]) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
    const value: unknown = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) walk(child, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Applies non-overlapping edits; an edit inside an earlier one is moot (its text is replaced). */
function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}
