import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-XLS4JZ7B.js";

// builtin:fs/promises
var require_promises = __commonJS({
  "builtin:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

export {
  require_promises
};
