// KaTeX for server rendering only. The browser build swaps this module for an empty stand-in
// (vite.config.ts, `serverOnlyKatex`), so KaTeX reaches the browser only through the lazy import of
// ./katex-render, when a formula changes after the page has loaded.
export { renderTex } from './katex-render';
