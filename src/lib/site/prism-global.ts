import { Prism } from 'prism-react-renderer';

// prismjs' grammar files (`prismjs/components/prism-*.js`) register on a global `Prism`. Pages
// import this module before their grammars (see ./prism-languages.ts) so that they extend the
// instance prism-react-renderer highlights with. Unlike Docusaurus's start-up loader it leaves
// the global in place: a page opened later by client-side navigation loads its grammars then,
// and this module, already evaluated, does not run again.
(globalThis as { Prism?: typeof Prism }).Prism = Prism;
