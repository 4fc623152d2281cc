// Entry point of the action (bundled to dist/index.js). Never lets a stack trace reach the log.
// It loads the rest of the action with a code cache (src/boot/load-bundle.ts), so a self-hosted
// runner that runs the action again starts sooner.
import { loadBundle } from '../boot/load-bundle.ts';
import { raiseTiering } from '../boot/tiering.ts';

/** Defined (true) by scripts/build.mjs in the bundle; undefined when run from source. */
declare const WACRG_BUNDLE: true | undefined;
// The rest of the action: in the bundle, dist/action/run.cjs with a code cache taken after a run of
// the same event (src/boot/load-bundle.ts); from source, the module itself. One dynamic import of our
// own module: a dynamic import of '@actions/core' itself would keep every export of it in the bundle
// (its OIDC client pulls in npm undici), where static imports let esbuild drop what is not called.
// No top-level await: the bundle of this entry is CommonJS (a CommonJS main starts without Node's ESM loader).
async function start(): Promise<void> {
  // A GitHub-hosted runner is a new machine for every job (RUNNER_ENVIRONMENT, set by the runner):
  // no later run would use a cache made there, and any cache found there was put by something else
  // (a checkout, a restored cache), so none is read or made.
  const cache = process.env['RUNNER_ENVIRONMENT'] !== 'github-hosted';
  // Short runs without most of Maglev's and TurboFan's background compiles (src/boot/tiering.ts),
  // set before the bundle is compiled with its cache, after loading what every run needs for its
  // requests (GITHUB_API_URL's scheme; node:https loads node:http too), so that those keep Node's
  // code cache.
  if (typeof WACRG_BUNDLE !== 'undefined') raiseTiering([/^http:/i.test(process.env['GITHUB_API_URL'] ?? '') ? 'node:http' : 'node:https']);
  const { run, failureMessage, setFailed } =
    typeof WACRG_BUNDLE === 'undefined'
      ? await import('./run.ts')
      : loadBundle<typeof import('./run.ts')>(new URL('./action/run.cjs', import.meta.url), process.env['GITHUB_EVENT_NAME'] ?? 'none', { cache });
  // The end of loading, for `npm run bench` (bench/probe.mjs splits a run's time at this event). An
  // event on `process`, not performance.mark(): that loads Node's perf_hooks (≈1.9 ms, issue #14).
  (process as NodeJS.EventEmitter).emit('wacrg:loaded');
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
}
// A failure to load the action itself (a damaged checkout of it): one error line for the log, exit 1.
start().catch((error: unknown) => {
  // Workflow-command data escaping (as @actions/core's issueCommand): %, CR and LF.
  const message = (error instanceof Error ? error.message : String(error)).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::error::wacrg could not start: ${message}\n`);
  process.exitCode = 1;
});
