import { validate } from 'class-validator';
import { MultiLineText, multiLineTextProblem, SingleLineText, singleLineTextProblem } from '../validation/text-characters.js';

const BIDI_CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => String.fromCharCode(from + offset));
const C0_C1 = [...range(0x00, 0x1f), ...range(0x7f, 0x9f)];

describe('characters that make text read differently', () => {
  it('refuses every bidirectional control and every C0 and C1 control character in one-line text', () => {
    const accepted = [...BIDI_CONTROLS, ...C0_C1].filter((character) => singleLineTextProblem(`a${character}b`) === null);
    expect(accepted).toEqual([]);
  });

  it('allows only tabs and line breaks among them in text of several lines', () => {
    const accepted = [...BIDI_CONTROLS, ...C0_C1].filter((character) => multiLineTextProblem(`a${character}b`) === null);
    expect(accepted).toEqual(['\t', '\n', '\r']);
  });

  it('accepts ordinary text of any script, including right-to-left letters', () => {
    for (const text of ['Rejestracja faktur – Zażółć gęślą jaźń', 'طلبات الترخيص', 'בקשות', 'EZD RP 3.0 (€, №)']) {
      expect([singleLineTextProblem(text), multiLineTextProblem(text)]).toEqual([null, null]);
    }
  });

  it('names the character and where it is', () => {
    expect(singleLineTextProblem('Invoice\u202Egnp.exe')).toBe('contains U+202E (at position 8), an invisible bidirectional control that changes how the text reads');
    expect(singleLineTextProblem('A\u0007B')).toBe('contains the control character U+0007 (at position 2); it must be a single line of visible text');
  });

  it('reports the field, and for a list the element at fault', async () => {
    class Named {
      @SingleLineText()
      name = 'A\u0007B';

      @SingleLineText({ each: true })
      systems = ['EZD', 'SAP\u202E'];

      @MultiLineText()
      description = 'Two\nlines';
    }
    const errors = await validate(new Named());
    expect(errors.map((error) => [error.property, Object.values(error.constraints ?? {})])).toEqual([
      ['name', ['name contains the control character U+0007 (at position 2); it must be a single line of visible text']],
      ['systems', ['systems.1 contains U+202E (at position 4), an invisible bidirectional control that changes how the text reads']],
    ]);
  });
});
