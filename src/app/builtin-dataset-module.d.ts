/** The embedded default dataset, composed at build time by scripts/builtin-dataset-plugin.ts. */
declare module 'virtual:builtin-dataset' {
  const value: import('./builtin-dataset-types').BuiltinDatasetModule;
  export default value;
}
