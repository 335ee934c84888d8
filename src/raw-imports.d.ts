// A file imported with `?raw` is its text (Vite in the tests, scripts/build.mjs in the bundle).
declare module '*?raw' {
  const text: string;
  export default text;
}
