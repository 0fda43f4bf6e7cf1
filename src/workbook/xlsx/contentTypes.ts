// The content types and relationship types of the parts the xlsx adapter writes (ECMA-376,
// transitional), as Excel writes them. Read files are matched by Relationship.type (the last
// segment), which strict files share.
import { SPREADSHEETML as MAIN_NAMESPACE } from '../../ooxml/opc';

const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const CONTENT_TYPES = {
  workbook: `${SPREADSHEETML}.sheet.main+xml`,
  worksheet: `${SPREADSHEETML}.worksheet+xml`,
  sharedStrings: `${SPREADSHEETML}.sharedStrings+xml`,
  styles: `${SPREADSHEETML}.styles+xml`,
  table: `${SPREADSHEETML}.table+xml`,
  comments: `${SPREADSHEETML}.comments+xml`,
  /** Given by a Default for the extension `vml`, as Excel does. */
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const RELATIONSHIP_TYPES = {
  officeDocument: `${OFFICE}/officeDocument`,
  worksheet: `${OFFICE}/worksheet`,
  sharedStrings: `${OFFICE}/sharedStrings`,
  styles: `${OFFICE}/styles`,
  table: `${OFFICE}/table`,
  comments: `${OFFICE}/comments`,
  vmlDrawing: `${OFFICE}/vmlDrawing`,
  extendedProperties: `${OFFICE}/extended-properties`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

/** The namespaces of SpreadsheetML parts and of the relationship ids in them (`r:id`). */
export const NAMESPACE = {
  main: MAIN_NAMESPACE,
  relationships: OFFICE,
} as const;
