/**
 * Public tokenizer entry point: tokens for a whole module, including
 * COMMENT and NL trivia (like Python's `tokenize` module, minus ENCODING).
 */
import { normalizeNewlines } from "../parse/parser.js";
import { SourceText } from "./source-text.js";
import type { Token } from "./token.js";
import { Tokenizer } from "./tokenizer.js";

export function tokenize(source: string, options: { filename?: string } = {}): Token[] {
  const src = new SourceText(normalizeNewlines(source), options.filename ?? "<unknown>");
  const tokens = new Tokenizer(src, { trivia: true }).run();
  for (const t of tokens) if (t.error) throw t.error;
  return tokens;
}
