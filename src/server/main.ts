// Entry point of dist/server.js: the language server on the transport named on the command line
// (VS Code: IPC; other editors: `--stdio`, see bin/crosscheck-ls.js).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describe, startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: a stray exception or rejection is logged; the server keeps serving.
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${describe(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${describe(e)}`));

startServer(connection);
