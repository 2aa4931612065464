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
