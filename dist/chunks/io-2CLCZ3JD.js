import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  UsageError,
  parse,
  processOutput,
  readSpecRoot
} from "./chunk-KCRWBKN5.js";
import "./chunk-7CRVWMK2.js";
import "./chunk-XLS4JZ7B.js";
export {
  UsageError,
  parse,
  processOutput,
  readSpecRoot
};
