// Preload that profiles a process until it exits, for finding where the app's time goes under a bench:
//   BENCH_APP_NODE_OPTIONS="--require ./bench/cpu-profile.cjs" CPU_PROFILE_DIR=/tmp/prof npm run bench:ops …
// writes one <pid>.cpuprofile per process (the primary and each worker); open them in Chrome's DevTools.
// (Node refuses --cpu-prof in NODE_OPTIONS, and cluster workers are forked by server.ts, not by us.)
const fs = require('node:fs');
const inspector = require('node:inspector');
const path = require('node:path');

const dir = process.env.CPU_PROFILE_DIR || '/tmp/kinerja-prof';
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');
let written = false;
process.on('exit', () => {
  if (written) return;
  written = true;
  // An in-process session answers synchronously, so this completes before the process is gone.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
