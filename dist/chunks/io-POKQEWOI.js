import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  Failure,
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  UsageError,
  findRoot,
  isSpecRoot,
  paint,
  parse,
  processOutput,
  progress,
  readSpecRoot,
  specRoot
} from "./chunk-6AD5YC7K.js";
import "./chunk-YVZM6IXQ.js";
import "./chunk-XLS4JZ7B.js";
export {
  Failure,
  PROGRESS_FROM_FILES,
  ROOT_OPTION,
  UsageError,
  findRoot,
  isSpecRoot,
  paint,
  parse,
  processOutput,
  progress,
  readSpecRoot,
  specRoot
};
