import ExcelJS from 'exceljs';
import { ReportRenderer } from '../report-renderer.service.js';
import type { RenderJob } from '../report-render.js';

describe('ReportRenderer: reports made on a worker thread', () => {
  const renderer = new ReportRenderer();

  afterAll(async () => {
    await renderer.onModuleDestroy();
  });

  it('hands back the workbook the worker made, numbers as numbers, several at once in the order asked', async () => {
    const job = (rows: number): RenderJob => ({
      kind: 'xlsx',
      created: new Date('2026-03-01T12:00:00Z'),
      table: { name: 'Test', columns: [{ title: 'Liczba', kind: 'integer' }], rows: Array.from({ length: rows }, (_, index) => [index + 1]) },
    });
    const files = await Promise.all([renderer.render(job(3)), renderer.render(job(5)), renderer.render(job(7))]);
    const counts = [];
    for (const file of files) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      counts.push(workbook.worksheets[0].rowCount - 1);
      expect(workbook.worksheets[0].getCell(2, 1).value).toBe(1);
    }
    expect(counts).toEqual([3, 5, 7]);
  });

  it("rejects a report the worker could not make with the worker's reason, and keeps serving", async () => {
    const broken = { kind: 'ranking-pdf', language: 'pl', source: { data: {}, portfolio: { processIds: [], facts: [] } } } as unknown as RenderJob;
    await expect(renderer.render(broken)).rejects.toThrow(/the report could not be made: TypeError/);
    const file = await renderer.render({ kind: 'xlsx', created: new Date(0), table: { name: 'T', columns: [{ title: 'A', kind: 'text' }], rows: [['a']] } });
    expect(file.subarray(0, 2).toString()).toBe('PK');
  });
});
