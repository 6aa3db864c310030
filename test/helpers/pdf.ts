import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const REPORT_DIR = path.resolve('test-output/reports');

/** pdf.js's canvas maker in Node (a DOM type in its typings, which this Node-typed file lacks). */
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer } };
}

/** The text of every page, and each page drawn as a PNG into test-output/reports (to be looked at). */
export async function readPdf(bytes: Buffer, name: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  await mkdir(REPORT_DIR, { recursive: true });
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    const viewport = page.getViewport({ scale: 1.5 });
    // pdf.js draws on the canvas of its own optional dependency (@napi-rs/canvas) in Node.
    const { canvasFactory } = document as unknown as { canvasFactory: NodeCanvasFactory };
    const drawn = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: drawn.canvas as never, viewport }).promise;
    await writeFile(path.join(REPORT_DIR, `${name}-page${number}.png`), drawn.canvas.toBuffer('image/png'));
  }
  await document.destroy();
  return pages;
}

/** Spaces as the text extraction gives them (Polish groups digits with a no-break space). */
export const spaced = (text: string) => text.replace(/\s+/g, ' ');
export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

