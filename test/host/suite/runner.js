// extensionTestsPath for the Crosscheck suite (web host via scripts/host/test-extension.js,
// desktop via test/host/desktop.js).
const path = require('path');
const { runMocha } = require('../harness/mocha-runner');

exports.run = () => runMocha([path.join(__dirname, 'crosscheck.test.js')], { timeout: 60000 });
