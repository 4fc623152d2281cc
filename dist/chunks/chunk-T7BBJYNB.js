import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-XLS4JZ7B.js";

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

export {
  require_url
};
