// extensionTestsPath for the smoke extension: VS Code requires this file in
// the extension host and awaits run().
const path = require('path');
const { runMocha } = require('../mocha-runner');

exports.run = () => runMocha([path.join(__dirname, 'smoke.test.js')]);
