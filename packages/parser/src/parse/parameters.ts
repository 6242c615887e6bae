/**
 * Parameter lists of `def` and `lambda`: positional-only parameters before
 * `/`, ordinary ones, `*args` or a bare `*`, keyword-only ones, and
 * `**kwargs`, with defaults and (for `def`) annotations. One loop reads the
 * items in order and a small state machine enforces their ordering with
 * CPython 3.11's messages.
 */
import type { Arg, Arguments, Expr } from "../ast/nodes.js";
import { tokLoc } from "./parser-base.js";
import { PatternParser } from "./patterns.js";

export abstract class ParameterParser extends PatternParser {
  protected override parseLambdaParameters(): Arguments {
    return this.parseParameters(":", false);
  }

  /** Reads parameters up to (not including) `closer`. */
  protected parseParameters(closer: string, annotations: boolean): Arguments {
    const posonlyargs: Arg[] = [];
    let args: Arg[] = [];
    const defaults: Expr[] = [];
    let vararg: Arg | null = null;
    const kwonlyargs: Arg[] = [];
    const kwDefaults: (Expr | null)[] = [];
    let kwarg: Arg | null = null;
    let sawStar = false;
    let sawSlash = false;
    const seen = new Set<string>();

    const param = (): Arg => {
      const name = this.expectIdent();
      let annotation: Expr | null = null;
      if (annotations && this.eatOp(":")) annotation = this.parseExpression();
      if (seen.has(name.value)) {
        throw this.errorAtToken(`duplicate argument '${name.value}' in function definition`, name);
      }
      seen.add(name.value);
      const end = annotation ?? tokLoc(name);
      return { type: "arg", arg: name.value, annotation, type_comment: null, ...this.sp(tokLoc(name), end) };
    };

    while (!this.isOp(closer)) {
      if (kwarg) throw this.errorAtToken("arguments cannot follow var-keyword argument", this.peek());
      if (this.isOp("/")) {
        const slash = this.next();
        if (sawSlash) throw this.errorAtToken("/ may appear only once", slash);
        if (sawStar) throw this.errorAtToken("/ must be ahead of *", slash);
        if (args.length === 0) throw this.errorAtToken("at least one argument must precede /", slash);
        posonlyargs.push(...args);
        args = [];
        sawSlash = true;
      } else if (this.isOp("*")) {
        const star = this.next();
        if (sawStar) throw this.errorAtToken("* argument may appear only once", star);
        sawStar = true;
        if (this.isOp(",") || this.isOp(closer)) {
          if (this.isOp(closer) || (this.isOp(",", 0) && this.isOp(closer, 1))) {
            throw this.errorAtToken("named arguments must follow bare *", star);
          }
        } else {
          vararg = param();
          if (this.isOp("=")) throw this.errorAtToken("var-positional argument cannot have default value", this.peek());
        }
      } else if (this.isOp("**")) {
        this.next();
        kwarg = param();
        if (this.isOp("=")) throw this.errorAtToken("var-keyword argument cannot have default value", this.peek());
      } else {
        const a = param();
        let dflt: Expr | null = null;
        if (this.eatOp("=")) dflt = this.parseExpression();
        if (sawStar) {
          kwonlyargs.push(a);
          kwDefaults.push(dflt);
        } else {
          if (dflt) defaults.push(dflt);
          else if (defaults.length > 0) throw this.errorAtLoc("non-default argument follows default argument", a);
          args.push(a);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (!this.isOp(closer) && closer === ":" && this.isOp("(")) throw this.invalidSyntax();
    return {
      type: "arguments",
      posonlyargs,
      args,
      vararg,
      kwonlyargs,
      kw_defaults: kwDefaults,
      kwarg,
      defaults,
    };
  }
}
