// Bundles each entry point into dist/. The wink model and vectors stay out of the bundle:
// the model is required at run time from node_modules, the vectors are a binary file beside it.
const esbuild = require('esbuild');
const { buildVectors } = require('./scripts/build-vectors');

const watch = process.argv.includes('--watch');
const entries = {
  client: 'src/client/extension.ts',
  server: 'src/server/main.ts',
  worker: 'src/host/worker.ts',
  cli: 'src/cli/main.ts',
  // The document readers (PDF, Word, web pages, transcripts), on a worker thread of their own.
  formats: 'src/host/formats/worker.ts',
  bench: 'bench/main.ts',
};
const fs = require('fs');

/**
 * In watch mode: a start and an end line around each rebuild, and each error or warning on two
 * lines (message, then file:line:column:), for the problem matcher of .vscode/tasks.json.
 */
const watchLog = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const [mark, kind, list] of [['✘', 'ERROR', result.errors], ['▲', 'WARNING', result.warnings]]) {
        for (const { text, location } of list) {
          console.error(`${mark} [${kind}] ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[watch] build finished');
    });
  },
};

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
    logLevel: watch ? 'silent' : 'warning',
    // pdf.js asks import.meta.url for a require() of an optional native canvas; it copes without.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: watch ? [watchLog] : [],
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
