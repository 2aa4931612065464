// Bundles each entry point into dist/. The wink model and vectors stay out of the bundle:
// the model is required at run time from node_modules, the vectors are a binary file beside it.
const esbuild = require('esbuild');
const { buildVectors } = require('./scripts/build-vectors');

const watch = process.argv.includes('--watch');
const entries = {
  client: 'src/client/extension.ts',
  server: 'src/server/server.ts',
  worker: 'src/server/worker.ts',
  cli: 'src/cli/main.ts',
  // The document readers (PDF, Word, web pages, transcripts), on a worker thread of their own.
  formats: 'src/host/formats/worker.ts',
  bench: 'bench/main.ts',
};
const fs = require('fs');

async function main() {
  buildVectors();
  const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, f]) => fs.existsSync(f)));
  const ctx = await esbuild.context({
    entryPoints,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    outdir: 'dist',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
    // pdf.js asks import.meta.url for a require() of an optional native canvas; it copes without.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  if (watch) {
    await ctx.watch();
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
