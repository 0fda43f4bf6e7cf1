// The part of standalone mode that needs the xlsx adapter; webpack puts it in its own chunk
// (see standalone.ts), so nothing else may import this module statically.

import { writeDemo } from '../registry/demo';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';
import type { FileWorkbook } from './session';

export function openXlsx(data: ArrayBuffer): Promise<FileWorkbook> {
  return XlsxWorkbook.load(data);
}

export async function demoWorkbook(): Promise<FileWorkbook> {
  const workbook = XlsxWorkbook.create();
  await writeDemo(workbook);
  return workbook;
}

export async function blankWorkbook(): Promise<FileWorkbook> {
  return XlsxWorkbook.create();
}
