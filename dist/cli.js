#!/usr/bin/env node
import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import{a as t}from"./chunks/chunk-PPMHNMBK.js";import{d as r}from"./chunks/chunk-XWWZQP6X.js";var e=r(t(),1);e.default.enableCompileCache?.();for(let s of[process.stdout,process.stderr])s.on("error",o=>{throw o.code==="EPIPE"&&process.exit(0),o});var{main:i}=await import("./chunks/main-Q5H7MNUW.js"),{processOutput:c}=await import("./chunks/io-YFS24KBU.js");process.exitCode=await i(process.argv.slice(2),c);
