// The manifest of a deployment. manifest.xml points every address at the dev server
// (https://localhost:3000/); `ADDIN_URL=https://…/ npm run build` moves every one of them under the
// municipality's own web address and checks the result offline against Microsoft's schema
// (manifest-xsd/, with xmllint), so a typo cannot reach Excel, which would only fail silently.
'use strict';

const { execFileSync } = require('node:child_process');
const path = require('node:path');

/** Where every address of manifest.xml points during development (`npm start`). */
const DEV_URL = 'https://localhost:3000/';
const SCHEMA = path.join(__dirname, '..', 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');

/** ADDIN_URL as the address of a folder (https, ending in /), or null when not given. */
function deploymentUrl(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL=${value} is not a web address. Give the https address of the folder that will hold dist/, e.g. https://intranet.example.be/beleidsregister/`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL=${value} must start with https://: Excel loads add-ins only over https.`);
  if (url.search || url.hash || url.username) throw new Error(`ADDIN_URL=${value} must be a plain folder address, without ?, # or a user name.`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The web addresses a manifest sends Office to (pages, icons, domains); not its XML namespaces or comments. */
function addressesIn(xml) {
  return [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/(?<!xmlns(?::\w+)?=")https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
}

/** xmllint's complaints about a manifest ('' when it is valid), or null when xmllint is not installed. */
function schemaErrors(xml) {
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, '-'], { input: xml, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    return String(error.stderr || error.message);
  }
}

/**
 * The manifest for `url`: every development address moved under it (the app domain becomes its
 * origin). Throws when an address is left elsewhere or the result does not validate.
 */
function deployedManifest(xml, url) {
  const origin = new URL(url).origin;
  const deployed = xml.split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(origin);
  const elsewhere = addressesIn(deployed).filter((address) => address !== origin && !address.startsWith(url));
  if (elsewhere.length) throw new Error(`manifest.xml still points outside ${url}: ${[...new Set(elsewhere)].join(', ')}`);
  const errors = schemaErrors(deployed);
  if (errors === null) {
    console.warn('Beleidsregister: xmllint is not installed, so dist/manifest.xml was not checked against the schema (Debian/Ubuntu: apt-get install libxml2-utils).');
  } else if (errors) {
    throw new Error(`dist/manifest.xml does not match Microsoft's manifest schema:\n${errors}`);
  }
  return deployed;
}

/** What a build tells the person who ran it: where its manifest points. */
function buildReport(file, url) {
  const { version } = require('../package.json');
  if (!url) {
    return (
      `Beleidsregister ${version}: this is a localhost build; ${file} points at ${DEV_URL} (the dev server).\n` +
      'For a web server of your own: ADDIN_URL=https://your.server/folder/ npm run build (see README, "Rolling it out").'
    );
  }
  return `Beleidsregister ${version}: ${file} points at ${url} (task pane ${url}taskpane.html); checked against the manifest schema.`;
}

/** A webpack plugin that says after the build where its manifest points. */
class ManifestReport {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('ManifestReport', (compilation) => {
      console.log(buildReport(path.join(compilation.outputOptions.path, 'manifest.xml'), this.url));
    });
  }
}

module.exports = { DEV_URL, deploymentUrl, deployedManifest, addressesIn, schemaErrors, buildReport, ManifestReport };
