import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { differentiate, formatExpr, ModelError, parseExpr, type Expr } from '../../src/engine/index.js';
import { toJs } from '../../src/engine/expr/codegen.js';

/** Evaluates an expression through the code generator with variables from `env`. */
function evaluate(expr: Expr, env: Record<string, number>): number {
  const names = Object.keys(env);
  const fn = new Function(...names, `return ${toJs(expr, (n) => n)};`) as (...a: number[]) => number;
  return fn(...names.map((n) => env[n]!));
}
const evalSource = (src: string, env: Record<string, number> = {}): number => evaluate(parseExpr(src), env);

describe('expression parser', () => {
  it('follows arithmetic precedence and associativity', () => {
    expect(evalSource('1 + 2 * 3')).toBe(7);
    expect(evalSource('(1 + 2) * 3')).toBe(9);
    expect(evalSource('2 ^ 3 ^ 2')).toBe(512); // right-associative
    expect(evalSource('-2 ^ 2')).toBe(-4); // power binds tighter than unary minus
    expect(evalSource('2 ^ -1')).toBe(0.5);
    expect(evalSource('8 / 4 / 2')).toBe(1); // left-associative
    expect(evalSource('10 - 4 - 3')).toBe(3);
    expect(evalSource('1.5e-3 * 2E3')).toBeCloseTo(3, 12);
  });

  it('evaluates functions, hill functions and piecewise', () => {
    expect(evalSource('hill(x, K, n)', { x: 2, K: 2, n: 3 })).toBeCloseTo(0.5, 14);
    expect(evalSource('hill(x, K, 1)', { x: 3, K: 1 })).toBeCloseTo(0.75, 14);
    expect(evalSource('hillr(x, K, 1)', { x: 3, K: 1 })).toBeCloseTo(0.25, 14);
    expect(evalSource('min(3, x, 1)', { x: 2 })).toBe(1);
    expect(evalSource('max(3, x, 1)', { x: 5 })).toBe(5);
    expect(evalSource('pow(2, 10) + sqrt(16) + abs(-3) + log(exp(2)) + log10(1000)')).toBeCloseTo(1024 + 4 + 3 + 2 + 3, 12);
    const pw = 'piecewise(1, x < 0, 2, x < 10 && x != 5, 3)';
    expect(evalSource(pw, { x: -1 })).toBe(1);
    expect(evalSource(pw, { x: 3 })).toBe(2);
    expect(evalSource(pw, { x: 5 })).toBe(3);
    expect(evalSource(pw, { x: 11 })).toBe(3);
    expect(evalSource('(x > 1) + !(x > 1) * 10', { x: 2 })).toBe(1);
  });

  it('round-trips through formatExpr', () => {
    for (const src of ['a + b * c ^ 2', 'piecewise(a, t > 1, b)', 'min(a, b, 3) / -c', 'hill(a, 2, 3)']) {
      const once = parseExpr(src);
      const env = { a: 1.3, b: 0.7, c: 2.1, t: 2 };
      expect(evaluate(parseExpr(formatExpr(once)), env)).toBeCloseTo(evaluate(once, env), 12);
    }
  });

  it('reports syntax errors with the position and the context', () => {
    expect(() => parseExpr('a + * b', 'rate of OCa')).toThrow(ModelError);
    expect(() => parseExpr('a + * b', 'rate of OCa')).toThrow(/rate of OCa: unexpected '\*' at column 5/);
    expect(() => parseExpr('(a + b', 'x')).toThrow(/expected '\)'/);
    expect(() => parseExpr('a $ b', 'x')).toThrow(/unexpected character '\$'/);
    expect(() => parseExpr('', 'rate of X')).toThrow(/rate of X: empty expression/);
    expect(() => parseExpr('a b', 'x')).toThrow(/unexpected 'b'/);
  });

  it('rejects unknown functions and wrong arity', () => {
    expect(() => parseExpr('expp(x)')).toThrow(/unknown function 'expp'/);
    expect(() => parseExpr('hill(x, 1)')).toThrow(/hill\(\) takes 3/);
    expect(() => parseExpr('exp(x, y)')).toThrow(/exp\(\) takes 1/);
    expect(() => parseExpr('min(x)')).toThrow(/min\(\) takes 2 or more/);
    expect(() => parseExpr('piecewise(1, x > 0)')).toThrow(/piecewise\(\) takes an odd number/);
  });
});

describe('symbolic differentiation', () => {
  const cases: [string, Record<string, number>][] = [
    ['x^3 - 2 * x + 1', { x: 1.7 }],
    ['exp(-k * x) / (1 + x^2)', { x: 0.4, k: 2 }],
    ['hill(x, K, n)', { x: 1.3, K: 0.8, n: 2.5 }],
    ['hillr(x, K, 1) * log(x) * sqrt(x)', { x: 2.2, K: 3 }],
    ['x^y', { x: 1.5, y: 2.3 }],
    ['pow(2, x) + tanh(x) + sin(x) * cos(x)', { x: 0.3 }],
    ['min(x, 2 * x - 1, 3)', { x: 1.4 }],
    ['max(x^2, 1)', { x: 1.5 }],
    ['abs(x - 2) + abs(x)', { x: 1.2 }],
    ['piecewise(x^2, x < 1, 3 * x, x < 2, exp(x))', { x: 1.5 }],
    ['log10(x) / x', { x: 3.3 }],
  ];
  for (const [src, env] of cases) {
    it(`d/dx ${src} matches a central difference`, () => {
      const expr = parseExpr(src);
      const d = evaluate(differentiate(expr, 'x'), env);
      const h = 1e-6 * Math.max(1, Math.abs(env.x!));
      const fd = (evaluate(expr, { ...env, x: env.x! + h }) - evaluate(expr, { ...env, x: env.x! - h })) / (2 * h);
      expect(Math.abs(d - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    });
  }

  it('is zero for expressions that do not read the variable, and for conditions', () => {
    expect(differentiate(parseExpr('a * b + exp(c)'), 'x')).toEqual({ kind: 'num', value: 0 });
    expect(evaluate(differentiate(parseExpr('(x > 1) * 5'), 'x'), { x: 2 })).toBe(0);
  });

  it('matches finite differences on random polynomials-with-exponentials (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (x, a, b) => {
          const expr = parseExpr('a * x^3 + exp(b * x) * x - x / (a + x^2)');
          const env = { x, a, b };
          const d = evaluate(differentiate(expr, 'x'), env);
          const h = 1e-5;
          const fd = (evaluate(expr, { ...env, x: x + h }) - evaluate(expr, { ...env, x: x - h })) / (2 * h);
          return Math.abs(d - fd) <= 1e-5 * Math.max(1, Math.abs(fd));
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
