// What a cell's number format says about its value, for readers (registry/values) and the Excel
// writer alike.

/** Whether a number format shows the cell as a percentage (a % outside quotes and escapes): 0,825 shows as 82,5 %. */
export function isPercentFormat(format: string | null): boolean {
  return format !== null && format.replace(/"[^"]*"|\\./g, '').includes('%');
}
