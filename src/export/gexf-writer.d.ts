// Types for graphology-gexf's environment-free writer (the package types only its index).
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
