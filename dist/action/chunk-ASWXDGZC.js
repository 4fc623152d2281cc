import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-IXTYTZ7X.js";

// builtin:module
var require_module = __commonJS({
  "builtin:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

export {
  require_module
};
