# tokenizer: a hand-written tokenizer and recursive-descent parser for
# arithmetic expressions with variables, function calls and assignment.
# Deterministically generated statements are tokenized character by
# character, parsed into tuples, and evaluated. String scanning, small
# object creation, recursion and dict lookups.
# bench-short: STATEMENTS=2500

STATEMENTS = 30000

NUMBER, NAME, OP, LPAREN, RPAREN, COMMA, EQUALS, END = range(8)


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif "0" <= ch <= "9":
            start = i
            while i < n and "0" <= text[i] <= "9":
                i += 1
            tokens.append((NUMBER, int(text[start:i])))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append((NAME, text[start:i]))
        elif ch in "+-*/%":
            tokens.append((OP, ch))
            i += 1
        elif ch == "(":
            tokens.append((LPAREN, ch))
            i += 1
        elif ch == ")":
            tokens.append((RPAREN, ch))
            i += 1
        elif ch == ",":
            tokens.append((COMMA, ch))
            i += 1
        elif ch == "=":
            tokens.append((EQUALS, ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r" % ch)
    tokens.append((END, None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.advance()
        if tok[0] != kind:
            raise SyntaxError("expected %d, got %r" % (kind, tok))
        return tok

    def statement(self):
        if self.tokens[self.pos][0] == NAME and self.tokens[self.pos + 1][0] == EQUALS:
            name = self.advance()[1]
            self.advance()
            return ("assign", name, self.expression())
        return self.expression()

    def expression(self):
        node = self.term()
        while self.peek()[0] == OP and self.peek()[1] in "+-":
            op = self.advance()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] == OP and self.peek()[1] in "*/%":
            op = self.advance()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        tok = self.advance()
        kind = tok[0]
        if kind == NUMBER:
            return ("num", tok[1])
        if kind == OP and tok[1] == "-":
            return ("neg", self.factor())
        if kind == LPAREN:
            node = self.expression()
            self.expect(RPAREN)
            return node
        if kind == NAME:
            if self.peek()[0] == LPAREN:
                self.advance()
                args = []
                if self.peek()[0] != RPAREN:
                    args.append(self.expression())
                    while self.peek()[0] == COMMA:
                        self.advance()
                        args.append(self.expression())
                self.expect(RPAREN)
                return ("call", tok[1], args)
            return ("var", tok[1])
        raise SyntaxError("unexpected token %r" % (tok,))


FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "mix": lambda a, b, c: (a * 3 + b * 5 + c) % 9973,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.get(node[1], 0)
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        value = evaluate(node[2], env)
        env[node[1]] = value
        return value
    if kind == "call":
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return (a * b) % 1000003
    if kind == "/":
        return a // b if b else 0
    return a % b if b else 0


class Generator:
    NAMES = ["alpha", "beta", "x1", "y_2", "total", "n"]

    def __init__(self, seed):
        self.state = seed

    def rand(self, k):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % k

    def expr(self, depth):
        r = self.rand(10)
        if depth > 3 or r < 3:
            if self.rand(2):
                return str(self.rand(1000))
            return self.NAMES[self.rand(len(self.NAMES))]
        if r < 7:
            op = "+-*/%"[self.rand(5)]
            return self.expr(depth + 1) + " " + op + " " + self.expr(depth + 1)
        if r < 8:
            return "(" + self.expr(depth + 1) + ")"
        if r < 9:
            return "-" + self.expr(depth + 1)
        fn = ["max", "min", "abs", "mix"][self.rand(4)]
        if fn == "abs":
            return "abs(" + self.expr(depth + 1) + ")"
        if fn == "mix":
            return "mix(%s, %s, %s)" % (self.expr(depth + 1), self.expr(depth + 1), self.expr(depth + 1))
        return "%s(%s, %s)" % (fn, self.expr(depth + 1), self.expr(depth + 1))

    def statement(self):
        if self.rand(3) == 0:
            return self.expr(0)
        return self.NAMES[self.rand(len(self.NAMES))] + " = " + self.expr(0)


gen = Generator(2024)
env = {}
checksum = 0
token_count = 0
for _ in range(STATEMENTS):
    source = gen.statement()
    tokens = tokenize(source)
    token_count += len(tokens)
    tree = Parser(tokens).statement()
    value = evaluate(tree, env)
    checksum = (checksum * 31 + value) % 1000000007
print(token_count, checksum)
print(sorted(env.items()))
