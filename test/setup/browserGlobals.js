// The pane's tests run in jsdom, which lacks globals every browser the pane runs in has had for
// years: TextEncoder/TextDecoder (the xlsx adapter of the standalone page uses them) and
// structuredClone (the fake Excel copies what a load returns with it). Node's own are the same API.
const { TextEncoder, TextDecoder } = require('node:util');
const v8 = require('node:v8');

if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.structuredClone === 'undefined') globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));
