import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  UsageError,
  openSpecRoot,
  parse,
  processOutput,
  readSpecRoot
} from "./chunk-7XUACAKM.js";
import "./chunk-424AY2CD.js";
import "./chunk-XLS4JZ7B.js";
export {
  UsageError,
  openSpecRoot,
  parse,
  processOutput,
  readSpecRoot
};
