import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  Failure,
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  UsageError,
  findRoot,
  isSpecRoot,
  openSpecRoot,
  paint,
  parse,
  processOutput,
  progress,
  readSpecRoot,
  specRoot
} from "./chunk-SV74TGZA.js";
import "./chunk-3BJLQZK2.js";
import "./chunk-XLS4JZ7B.js";
export {
  Failure,
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  UsageError,
  findRoot,
  isSpecRoot,
  openSpecRoot,
  paint,
  parse,
  processOutput,
  progress,
  readSpecRoot,
  specRoot
};
