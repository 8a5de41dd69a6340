import type ExcelJS from 'exceljs';

/**
 * A new, empty ExcelJS workbook. ExcelJS is loaded on the first workbook,
 * not when the server or the command line starts: it is a large package
 * (about 0.4 s to load on an idle machine), and most runs never write one.
 */
export async function newExcelWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
