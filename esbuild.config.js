// Bundles each entry point into dist/. The wink model and vectors stay out of the bundles that
// use them: the model is a bundle of its own, dist/wink-model.js, required at its first use (a
// process that reads its claims from a cache never compiles its 4 MB); the vectors are a binary file.
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
  'wink-model': require.resolve('wink-eng-lite-web-model'),
};

/** `require('wink-eng-lite-web-model')` in a bundle: the model's own bundle beside it. */
const modelApart = {
  name: 'model-apart',
  setup(build) {
    build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, (args) => (args.importer.includes('node_modules') ? undefined : { path: './wink-model.js', external: true }));
  },
};
const fs = require('fs');
const path = require('path');

/**
 * The model's JSON files (3.5 MB) are copied to dist/wink-models/ and read with JSON.parse when
 * the model loads, not bundled as object literals: V8 keeps a script's source for as long as the
 * program runs, but the text of a JSON file is dropped once parsed.
 */
const modelJson = {
  name: 'model-json',
  setup(build) {
    // Copies one of the model's JSON files to dist/wink-models/; gives the code that reads it there.
    const keep = (file) => {
      const name = path.basename(file);
      fs.mkdirSync('dist/wink-models', { recursive: true });
      fs.copyFileSync(file, `dist/wink-models/${name}`);
      return `JSON.parse(require('fs').readFileSync(require('path').join(__dirname, 'wink-models', ${JSON.stringify(name)}), 'utf8'))`;
    };
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/].*\.json$/ }, (args) => ({ contents: `module.exports = ${keep(args.path)};`, loader: 'js' }));
    // The core model is read at each use rather than kept as parsed and copied at each use
    // (JSON.parse(JSON.stringify(…))): the same model, without a second copy held all run long.
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
      const src = fs.readFileSync(args.path, 'utf8');
      const kept = 'originalModel=require("./languages/cur/models/eng-core-web-model.json"),';
      const copied = 'JSON.parse(JSON.stringify(originalModel))';
      if (!src.includes(kept) || !src.includes(copied)) throw new Error(`${args.path}: the model reads its data otherwise than this build expects; see modelJson in esbuild.config.js`);
      const read = keep(path.join(path.dirname(args.path), 'languages/cur/models/eng-core-web-model.json'));
      return { contents: src.replace(kept, '').replace(copied, read), loader: 'js' };
    });
  },
};

/**
 * world-countries' data (1.4 MB, with every country's name in some 25 languages) bundled with only
 * what countries.ts reads: English names, spellings, codes and demonyms, standing and area. V8
 * keeps a bundle's source as long as the program runs; the whole file added some 5 MB to the
 * peak memory of a run.
 */
const countriesSlim = {
  name: 'countries-slim',
  setup(build) {
    build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, (args) => {
      const all = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      const slim = all.map((c) => ({
        name: { common: c.name.common, official: c.name.official },
        cca3: c.cca3,
        altSpellings: c.altSpellings,
        demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
        unMember: c.unMember,
        independent: c.independent,
        area: c.area,
      }));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};

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
    // esbuild writes a regular expression with \p{…} as `new RegExp(…)`, which builds a new object
    // at each evaluation (a few in the loops over every token); Node 18 reads them as literals.
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: watch ? 'silent' : 'warning',
    // pdf.js asks import.meta.url for a require() of an optional native canvas; it copes without.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: watch ? [watchLog, modelApart, modelJson, countriesSlim] : [modelApart, modelJson, countriesSlim],
  });
  if (watch) {
    await ctx.watch();
  } else {
    await ctx.rebuild();
    await ctx.dispose();
    for (const f of fs.readdirSync('dist')) if (f.endsWith('.js')) oneByte(`dist/${f}`);
  }
}

/**
 * The bundle's characters beyond Latin-1 (a few dashes and quotation marks in regular expressions
 * and comments, which esbuild leaves as they are) as \u escapes. V8 keeps a script's source for
 * as long as the program runs, one byte a character when every character fits in one and two
 * otherwise: about 5 MB more for the command line's bundle. A character escaped already ("\’" in a regular
 * expression) loses its backslash: "\u2019" is the same character there, in a string and in a
 * comment. (Watch builds keep the characters.)
 */
function oneByte(file) {
  const src = fs.readFileSync(file, 'utf8');
  const out = src.replace(/(\\*)([^\x00-\xff])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (out !== src) fs.writeFileSync(file, out);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
