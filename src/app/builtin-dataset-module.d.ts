/** The embedded default dataset, composed at build time by scripts/builtin-dataset-plugin.ts. */
declare module 'virtual:builtin-dataset' {
  // The normal build fetches a JSON file beside the scripts (a promise); the dev server and the
  // single-file build carry the value itself.
  const value: import('./builtin-dataset-types').BuiltinDatasetModule | Promise<import('./builtin-dataset-types').BuiltinDatasetModule>;
  export default value;
}
