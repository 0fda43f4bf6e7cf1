// The pane's tests run in jsdom, which lacks globals every browser the pane runs in has had for
// years: TextEncoder/TextDecoder (the xlsx adapter of the standalone page uses them) and
// structuredClone (the fake Excel copies what a load returns with it), crypto.subtle (the export's
// checksums; browsers have it on https, where the add-in runs), Blob.arrayBuffer/text (below).
// Node's own are the same API.
const { TextEncoder, TextDecoder } = require('node:util');
const v8 = require('node:v8');

// Node's encoder returns Node's Uint8Array, which is not the one of jsdom's window: a library that
// checks `instanceof Uint8Array` (the Parquet writer) would refuse it, as no browser would.
class WindowTextEncoder extends TextEncoder {
  encode(text) {
    const bytes = super.encode(text);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
}
if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = WindowTextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.structuredClone === 'undefined') globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));
if (typeof globalThis.crypto?.subtle === 'undefined') Object.defineProperty(globalThis, 'crypto', { value: require('node:crypto').webcrypto, configurable: true });

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
