import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';
import Exercise, { Answer, Hint } from '@site/src/components/Exercise';

/**
 * The light, book-wide tags every chapter may use without an import: glossary terms and
 * exercises. Widgets are not here; chapters import the ones they use, so a page without widgets
 * ships no chart code.
 */
export default {
  ...MDXComponents,
  Term,
  Exercise,
  Hint,
  Answer,
};
