/** Placeholder shell; replaced by the real app shell. */
export function App() {
  return <main><h1>Net assessment</h1></main>;
}
