#!/usr/bin/env node
// `crosscheck compare …`: the bundled command line in dist/cli.js (built by `npm run build`,
// which `npm install` runs through the `prepare` script).
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(
    `crosscheck: ${path.relative(process.cwd(), cli) || cli} is missing: the command line has not been built.\n` +
      `Run \`npm run build\` in ${root} (\`npm install\` there builds it too).\n`,
  );
  process.exit(2);
}
require(cli).main();
