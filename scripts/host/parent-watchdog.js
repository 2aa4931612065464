// Preloaded into the VS Code server (node --require). The server runs in its
// own process group so we can stop it with its extension host; the catch is
// that nothing stops it if the harness itself is SIGKILLed. So the server
// watches its parent and takes its whole group down once the parent is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) {
    try { process.kill(-process.pid, 'SIGKILL'); } catch { process.exit(1); }
  }
}, 1000).unref();
