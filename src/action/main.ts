// Entry point of the action (bundled to dist/index.js). Never lets a stack trace reach the log.
// It turns on Node's on-disk compile cache before anything else is loaded (a no-op where
// unsupported), so a self-hosted runner that runs the action again skips recompiling the bundle.
import module from 'node:module';

module.enableCompileCache?.();
const { run, failureMessage } = await import('./run.ts');
const core = await import('@actions/core');
try {
  await run();
} catch (error) {
  core.setFailed(failureMessage(error));
}
