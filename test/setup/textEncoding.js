// The pane's tests run in jsdom, which has no TextEncoder/TextDecoder; browsers have had both for
// years, and the xlsx adapter (standalone page) uses them. Node's own are the same API.
const { TextEncoder, TextDecoder } = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
