import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  UsageError,
  parse,
  processOutput,
  readSpecRoot
} from "./chunk-POWMMEA3.js";
import "./chunk-J6CVATO5.js";
import "./chunk-XLS4JZ7B.js";
export {
  UsageError,
  parse,
  processOutput,
  readSpecRoot
};
