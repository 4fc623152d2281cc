// V8 compiles a function with its optimising compilers once it has been called (or looped) enough
// times: on Node 24, Maglev after 400 invocations and TurboFan after 10,000 (V8_DEFAULTS). They
// compile on background threads, and a run of ours is short: `wacrg validate` on this repository had
// 35–48 functions compiled by Maglev and 0–3 by TurboFan (`node --trace-opt`), work that hardly paid back
// before the run ended, on threads that take the CPU the run needs on a 2-core machine. With the
// counts raised to RAISED: 187 against 207 ms of wall time and 190 against 236 ms of CPU (Node 24, 30
// interleaved runs; 189 against 213 ms in another 30), 13–15 Maglev compiles and at most one by TurboFan;
// Maglev's count alone raised took 204 ms (issue #14). Longer runs still reach both compilers:
// validate on 1,000 captures 613 against 622 ms, on 1,000 stanza files 931 against 970 ms (4 and 6
// runs, within this machine's noise).
//
// The flags are set from inside the process (node:v8), the only way the action's `node24` runtime
// allows, before the first bundle is compiled, so that the code caches of src/boot/load-bundle.ts are
// taken and used under the same flags (V8 rejects a cache made under other flags). A side effect: a
// built-in module Node loads for the first time after a flag has changed is compiled from source,
// without the code cache Node embeds for it (`NODE_DEBUG_NATIVE=CODE_CACHE` prints "is rejected"):
// node:http and node:https took 30 against 19 ms to load, a worker thread 131 against 106 ms to start
// (medians of 6 and 8 runs).
// So the built-ins a run is known to need are loaded first (`builtins`), and V8's own values are put
// back while worker threads run (underDefaultTiering).
//
// One more flag is set the same way while `validate`'s worker threads run: the scavenger's
// (withSerialScavenges, at the end of this file).
//
// Only on V8 13 (Node 24: the action's runtime), where the flags were measured: V8 prints "Error:
// unrecognized flag" on stderr for a flag it does not have, and flags and their values change between
// versions.

/**
 * The counts in effect when Node 24 starts. TurboFan's is not the 3,000 `node --v8-options` lists
 * but 10,000. Found (and checked by test/boot/tiering.test.ts) through V8's code cache, which is tied
 * to the flags in effect: a cache taken without flags is accepted after setting these values, and
 * rejected after setting any other value tried (3,000 among them).
 */
export const V8_DEFAULTS = { 'invocation-count-for-maglev': 400, 'invocation-count-for-turbofan': 10_000 } as const;

/** The counts for our runs (measured above). */
export const RAISED = { 'invocation-count-for-maglev': 4000, 'invocation-count-for-turbofan': 30_000 } as const;

/** The V8 major version the flags exist in and were measured on. */
const V8_MAJOR = '13';

type Flag = keyof typeof V8_DEFAULTS;
const FLAGS = Object.keys(V8_DEFAULTS) as Flag[];

/**
 * Command-line flags that leave V8's flags to the user: the two counts, and
 * `--freeze-flags-after-init`, under which V8 aborts the process on any later flag change (of
 * V8 13's 675 boolean flags, each set on the command line before a change from inside, the only one
 * that aborts it). V8 takes one dash or two before a flag, and `_` for `-` in its name.
 */
const HANDS_OFF = new Set<string>([...FLAGS, 'freeze-flags-after-init']);

/** The V8 flag a command-line argument names, as this file spells it: no dashes, no value, `-` for `_`. */
function flagName(arg: string): string {
  return arg.replace(/^--?/, '').replace(/=.*$/s, '').replace(/_/g, '-');
}

/** Whether this V8 takes the flags and the command line leaves them to us (`node --invocation-count-for-maglev=… dist/cli.js`). */
function ours(execArgv: readonly string[], v8Version: string): boolean {
  if (v8Version.split('.')[0] !== V8_MAJOR) return false;
  return !execArgv.some((arg) => HANDS_OFF.has(flagName(arg)));
}

function setFlags(values: Record<Flag, number>): void {
  process.getBuiltinModule('node:v8').setFlagsFromString(FLAGS.map((flag) => `--${flag}=${values[flag]}`).join(' '));
}

