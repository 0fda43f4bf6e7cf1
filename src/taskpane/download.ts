// Offers bytes as a file download in the browser (standalone mode); there is no file system to write to.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `type` is the file's media type: a workbook unless said otherwise (the export is a zip). */
export function offerDownload(bytes: Uint8Array, filename: string, type: string = XLSX_TYPE): void {
  // The cast: a Blob takes bytes on a plain ArrayBuffer, which is what the xlsx and zip writers return.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the URL when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The name to save under: the opened file's own name, or a default for a workbook made here. */
export function downloadName(openedName?: string): string {
  if (!openedName) return 'beleidsregister.xlsx';
  return /\.xlsx$/i.test(openedName) ? openedName : `${openedName.replace(/\.[^.]*$/, '')}.xlsx`;
}
