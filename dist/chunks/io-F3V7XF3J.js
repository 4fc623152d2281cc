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
} from "./chunk-M3RFHTPX.js";
import "./chunk-RE4H4C64.js";
import "./chunk-GQYKUKJN.js";
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
