// Node's zlib as the package's deflate, for the Node entry points (the CLI): `useDeflate(zlibDeflate)`.
// Never imported by the standalone page, which has no node:zlib and keeps fflate.
import { constants, deflateRawSync } from 'node:zlib';
import type { RawDeflate } from './zipPackage';

/** Level 4 (lazy matching): on sheet XML a little smaller than fflate's level 3 and about four times as fast. */
export const zlibDeflate: RawDeflate = (bytes, final) => deflateRawSync(bytes, { level: 4, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
