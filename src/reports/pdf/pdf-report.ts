import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** DejaVu Sans, embedded (subset): every Polish letter, from the npm registry like the rest. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  body: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  mono: path.join(FONT_DIR, 'DejaVuSansMono.ttf'),
} as const;

export type FontName = keyof typeof FONTS;
export type Pdf = PDFKit.PDFDocument;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TableColumn {
  title: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

const MARGIN = 50;
const INK = '#0b0c0c';
const MUTED = '#484949';
const RULE = '#b1b4b6';

/**
 * An A4 report drawn with PDFKit, reproducible to the byte: its dates come from the stored data
 * (PDFKit derives the file identifier from them), fonts are subset deterministically, and nothing
 * random or clock-based is written.
 */
export class PdfReport {
  private readonly doc: Pdf;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(options: { title: string; subject: string; language: 'pl' | 'en'; documentDate: Date }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      displayTitle: true,
      lang: options.language === 'pl' ? 'pl-PL' : 'en-GB',
      pdfVersion: '1.7',
      info: {
        Title: options.title,
        Subject: options.subject,
        Author: 'rpa-readiness',
        Creator: 'rpa-readiness',
        Producer: 'rpa-readiness (PDFKit)',
        CreationDate: options.documentDate,
        ModDate: options.documentDate,
      },
    });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, file);
    this.doc.font('body').fontSize(10).fillColor(INK);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    this.ensureSpace(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(size).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font('body').fontSize(10);
  }

  paragraph(text: string, options: { font?: FontName; size?: number; muted?: boolean } = {}): void {
    this.doc.font(options.font ?? 'body').fontSize(options.size ?? 10).fillColor(options.muted ? MUTED : INK);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font('body').fontSize(10).fillColor(INK);
  }

  /** Label: value lines, the label in bold. */
  fields(pairs: readonly (readonly [string, string])[]): void {
    for (const [label, value] of pairs) {
      this.ensureSpace(14);
      this.doc.font('bold').fontSize(10).fillColor(INK).text(`${label}: `, this.left, this.doc.y, { width: this.width, continued: true });
      this.doc.font('body').text(value);
    }
    this.doc.moveDown(0.3);
  }

  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { size?: number } = {}): void {
    const size = options.size ?? 8.5;
    const widths = columns.map((column) => column.width * this.width);
    const drawRow = (cells: readonly string[], font: FontName) => {
      this.doc.font(font).fontSize(size);
      const height = Math.max(...cells.map((cell, index) => this.doc.heightOfString(cell, { width: widths[index] - 6 }))) + 6;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (font !== 'bold') drawRow(columns.map((column) => column.title), 'bold');
        this.doc.font(font).fontSize(size);
      }
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, index) => {
        this.doc.fillColor(INK).text(cell, x + 3, top + 3, { width: widths[index] - 6, align: columns[index].align ?? 'left' });
        x += widths[index];
      });
      this.doc.moveTo(this.left, top + height).lineTo(this.left + this.width, top + height).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    // A header is never left alone at the foot of a page.
    this.ensureSpace(60);
    drawRow(columns.map((column) => column.title), 'bold');
    for (const row of rows) drawRow(row, 'body');
    this.doc.moveDown(0.6);
    this.doc.font('body').fontSize(10);
  }

  /** Reserves `height` points (on a new page if needed) and lets `draw` paint them. */
  drawing(height: number, draw: (pdf: Pdf, area: Area) => void): void {
    this.ensureSpace(height);
    const area = { x: this.left, y: this.doc.y, width: this.width, height };
    this.doc.save();
    draw(this.doc, area);
    this.doc.restore();
    this.doc.font('body').fontSize(10).fillColor(INK);
    this.doc.x = this.left;
    this.doc.y = area.y + height;
    this.doc.moveDown(0.5);
  }

  /** Writes the footer on every page and returns the file's bytes. */
  finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const margin = this.doc.page.margins.bottom;
      // Written into the bottom margin, which PDFKit would otherwise take for a page break.
      this.doc.page.margins.bottom = 0;
      this.doc.font('body').fontSize(8).fillColor(MUTED).text(footer(index + 1, range.count), this.left, this.doc.page.height - MARGIN, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = margin;
    }
    this.doc.end();
    return this.done;
  }
}
