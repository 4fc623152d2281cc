// Entry point of the action (bundled to dist/index.js). Never lets a stack trace reach the log.
// It turns on Node's on-disk compile cache before anything else is loaded (a no-op where
// unsupported), so a self-hosted runner that runs the action again skips recompiling the bundle.
import module from 'node:module';

module.enableCompileCache?.();
// One dynamic import of our own module: a dynamic import of '@actions/core' itself would keep every
// export of it in the bundle (its OIDC client pulls in npm undici), where static imports let esbuild
// drop what the action does not call.
const { run, failureMessage, setFailed } = await import('./run.ts');
// The end of loading, for `npm run bench` (bench/probe.mjs splits a run's time at this mark).
performance.mark('wacrg:loaded');
try {
  await run();
} catch (error) {
  setFailed(failureMessage(error));
}
// Everything is written (files synchronously, requests answered): end here instead of a natural exit,
// which tears the heap down piece by piece (≈4 ms, measured for issue #14). process.exit still writes
// the compile cache (test/action/bundle.test.ts), and waits here until stdout and stderr have taken
// what was written to them (pipes are asynchronous on macOS and Windows runners).
process.stdout.write('', () => process.stderr.write('', () => process.exit()));
