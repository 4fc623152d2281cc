import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);

// src/text/code.ts
function longestBacktickRun(text) {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
function inlineCode(text) {
  if (text === "") return "` `";
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function blockFence(text) {
  return "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
}

export {
  inlineCode,
  blockFence
};
