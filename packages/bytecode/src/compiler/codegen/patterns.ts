/**
 * `match` statements (PEP 634), following CPython 3.11's pattern compiler.
 *
 * Each case copies the subject (except the last), runs its pattern, which
 * leaves the values to capture on the stack, stores them, checks the guard
 * and runs the body. A pattern that fails jumps to one of a ladder of
 * "fail_pop" blocks: `failPop[n]` pops n items (the captures so far plus any
 * sub-subjects still on top) and falls into `failPop[n-1]` … `failPop[0]`,
 * the next case. `onTop` counts the sub-subjects being kept on the stack
 * above the captures, so captures can be rotated below them (SWAP chains).
 * Sequence patterns use MATCH_SEQUENCE + GET_LEN and UNPACK_SEQUENCE/UNPACK_EX
 * (or indexing when the star is a wildcard), mapping patterns MATCH_MAPPING +
 * MATCH_KEYS (and a dict copy with the matched keys deleted for `**rest`),
 * class patterns MATCH_CLASS; alternatives re-order their captures to match
 * the first alternative's order. (`COPY 1; POP_JUMP_IF_NONE` after MATCH_KEYS /
 * MATCH_CLASS is what CPython's peephole pass makes of `… IS_OP 1; POP_JUMP_IF_FALSE`.)
 */
import type { CodeConst } from "../../code-object.js";
import { NB_OP } from "../../opcodes/opcodes.def.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { type Block, PSEUDO } from "../flowgraph.js";
import { type Compiler, constKey } from "./compiler.js";
import { at, emitCompare, expr, foldConstant, jumpIf } from "./expressions.js";
import { stmts } from "./statements.js";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

const isWildcard = (p: ast.Pattern) => p.type === "MatchAs" && p.pattern === null && p.name === null;
const isStarWildcard = (p: ast.Pattern) => p.type === "MatchStar" && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, at(pc.failPop, pops));
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useBlock(at(pc.failPop, i));
    c.emit(Op.POP_TOP);
  }
  const first = pc.failPop[0];
  if (first !== undefined) c.useBlock(first);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (name === "__debug__") throw c.error("cannot assign to __debug__");
  if (pc.stores.includes(name)) throw c.error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function subpattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function pattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p.type) {
    case "MatchValue": {
      const v = p.value;
      if (v.type !== "Constant" && v.type !== "Attribute" && foldConstant(v) === null && v.type !== "BinOp" && v.type !== "UnaryOp") {
        throw c.error("patterns may only match literals and attribute lookups");
      }
      expr(c, v);
      emitCompare(c, "Eq");
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case "MatchSingleton":
      c.loadConst(p.value);
      emitCompare(c, "Is");
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return sequencePattern(c, p, pc);
    case "MatchMapping":
      return mappingPattern(c, p, pc);
    case "MatchClass":
      return classPattern(c, p, pc);
    case "MatchStar":
      return storeName(c, p.name, pc);
    case "MatchAs":
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) throw c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
          throw c.error("wildcard makes remaining patterns unreachable");
        }
        return storeName(c, p.name, pc);
      }
      pc.onTop++;
      c.emit(Op.COPY, 1);
      pattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name, pc);
      return;
    case "MatchOr":
      return orPattern(c, p, pc);
  }
}

function sequencePattern(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((q, i) => {
    if (q.type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern", q);
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(q);
  });
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size) });
    emitCompare(c, "Eq");
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.emit(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size - 1) });
    emitCompare(c, "GtE");
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, pc);
  }
}

function sequenceUnpack(c: Compiler, patterns: readonly ast.Pattern[], pc: PatternContext): void {
  const n = patterns.length;
  let seenStar = false;
  patterns.forEach((q, i) => {
    if (q.type !== "MatchStar") return;
    if (seenStar) throw c.error("multiple starred expressions in sequence pattern", q);
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
  pc.onTop += n;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: readonly ast.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((q, i) => {
    if (isWildcard(q) || i === star) return;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst({ kind: "int", value: BigInt(i) });
    } else {
      c.emit(Op.GET_LEN);
      c.loadConst({ kind: "int", value: BigInt(size - i) });
      c.emit(Op.BINARY_OP, NB_OP.SUBTRACT);
    }
    c.emit(Op.BINARY_SUBSCR);
    subpattern(c, q, pc);
  });
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function mappingPattern(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  const star = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && star === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst({ kind: "int", value: BigInt(size) });
    emitCompare(c, "GtE");
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  const constKeys: CodeConst[] = [];
  for (const key of keys) {
    const v: CodeConst | null = key.type === "Attribute" ? null : foldConstant(key);
    if (v !== null) {
      const k = constKey(v) ?? "";
      if (seen.has(k)) throw c.error(`mapping pattern checks duplicate key (${reprKey(v)})`);
      seen.add(k);
      constKeys.push(v);
    } else if (key.type !== "Attribute") {
      throw c.error("mapping pattern keys may only match literals and attribute lookups");
    }
  }
  if (constKeys.length === size) {
    c.loadConst({ kind: "tuple", items: constKeys });
  } else {
    for (const key of keys) expr(c, key);
    c.emit(Op.BUILD_TUPLE, size);
  }
  c.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (star !== null) {
    c.emit(Op.BUILD_MAP, 0);
    c.emit(Op.SWAP, 3);
    c.emit(Op.DICT_UPDATE, 2);
    c.emit(Op.UNPACK_SEQUENCE, size);
    let n = size;
    while (n > 0) {
      c.emit(Op.COPY, 1 + n--);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, star, pc);
  } else {
    c.emit(Op.POP_TOP);
    c.emit(Op.POP_TOP);
  }
}

function reprKey(v: CodeConst): string {
  if (v.kind === "str") return `'${v.value}'`;
  if (v.kind === "int") return v.value.toString();
  if (v.kind === "bool") return v.value ? "True" : "False";
  if (v.kind === "None") return "None";
  return "…";
}

function classPattern(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  p.kwd_attrs.forEach((attr, i) => {
    if (attr === "__debug__") throw c.error("cannot assign to __debug__", at(p.kwd_patterns, i));
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[j] === attr) throw c.error(`attribute name repeated in class pattern: ${attr}`, at(p.kwd_patterns, j));
    }
  });
  c.setLoc(p);
  expr(c, p.cls);
  c.loadConst({ kind: "tuple", items: p.kwd_attrs.map((a) => ({ kind: "str", value: a })) });
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? at(p.patterns, i) : at(p.kwd_patterns, i - nargs);
    if (isWildcard(q)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function orPattern(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      throw c.error("alternative patterns bind different names");
    } else if (nstores > 0) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = at(control, icontrol);
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.jump(PSEUDO.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, PSEUDO.JUMP);
  c.useBlock(end);
  const ctl: string[] = control ?? [];
  const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
  for (const name of ctl) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP);
}

export function matchStmt(c: Compiler, s: ast.Match): void {
  expr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const lastCase = at(s.cases, cases - 1);
  const hasDefault = isWildcard(lastCase.pattern) && cases > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = at(s.cases, i);
    c.setLoc(m.pattern);
    const last = i === cases - (hasDefault ? 1 : 0) - 1;
    if (!last) c.emit(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, "Store");
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, at(pc.failPop, 0), false);
    }
    if (!last) c.emit(Op.POP_TOP);
    stmts(c, m.body);
    c.jump(PSEUDO.JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLoc(lastCase.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    if (lastCase.guard !== null) jumpIf(c, lastCase.guard, end, false);
    stmts(c, lastCase.body);
  }
  c.useBlock(end);
}
