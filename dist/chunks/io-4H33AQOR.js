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
} from "./chunk-ZZ7L5P6G.js";
import "./chunk-57ACAVRW.js";
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
