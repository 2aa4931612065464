// pdf.js's display layer creates a DOMMatrix when it loads, for drawing. Node has none and text
// extraction never draws, so an inert stand-in is enough (and no native canvas package is loaded).
// Imported before pdf.js; leaves a real DOMMatrix alone.
const g = globalThis as Record<string, unknown>;
for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) {
  if (typeof g[name] !== 'function') g[name] = class {};
}
export {};
