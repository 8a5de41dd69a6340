import { describe, expect, it } from 'vitest';
import { checkFormula, formulaNames } from '../../../engine/formula/compile-formula.ts';

const names = new Map([
  ['year', 0],
  ['payAward', 1],
  ['inflation', 2],
]);
const scope = Float64Array.of(2, 0.035, 0.03);

function evaluate(text: string): number {
  const check = checkFormula(text, names);
  if (!check.ok) throw new Error(check.errors.join('; '));
  return check.formula.evaluate(scope);
}

function errorsOf(text: string): string[] {
  const check = checkFormula(text, names);
  return check.ok ? [] : check.errors;
}

describe('checkFormula', () => {
  it('evaluates arithmetic over named values with the usual precedence', () => {
    expect(evaluate('payAward + 0.005 * year')).toBeCloseTo(0.045, 15);
    expect(evaluate('(1 + payAward) ^ 2')).toBeCloseTo(1.071225, 12);
    expect(evaluate('-inflation')).toBe(-0.03);
    expect(evaluate('10 % 4')).toBe(2);
  });

  it('supports comparisons, logic and the conditional operator', () => {
    expect(evaluate('payAward > inflation ? 1 : 2')).toBe(1);
    expect(evaluate('year >= 3 or payAward < 0')).toBe(0);
    expect(evaluate('not (year == 2)')).toBe(0);
  });

  it('calls only allowed functions, with their arity', () => {
    expect(evaluate('max(payAward, inflation, 0.04)')).toBe(0.04);
    expect(evaluate('clamp(payAward, 0, 0.03)')).toBe(0.03);
    expect(evaluate('log(8, 2)')).toBeCloseTo(3, 12);
    expect(errorsOf('clamp(1, 2)')).toEqual(["function 'clamp' takes 3 argument(s), got 2"]);
    expect(errorsOf('cos(1)')[0]).toMatch(/^function 'cos' is not allowed/);
  });

  it('names an unknown name', () => {
    expect(errorsOf('payAward + pay_award')).toEqual(["unknown name 'pay_award' (formulas may use drivers, named parameters, year and financialYear)"]);
  });

  it('reports a syntax error with its position', () => {
    expect(errorsOf('payAward +')).toEqual(['formula ends too soon: something is missing after the last operator or name (at character 11)']);
    expect(errorsOf('max(payAward, 1')).toEqual(['formula has a "(" without its ")" (at character 16)']);
  });

  it.each([
    ['import({}, {override: true})', /^function 'import' is not allowed/],
    ['createUnit("furlong")', /^function 'createUnit' is not allowed/],
    ['evaluate("1 + 1")', /^function 'evaluate' is not allowed/],
    ['parse("1")', /^function 'parse' is not allowed/],
    ['simplify("x")', /^function 'simplify' is not allowed/],
    ['x = 1', /^assignment is not allowed/],
    ['f(x) = x', /^defining a function is not allowed/],
    ['payAward.constructor', /^property access is not allowed/],
    ['payAward["constructor"]', /^(indexing|property access) is not allowed/],
    ['"text"', /^formula may only contain numbers/],
    ['[1, 2]', /^a matrix or list is not allowed/],
    ['{a: 1}', /^an object is not allowed/],
    ['1:3', /^a range is not allowed/],
    ['1; 2', /^several statements is not allowed/],
    ['5 cm', /unit|unknown name 'cm'/],
  ])('refuses the escape %s', (text, message) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('lists the names a formula reads, without constants or functions', () => {
    expect(formulaNames('max(payAward, pi * inflation) + year')).toEqual(['payAward', 'inflation', 'year']);
    expect(formulaNames('broken +')).toEqual([]);
  });
});
