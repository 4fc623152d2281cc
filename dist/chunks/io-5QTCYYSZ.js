import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  UsageError,
  openSpecRoot,
  parse,
  processOutput,
  readSpecRoot
} from "./chunk-CAKXQOKF.js";
import "./chunk-BWTJLFYE.js";
import "./chunk-XLS4JZ7B.js";
export {
  UsageError,
  openSpecRoot,
  parse,
  processOutput,
  readSpecRoot
};
