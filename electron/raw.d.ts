/** Vite's `?raw` imports: the file's text as a string (main bundles paged.js this way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
