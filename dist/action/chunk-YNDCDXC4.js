import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import{a as r,b as i}from"./chunk-CBQUAAOX.js";var o=i((p,e)=>{e.exports=r("node:module")});export{o as a};
