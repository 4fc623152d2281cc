import { createRequire as __wacrgCreateRequire } from 'node:module'; const require = __wacrgCreateRequire(import.meta.url);
import {
  lineColumn,
  lineStarts
} from "./chunk-WRXY5VL3.js";

// src/stanza/binary.ts
function isBlank(c) {
  return c === 32 || c === 9 || c === 13 || c === 65279;
}
function lines(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let nl = text.indexOf("\n", i);
    if (nl === -1) nl = n;
    let start = i;
    let end = nl;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    i = nl + 1;
  }
  return out;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function isSpace(c) {
  return c === 32 || c === 9;
}
var XXD_FIRST = /^[0-9A-Fa-f]{4,16}: /;
var HEXDUMP_FIRST = /^[0-9A-Fa-f]{4,16} {1,2}[0-9A-Fa-f]{2}(?: |$)/;
var HEXDUMP_ZERO = /^0{8}  [0-9A-Fa-f]{2}(?: |$)/;
var ByteSink = class {
  buf;
  length = 0;
  constructor(capacity) {
    this.buf = new Uint8Array(capacity);
  }
  /** Appends the bytes of the even-length hex digit run text[from, to). */
  pushRun(text, from, to) {
    for (let k = from; k < to; k += 2) {
      this.buf[this.length++] = hexValue(text.charCodeAt(k)) << 4 | hexValue(text.charCodeAt(k + 1));
    }
  }
  bytes() {
    return this.buf.slice(0, this.length);
  }
};
function readOffset(text, from, end) {
  let j = from;
  while (j < end && hexValue(text.charCodeAt(j)) !== -1) j++;
  return j > from ? j : -1;
}
function scanXxd(text, all) {
  const sink = new ByteSink(text.length >> 1);
  const err = (message, offset) => ({ kind: "error", message, offset, layout: "xxd" });
  for (const { start, end } of all) {
    const off = readOffset(text, start, end);
    if (off === -1 || text.charCodeAt(off) !== 58) {
      return err("xxd layout: the line does not start with an offset and a colon", start);
    }
    let j = off + 1;
    for (; ; ) {
      if (j >= end) break;
      if (!isSpace(text.charCodeAt(j))) return err("xxd layout: a hex group must be followed by a space", j);
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (k - j >= 2 || k >= end) break;
      const group = k;
      while (k < end && !isSpace(text.charCodeAt(k))) {
        if (hexValue(text.charCodeAt(k)) === -1) return err("xxd layout: invalid character in the hex columns", k);
        k++;
      }
      if ((k - group) % 2 !== 0) return err("odd number of hex digits in a group", group);
      sink.pushRun(text, group, k);
      j = k;
    }
  }
  return { kind: "bytes", bytes: sink.bytes(), layout: "xxd" };
}
function scanHexdumpC(text, all) {
  const sink = new ByteSink(text.length >> 1);
  const err = (message, offset) => ({
    kind: "error",
    message,
    offset,
    layout: "hexdump-C"
  });
  for (const { start, end } of all) {
    if (text.charCodeAt(start) === 42 && end === start + 1) {
      return err('hexdump -C layout: a "*" line stands for repeated lines that are not in the text; use hexdump -C -v', start);
    }
    const off = readOffset(text, start, end);
    if (off === -1 || off < end && !isSpace(text.charCodeAt(off))) {
      return err("hexdump -C layout: the line does not start with an offset", start);
    }
    let j = off;
    for (; ; ) {
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      if (j >= end || text.charCodeAt(j) === 124) break;
      if (hexValue(text.charCodeAt(j)) === -1) return err("hexdump -C layout: invalid character in the hex columns", j);
      if (hexValue(text.charCodeAt(j + 1)) === -1 || j + 1 >= end) {
        return err("hexdump -C layout: each byte must be exactly two hex digits", j);
      }
      if (j + 2 < end && !isSpace(text.charCodeAt(j + 2))) {
        return err("hexdump -C layout: each byte must be exactly two hex digits", j);
      }
      sink.pushRun(text, j, j + 2);
      j += 2;
    }
  }
  return { kind: "bytes", bytes: sink.bytes(), layout: "hexdump-C" };
}
function scanPlainHex(text) {
  const sink = new ByteSink(text.length >> 1);
  const n = text.length;
  let oddAt = -1;
  let sawDigits = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 10) {
      i++;
      continue;
    }
    const groupStart = i;
    let j = i;
    if (c === 48 && (text.charCodeAt(i + 1) | 32) === 120) j += 2;
    const digits = j;
    while (j < n && hexValue(text.charCodeAt(j)) !== -1) j++;
    if (j < n && !isBlank(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) return { kind: "no", failOffset: j };
    if (j === digits) return { kind: "no", failOffset: groupStart };
    sawDigits = true;
    if ((j - digits) % 2 !== 0) {
      if (oddAt === -1) oddAt = groupStart;
    } else if (oddAt === -1) {
      sink.pushRun(text, digits, j);
    }
    i = j;
  }
  if (!sawDigits) return { kind: "no", failOffset: 0 };
  if (oddAt !== -1) {
    return { kind: "error", message: "odd number of hex digits in a group", offset: oddAt, layout: "plain" };
  }
  return { kind: "bytes", bytes: sink.bytes(), layout: "plain" };
}
function scanHex(text) {
  const all = lines(text);
  const first = all[0];
  if (first === void 0) return { kind: "no", failOffset: 0 };
  const head = text.slice(first.start, Math.min(first.end, first.start + 24));
  if (XXD_FIRST.test(head)) return scanXxd(text, all);
  if (HEXDUMP_FIRST.test(head) && (text.charCodeAt(first.end - 1) === 124 || HEXDUMP_ZERO.test(head))) {
    return scanHexdumpC(text, all);
  }
  return scanPlainHex(text);
}
function base64Value(c) {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43 || c === 45) return 62;
  if (c === 47 || c === 95) return 63;
  return -1;
}
function scanBase64(text) {
  const all = lines(text);
  if (all.length === 0) return { kind: "no", failOffset: 0 };
  const values = new Uint8Array(text.length);
  let count = 0;
  let padding = 0;
  let nonHex = false;
  let standard = false;
  let url = false;
  let width = -1;
  for (let l = 0; l < all.length; l++) {
    const { start, end } = all[l];
    const last = l === all.length - 1;
    if (padding > 0) return { kind: "no", failOffset: start };
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 61) {
        padding++;
        if (padding > 2) return { kind: "no", failOffset: j };
        continue;
      }
      if (padding > 0) return { kind: "no", failOffset: j };
      const v = base64Value(c);
      if (v === -1) return { kind: "no", failOffset: j };
      if (c === 43 || c === 47) standard = true;
      if (c === 45 || c === 95) url = true;
      if (standard && url) return { kind: "no", failOffset: j };
      if (hexValue(c) === -1) nonHex = true;
      values[count++] = v;
    }
    const len = end - start;
    if (!last) {
      if (width === -1) width = len;
      if (len !== width || len % 4 !== 0) return { kind: "no", failOffset: start };
    } else if (width !== -1 && len > width) {
      return { kind: "no", failOffset: start };
    }
  }
  const lastLine = all[all.length - 1];
  const total = count + padding;
  if (padding > 0 && total % 4 !== 0 || padding === 0 && total % 4 === 1) {
    return { kind: "no", failOffset: lastLine.end - 1 };
  }
  if (!nonHex && padding === 0) return { kind: "no", failOffset: 0 };
  const out = new Uint8Array(Math.floor(count * 6 / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let k = 0; k < count; k++) {
    acc = (acc << 6 | values[k]) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return { kind: "bytes", bytes: out };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/stanza/position.ts
function lineIndex(text) {
  return { starts: lineStarts(text) };
}
function positionAt(index, offset) {
  return lineColumn(index.starts, offset);
}
function formatPosition(pos) {
  return `${pos.line}:${pos.column}`;
}

// src/stanza/failure.ts
var MAX_DEPTH = 256;
var ReaderFailure = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
function toReadError(failure, index) {
  const { line, column } = positionAt(index, failure.offset);
  return { message: failure.message, line, column };
}
var NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
function isNameStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isNameChar(c) {
  return isNameStart(c) || c >= 48 && c <= 57 || c === 46 || c === 58 || c === 45;
}

// src/stanza/json.ts
var MAX_JSON_NESTING = 2 * MAX_DEPTH + 8;
function fail(message, offset) {
  throw new ReaderFailure(message, offset);
}
function describe(v) {
  return v.kind === "object" ? "an object" : v.kind === "array" ? "an array" : `a ${v.kind}`;
}
var NUMBER_PREFIX = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*/y;
var STRING_ERRORS = /* @__PURE__ */ new Set([
  "UnexpectedEndOfString",
  "InvalidCharacter",
  "InvalidEscapeCharacter",
  "InvalidUnicode"
]);
function unexpected(expect, kind) {
  switch (expect) {
    case "key":
      return "expected a string key";
    case "colon":
      return "expected ':' after a key";
    case "comma":
      return kind === "array" ? "expected ',' or ']'" : "expected ',' or '}'";
    case "end":
      return "unexpected data after the JSON value";
    case "value":
      return "unexpected character, a value was expected";
  }
}
function syntaxError(src, code, offset, expect, frame) {
  const n = src.length;
  const at = (message, where) => new ReaderFailure(`JSON: ${message}`, where);
  const kind = frame?.value.kind;
  if (offset >= n) {
    if (expect === "value" || frame === void 0) return at("unexpected end of input, a value was expected", n);
    return at(`unterminated ${frame.value.kind}`, frame.value.start);
  }
  if (STRING_ERRORS.has(code)) {
    if (expect !== "value" && expect !== "key") return at(unexpected(expect, kind), offset);
    STRING_BODY.lastIndex = offset + 1;
    const p = offset + 1 + (STRING_BODY.exec(src)?.[0].length ?? 0);
    if (p >= n) return at("unterminated string", offset);
    if (src.charCodeAt(p) < 32) return at("control character inside a string (escape it)", p);
    return at(src[p + 1] === "u" ? "bad \\u escape in a string" : "bad escape sequence in a string", p);
  }
  if ((code === "UnexpectedEndOfNumber" || code === "InvalidNumberFormat") && expect === "value") {
    NUMBER_PREFIX.lastIndex = offset;
    const prefix = NUMBER_PREFIX.exec(src)?.[0] ?? "";
    if (prefix !== "" && prefix !== "-") return at(unexpected(frame === void 0 ? "end" : "comma", kind), offset + prefix.length);
  }
  return at(unexpected(expect, kind), offset);
}
function parseJson(text) {
  const src = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const stack = [];
  let closed;
  let root;
  const add = (value) => {
    const top = stack.at(-1);
    if (top === void 0) root = value;
    else if (top.value.kind === "array") top.value.items.push(value);
    else if (top.key !== void 0) {
      top.value.entries.push({ ...top.key, value });
      top.key = void 0;
    }
    if (top !== void 0) top.expect = "comma";
  };
  const open = (value) => {
    if (stack.length >= MAX_JSON_NESTING) fail(`JSON: nested deeper than ${MAX_JSON_NESTING} levels`, value.start);
    add(value);
    stack.push({ value, keys: /* @__PURE__ */ new Set(), expect: value.kind === "object" ? "key" : "value" });
  };
  visit2(
    src,
    {
      onObjectBegin: (offset) => open({ kind: "object", start: offset, entries: [] }),
      onArrayBegin: (offset) => open({ kind: "array", start: offset, items: [] }),
      // jsonc-parser ends an object or array before it reports the missing `}` or `]`.
      onObjectEnd: () => void (closed = stack.pop()),
      onArrayEnd: () => void (closed = stack.pop()),
      onObjectProperty: (key, offset) => {
        const top = stack.at(-1);
        if (top === void 0) return;
        if (top.keys.has(key)) fail("JSON: duplicate key in an object", offset);
        top.keys.add(key);
        top.key = { key, keyStart: offset };
        top.expect = "colon";
      },
      onSeparator: (character) => {
        const top = stack.at(-1);
        if (top !== void 0) top.expect = character === ":" ? "value" : top.value.kind === "object" ? "key" : "value";
      },
      onLiteralValue: (value, offset, length) => {
        if (typeof value === "string") add({ kind: "string", start: offset, value });
        else if (typeof value === "number") add({ kind: "number", start: offset, raw: src.slice(offset, offset + length) });
        else if (typeof value === "boolean") add({ kind: "boolean", start: offset, value });
        else add({ kind: "null", start: offset });
      },
      onError: (error, offset) => {
        const code = printParseErrorCode(error);
        const unclosed = code === "CloseBraceExpected" || code === "CloseBracketExpected";
        const frame = unclosed ? closed : stack.at(-1);
        const expect = frame?.expect ?? (root === void 0 ? "value" : "end");
        throw syntaxError(src, code, offset, expect, frame);
      }
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }
  );
  if (root === void 0) return fail("JSON: unexpected end of input, a value was expected", src.length);
  return root;
}
function keyLabel(key, index) {
  const digits = key.replace(/[^0-9]/g, "").length;
  return NAME_PATTERN.test(key) && key.length <= 64 && digits <= 4 ? `.${key}` : `[key #${index}]`;
}
function toNode(v, path, depth, index) {
  if (v.kind !== "object") fail(`JSON stanza: the node at ${path} must be an object, not ${describe(v)}`, v.start);
  if (depth > MAX_DEPTH) fail(`JSON stanza: nodes nested deeper than ${MAX_DEPTH} levels`, v.start);
  let tag;
  let attrs = [];
  let children = [];
  let content;
  for (let k = 0; k < v.entries.length; k++) {
    const entry = v.entries[k];
    const value = entry.value;
    if (entry.key === "tag") {
      if (value.kind !== "string" || !NAME_PATTERN.test(value.value)) {
        fail(`JSON stanza: ${path}.tag must be a string matching [A-Za-z_][A-Za-z0-9_.:-]*`, value.start);
      }
      tag = value.value;
    } else if (entry.key === "attrs") {
      attrs = toAttrs(value, `${path}.attrs`, index);
    } else if (entry.key === "content") {
      const at = `${path}.content`;
      if (value.kind === "array") {
        children = value.items.map((item, c) => toNode(item, `${at}[${c}]`, depth + 1, index));
      } else if (value.kind === "string") {
        if (value.value.trim() !== "") {
          content = { kind: "text", text: value.value, pos: positionAt(index, value.start + 1) };
        }
      } else if (value.kind === "object") {
        content = { kind: "bytes", bytes: toBytes(value, at), pos: positionAt(index, value.start) };
      } else if (value.kind !== "null") {
        fail(
          `JSON stanza: ${at} must be an array of nodes, a string, bytes ({"type":"Buffer","data":[...]}) or null, not ${describe(value)}`,
          value.start
        );
      }
    } else {
      fail(
        `JSON stanza: unknown key ${path}${keyLabel(entry.key, k)} (a node has only "tag", "attrs" and "content")`,
        entry.keyStart
      );
    }
  }
  if (tag === void 0) fail(`JSON stanza: the node at ${path} has no "tag"`, v.start);
  const node = { tag, attrs, children, pos: positionAt(index, v.start) };
  if (content !== void 0) node.content = content;
  return node;
}
function toAttrs(v, path, index) {
  if (v.kind === "null") return [];
  if (v.kind !== "object") fail(`JSON stanza: ${path} must be an object, not ${describe(v)}`, v.start);
  return v.entries.map((entry, k) => {
    const at = `${path}${keyLabel(entry.key, k)}`;
    if (!NAME_PATTERN.test(entry.key)) {
      fail(`JSON stanza: attribute name ${at} does not match [A-Za-z_][A-Za-z0-9_.:-]*`, entry.keyStart);
    }
    const value = entry.value;
    switch (value.kind) {
      case "string":
        return { name: entry.key, value: value.value, pos: positionAt(index, value.start + 1) };
      case "number":
        return { name: entry.key, value: value.raw, pos: positionAt(index, value.start) };
      case "boolean":
        return { name: entry.key, value: String(value.value), pos: positionAt(index, value.start) };
      default:
        return fail(`JSON stanza: the value of ${at} must be a string, number or boolean, not ${describe(value)}`, value.start);
    }
  });
}
function byteAt(v, path) {
  if (v.kind === "number" && /^(?:0|[1-9][0-9]{0,2})$/.test(v.raw) && Number(v.raw) <= 255) return Number(v.raw);
  return fail(`JSON stanza: ${path} must be an integer from 0 to 255`, v.start);
}
function toBytes(v, path) {
  const type = v.entries.find((e) => e.key === "type");
  const data = v.entries.find((e) => e.key === "data");
  if (type !== void 0 || data !== void 0) {
    if (v.entries.length !== 2 || type === void 0 || type.value.kind !== "string" || type.value.value !== "Buffer" || data === void 0 || data.value.kind !== "array") {
      fail(`JSON stanza: ${path} bytes must be exactly {"type":"Buffer","data":[...]}`, v.start);
    }
    const items = data.value.items;
    const out2 = new Uint8Array(items.length);
    for (let k = 0; k < items.length; k++) out2[k] = byteAt(items[k], `${path}.data[${k}]`);
    return out2;
  }
  const out = new Uint8Array(v.entries.length);
  for (let k = 0; k < v.entries.length; k++) {
    const entry = v.entries[k];
    if (entry.key !== String(k)) {
      fail(
        `JSON stanza: ${path} must be an array of nodes, a string, bytes ({"type":"Buffer","data":[...]}) or null`,
        v.start
      );
    }
    out[k] = byteAt(entry.value, `${path}[key #${k}]`);
  }
  return out;
}
function readJson(text) {
  const index = lineIndex(text);
  try {
    return { ok: true, tree: toNode(parseJson(text), "$", 1, index) };
  } catch (err) {
    if (err instanceof ReaderFailure) return { ok: false, error: toReadError(err, index) };
    throw err;
  }
}

// src/stanza/xml.ts
function isXmlSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
var NAMED_ENTITIES = /* @__PURE__ */ new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"]
]);
var MAX_ENTITY_LENGTH = 10;
function fail2(message, offset) {
  throw new ReaderFailure(message, offset);
}
function readXml(text) {
  const index = lineIndex(text);
  try {
    return { ok: true, tree: parse2(text) };
  } catch (err) {
    if (err instanceof ReaderFailure) return { ok: false, error: toReadError(err, index) };
    throw err;
  }
  function parse2(src) {
    const n = src.length;
    const stack = [];
    let root;
    let i = src.charCodeAt(0) === 65279 ? 1 : 0;
    const pos = (offset) => positionAt(index, offset);
    const skipSpace = (from) => {
      let j = from;
      while (j < n && isXmlSpace(src.charCodeAt(j))) j++;
      return j;
    };
    const readName = (from) => {
      let j = from;
      while (j < n && isNameChar(src.charCodeAt(j))) j++;
      return j;
    };
    let nextAmp = -2;
    let nextLt = -2;
    const findAmp = (from) => {
      if (nextAmp !== -1 && nextAmp < from) nextAmp = src.indexOf("&", from);
      return nextAmp;
    };
    const findLt = (from) => {
      if (nextLt !== -1 && nextLt < from) nextLt = src.indexOf("<", from);
      return nextLt;
    };
    const decode = (start, end) => {
      let amp = findAmp(start);
      if (amp === -1 || amp >= end) return src.slice(start, end);
      let out = "";
      let k = start;
      while (amp !== -1 && amp < end) {
        out += src.slice(k, amp);
        let semi = -1;
        const limit = Math.min(end, amp + MAX_ENTITY_LENGTH);
        for (let m = amp + 1; m < limit; m++) {
          if (src.charCodeAt(m) === 59) {
            semi = m;
            break;
          }
        }
        if (semi === -1) fail2("unknown or malformed entity reference (write a literal & as &amp;)", amp);
        const body = src.slice(amp + 1, semi);
        const named = NAMED_ENTITIES.get(body);
        if (named !== void 0) {
          out += named;
        } else {
          let cp = Number.NaN;
          if (/^#x[0-9A-Fa-f]{1,6}$/.test(body)) cp = Number.parseInt(body.slice(2), 16);
          else if (/^#[0-9]{1,7}$/.test(body)) cp = Number.parseInt(body.slice(1), 10);
          else fail2("unknown or malformed entity reference (write a literal & as &amp;)", amp);
          if (!(cp > 0 && cp <= 1114111) || cp >= 55296 && cp <= 57343) {
            fail2("character reference to a code point that is not allowed", amp);
          }
          out += String.fromCodePoint(cp);
        }
        k = semi + 1;
        amp = findAmp(k);
      }
      return out + src.slice(k, end);
    };
    const addText = (start, end, raw) => {
      let first = start;
      while (first < end && isXmlSpace(src.charCodeAt(first))) first++;
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (first < end) {
          fail2(
            root === void 0 ? "text before the root element" : "text after the root element",
            first
          );
        }
        return;
      }
      const chunk = raw ? src.slice(start, end) : decode(start, end);
      if (first < end && top.textStart === -1) top.textStart = first;
      top.texts.push(chunk);
    };
    const finish = (open2) => {
      if (open2.node.children.length === 0 && open2.textStart !== -1) {
        const joined = open2.texts.join("").replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
        if (joined !== "") open2.node.content = { kind: "text", text: joined, pos: pos(open2.textStart) };
      }
    };
    const startTag = (lt) => {
      let j = lt + 1;
      if (!isNameStart(src.charCodeAt(j))) fail2("'<' is not followed by a tag name", lt);
      j = readName(j);
      const tag = src.slice(lt + 1, j);
      if (stack.length === 0 && root !== void 0) {
        fail2("a second root element: a stanza has exactly one root", lt);
      }
      if (stack.length >= MAX_DEPTH) fail2(`elements nested deeper than ${MAX_DEPTH} levels`, lt);
      const attrs = [];
      const seen = /* @__PURE__ */ new Set();
      let selfClosing = false;
      for (; ; ) {
        const before = j;
        j = skipSpace(j);
        if (j >= n) fail2("unterminated start tag: no closing >", lt);
        const c = src.charCodeAt(j);
        if (c === 62) {
          j++;
          break;
        }
        if (c === 47) {
          if (src.charCodeAt(j + 1) === 62) {
            j += 2;
            selfClosing = true;
            break;
          }
          fail2("bad start tag syntax: '/' must be followed by '>'", j);
        }
        if (!isNameStart(c)) fail2("bad attribute syntax: unexpected character in the start tag", j);
        if (j === before) fail2("bad attribute syntax: whitespace is required before an attribute", j);
        const nameStart = j;
        j = readName(j);
        const name = src.slice(nameStart, j);
        if (seen.has(name)) fail2("duplicate attribute in the same element", nameStart);
        seen.add(name);
        j = skipSpace(j);
        if (j >= n) fail2("unterminated start tag: no closing >", lt);
        if (src.charCodeAt(j) !== 61) fail2("bad attribute syntax: expected '=' after the attribute name", j);
        j = skipSpace(j + 1);
        if (j >= n) fail2("unterminated start tag: no closing >", lt);
        const quote = src.charCodeAt(j);
        if (quote !== 34 && quote !== 39) {
          fail2("bad attribute syntax: the value must be in single or double quotes", j);
        }
        const close = src.indexOf(quote === 34 ? '"' : "'", j + 1);
        const lessThan = findLt(j + 1);
        if (close === -1 || lessThan !== -1 && lessThan < close) {
          fail2("unterminated quote: the attribute value is not closed before the end or before a '<'", j);
        }
        attrs.push({ name, value: decode(j + 1, close), pos: pos(j + 1) });
        j = close + 1;
      }
      const node = { tag, attrs, children: [], pos: pos(lt) };
      const parent = stack[stack.length - 1];
      if (parent === void 0) root = node;
      else parent.node.children.push(node);
      if (!selfClosing) stack.push({ node, start: lt, texts: [], textStart: -1 });
      return j;
    };
    const closeTag = (lt) => {
      let j = lt + 2;
      if (!isNameStart(src.charCodeAt(j))) fail2("bad close tag: '</' is not followed by a tag name", lt);
      j = readName(j);
      const tag = src.slice(lt + 2, j);
      j = skipSpace(j);
      if (j >= n) fail2("unterminated close tag: no closing >", lt);
      if (src.charCodeAt(j) !== 62) fail2("bad close tag syntax: expected '>'", j);
      const top = stack[stack.length - 1];
      if (top === void 0) {
        fail2(
          root === void 0 ? "close tag without a matching start tag" : "close tag after the root element was closed",
          lt
        );
      } else if (top.node.tag !== tag) {
        for (let k = stack.length - 2; k >= 0; k--) {
          if (stack[k]?.node.tag === tag) {
            fail2(
              `unclosed tag: the element is not closed before the close tag at ${formatPosition(pos(lt))} ends an outer element`,
              top.start
            );
          }
        }
        fail2(
          `mismatched close tag: it does not close the innermost open element (started at ${formatPosition(top.node.pos)})`,
          lt
        );
      } else {
        stack.pop();
        finish(top);
      }
      return j + 1;
    };
    while (i < n) {
      const lt = src.indexOf("<", i);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > i) addText(i, textEnd, false);
      if (lt === -1) break;
      if (src.startsWith("<!--", lt)) {
        const close = src.indexOf("-->", lt + 4);
        if (close === -1) fail2("unterminated comment: no closing -->", lt);
        i = close + 3;
      } else if (src.startsWith("<![CDATA[", lt)) {
        const close = src.indexOf("]]>", lt + 9);
        if (close === -1) fail2("unterminated CDATA section: no closing ]]>", lt);
        if (stack.length === 0) fail2("CDATA section outside the root element", lt);
        addText(lt + 9, close, true);
        i = close + 3;
      } else if (src.startsWith("<?", lt)) {
        const close = src.indexOf("?>", lt + 2);
        if (close === -1) fail2("unterminated prolog or processing instruction: no closing ?>", lt);
        i = close + 2;
      } else if (src.startsWith("<!", lt)) {
        fail2("DOCTYPE and other <! declarations are not supported", lt);
      } else if (src.startsWith("</", lt)) {
        i = closeTag(lt);
      } else {
        i = startTag(lt);
      }
    }
    const open = stack[stack.length - 1];
    if (open !== void 0) fail2("unclosed tag: the element is never closed", open.start);
    if (root === void 0) return fail2("no root element", n);
    return root;
  }
}