/**
 * Marks that raiseTiering raised the counts in this process. On globalThis: the entry that raises them
 * and the bundle that lowers them for a while (underDefaultTiering) are separate files, each with its
 * own copy of this module.
 */
const RAISED_MARK = Symbol.for('wacrg.tiering.raised');
interface Marked {
  [RAISED_MARK]?: true;
}

/**
 * Loads `builtins` (names for process.getBuiltinModule, such as `node:https`), then raises V8's
 * invocation counts for Maglev and TurboFan to RAISED for this process. Leaves them as they are on
 * another V8 major version, or when the command line sets one (or freezes V8's flags). Returns whether
 * it set them.
 */
export function raiseTiering(builtins: readonly string[] = [], execArgv: readonly string[] = process.execArgv, v8Version: string = process.versions.v8): boolean {
  for (const name of builtins) process.getBuiltinModule(name);
  if (!ours(execArgv, v8Version)) return false;
  setFlags(RAISED);
  (globalThis as Marked)[RAISED_MARK] = true;
  return true;
}

/**
 * Runs `work` under V8's own invocation counts when raiseTiering raised them, and raises them again
 * once `work` has settled; otherwise just runs it. For starting worker threads: a worker loads Node's
 * internals anew, with Node's code cache only under V8's own flags, and a run with workers is a long
 * one, in which the optimising compilers pay off. Raised again afterwards, so that a code cache
 * written at exit (src/boot/load-bundle.ts) is taken under the flags the next run starts with (else
 * every such run would find it rejected and write it again).
 * Errors: rejects with what `work` rejects with.
 */
export async function underDefaultTiering<T>(work: () => Promise<T>): Promise<T> {
  if ((globalThis as Marked)[RAISED_MARK] !== true) return work();
  setFlags(V8_DEFAULTS);
  try {
    return await work();
  } finally {
    setFlags(RAISED);
  }
}

/**
 * Command-line flags that leave V8's scavenger to the user (any spelling V8 takes, `no` before the
 * name too): the flag itself, those that turn it off (`--predictable` implies `--single-threaded`,
 * which implies `--single-threaded-gc`), and the frozen flags. withSerialScavenges cannot read the
 * flag's value, only set it: with none of these, the value is V8's default, on.
 */
const SCAVENGER_HANDS_OFF = new Set<string>(['parallel-scavenge', 'single-threaded-gc', 'single-threaded', 'predictable', 'freeze-flags-after-init']);

/**
 * Runs `work` (which runs worker threads) with V8's young-generation collections (scavenges) done by
 * the thread that allocated, not shared out to V8's helper threads, and shares them out again once
 * `work` has settled. V8 reads the flag at each scavenge, in every isolate of the process.
 *
 * Why: each worker of `validate` (src/cli/validate-large.ts) keeps a core busy, so the helper tasks
 * of a parallel scavenge only wait for a core and contend with the workers. Measured on 100,000
 * generated captures (shared 2-core machine, 8 alternating runs, Node 24, December 2026): 5.12
 * against 5.91 s wall (median), 9.5 against 10.6 s CPU; faster in 7 of the 8 pairs, equal to 0.1 s
 * in the other. The flag does not enter V8's flag hash: Node's code cache for its built-ins is still
 * accepted in the workers. Peak memory is higher: 250–253 against 232–239 MiB (3 alternating runs
 * each), 251–267 MiB in four bench runs.
 *
 * Leaves the scavenger as it is on another V8 major version, or when the command line sets it (or
 * freezes V8's flags). Errors: rejects with what `work` rejects with.
 */
export async function withSerialScavenges<T>(work: () => Promise<T>, execArgv: readonly string[] = process.execArgv, v8Version: string = process.versions.v8): Promise<T> {
  const handsOff = execArgv.some((arg) => SCAVENGER_HANDS_OFF.has(flagName(arg).replace(/^no-?/, '')));
  if (v8Version.split('.')[0] !== V8_MAJOR || handsOff) return work();
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--no-parallel-scavenge');
  try {
    return await work();
  } finally {
    v8.setFlagsFromString('--parallel-scavenge');
  }
}
