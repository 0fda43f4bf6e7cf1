// The smallest new workbook Excel and LibreOffice open: a workbook part, minimal styles (the one
// Normal style), an empty shared-strings table and the document properties; no theme (not needed).
// It has no sheets yet, which Excel would refuse: the adapter adds them before it saves.
import { CONTENT_TYPES, NAMESPACE, RELATIONSHIP_TYPES } from './contentTypes';
import { ZipPackage } from '../../ooxml/zipPackage';

export { CONTENT_TYPES, RELATIONSHIP_TYPES } from './contentTypes';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const WORKBOOK_PART = 'xl/workbook.xml';

const WORKBOOK = `${HEAD}<workbook xmlns="${NAMESPACE.main}" xmlns:r="${NAMESPACE.relationships}"><workbookPr/><bookViews><workbookView/></bookViews><sheets/></workbook>`;

const STYLES =
  `${HEAD}<styleSheet xmlns="${NAMESPACE.main}">` +
  '<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

const SHARED_STRINGS = `${HEAD}<sst xmlns="${NAMESPACE.main}" count="0" uniqueCount="0"/>`;

const APP = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Beleidsregister</Application></Properties>`;

/** Creation and modification dates only when given: no wall clock in the package unless the caller brings one. */
function core(created?: Date): string {
  const dates = created ? ['created', 'modified'].map((d) => `<dcterms:${d} xsi:type="dcterms:W3CDTF">${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:${d}>`).join('') : '';
  return `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Beleidsregister</dc:creator>${dates}</cp:coreProperties>`;
}

export function blankPackage(created?: Date): ZipPackage {
  const pkg = ZipPackage.empty();
  const part = (name: string, xml: string, contentType: string, source: string, relationship: string) => {
    pkg.set(name, xml);
    pkg.setContentType(name, contentType);
    pkg.addRelationship(source, relationship, name);
  };
  part(WORKBOOK_PART, WORKBOOK, CONTENT_TYPES.workbook, '', RELATIONSHIP_TYPES.officeDocument);
  part('docProps/core.xml', core(created), CONTENT_TYPES.coreProperties, '', RELATIONSHIP_TYPES.coreProperties);
  part('docProps/app.xml', APP, CONTENT_TYPES.extendedProperties, '', RELATIONSHIP_TYPES.extendedProperties);
  part('xl/styles.xml', STYLES, CONTENT_TYPES.styles, WORKBOOK_PART, RELATIONSHIP_TYPES.styles);
  part('xl/sharedStrings.xml', SHARED_STRINGS, CONTENT_TYPES.sharedStrings, WORKBOOK_PART, RELATIONSHIP_TYPES.sharedStrings);
  return pkg;
}