// src/stanza/read.ts
var NOT_READABLE = "not XML, JSON, hex or base64";
function firstNonSpace(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 65279) return i;
  }
  return -1;
}
function errorAt(text, message, offset) {
  const { line, column } = positionAt(lineIndex(text), offset);
  return { message, line, column };
}
function fromTree(format2, result) {
  return result.ok ? { ok: true, format: format2, tree: result.tree } : { ok: false, format: format2, error: result.error };
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function fromBytes(format2, bytes) {
  let text;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: true, format: format2, bytes };
  }
  const first = firstNonSpace(text);
  const c = first === -1 ? -1 : text.charCodeAt(first);
  if (c !== 60 && c !== 123) return { ok: true, format: format2, bytes };
  const inner = c === 60 ? "xml" : "json";
  const result = inner === "xml" ? readXml(text) : readJson(text);
  if (!result.ok) return { ok: true, format: format2, bytes, decodedError: result.error };
  return { ok: true, format: format2, tree: result.tree, decoded: { format: inner, text } };
}
function readStanza(text) {
  const first = firstNonSpace(text);
  if (first === -1) {
    return { ok: false, error: { message: "empty stanza: there is nothing to read", line: 1, column: 1 } };
  }
  const c = text.charCodeAt(first);
  if (c === 60) return fromTree("xml", readXml(text));
  if (c === 123) return fromTree("json", readJson(text));
  const hex = scanHex(text);
  if (hex.kind === "bytes") return fromBytes("hex", hex.bytes);
  if (hex.kind === "error") {
    return { ok: false, format: "hex", error: errorAt(text, `hex: ${hex.message}`, hex.offset) };
  }
  const b64 = scanBase64(text);
  if (b64.kind === "bytes") return fromBytes("base64", b64.bytes);
  const offset = Math.max(first, hex.failOffset, b64.failOffset);
  const where = positionAt(lineIndex(text), offset);
  return {
    ok: false,
    error: {
      message: `${NOT_READABLE}: it does not start with '<' or '{', and reading it as hex or as base64 fails at ${formatPosition(where)}`,
      line: where.line,
      column: where.column
    }
  };
}

export {
  readStanza
};
