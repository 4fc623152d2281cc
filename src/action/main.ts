// Entry point of the action (bundled to dist/index.js). Never lets a stack trace reach the log.
import * as core from '@actions/core';
import { failureMessage, run } from './run.ts';

try {
  await run();
} catch (error) {
  core.setFailed(failureMessage(error));
}
