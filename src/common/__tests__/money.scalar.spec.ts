import fc from 'fast-check';
import { Kind } from 'graphql';
import { MoneyScalar } from '../scalars/money.scalar.js';

describe('Money scalar', () => {
  it.each([
    ['62.5', '62.5'],
    [45, '45'],
    ['0.01', '0.01'],
    ['9999999999.99', '9999999999.99'],
  ])('accepts %j as %j', (input, parsed) => {
    expect(MoneyScalar.parseValue(input)).toBe(parsed);
  });

  it.each([['-1'], [-0.5], ['1.005'], ['12,50'], ['1e3'], [''], [Number.NaN], [true]])('refuses %j', (input) => {
    expect(() => MoneyScalar.parseValue(input)).toThrow(/Money must be a non-negative amount/);
  });

  it('parses literals and always serializes two decimals', () => {
    expect(MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '85.5' })).toBe('85.5');
    expect(MoneyScalar.serialize('85.5')).toBe('85.50');
    expect(MoneyScalar.serialize('1200')).toBe('1200.00');
  });

  it('serializes an amount written with two decimals as the number it denotes would be', () => {
    const cents = fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n });
    const written = cents.map((value) => {
      const digits = (value < 0n ? -value : value).toString().padStart(3, '0');
      return `${value < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    });
    fc.assert(fc.property(written, (text) => MoneyScalar.serialize(text) === Number(text).toFixed(2)), { numRuns: 20_000 });
    expect(MoneyScalar.serialize('-0.00')).toBe('0.00');
    expect(MoneyScalar.serialize(-12.5)).toBe('-12.50');
  });
});
