// The pane's tests run in jsdom, which lacks globals every browser the pane runs in has had for
// years: TextEncoder/TextDecoder (the xlsx adapter of the standalone page uses them) and
// structuredClone (the fake Excel copies what a load returns with it), Blob.arrayBuffer/text (below).
// Node's own are the same API.
const { TextEncoder, TextDecoder } = require('node:util');
const v8 = require('node:v8');

if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.structuredClone === 'undefined') globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));

// jsdom's Blob (and so File) has no arrayBuffer() or text() (jsdom/jsdom#2555); browsers do. Both
// read through jsdom's own FileReader.
if (typeof Blob !== 'undefined' && typeof FileReader !== 'undefined') {
  const read = (blob, how) =>
    new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader[how](blob);
    });
  if (!Blob.prototype.arrayBuffer) Blob.prototype.arrayBuffer = function arrayBuffer() { return read(this, 'readAsArrayBuffer'); };
  if (!Blob.prototype.text) Blob.prototype.text = function text() { return read(this, 'readAsText'); };
}
