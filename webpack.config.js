// Builds the task pane: `npm run build` writes dist/, `npm start` serves it on port 3000.
// `ADDIN_URL=https://…/ npm run build` makes dist/ for a web server of the municipality's own: its
// manifest.xml points there (scripts/manifest.js); without ADDIN_URL it points at localhost.
//
// Two bundles: the add-in itself (React, Fluent UI, the Office.js adapter, the registry logic) and,
// split off, the xlsx adapter (chunk `xlsx`), which only the standalone page (outside Excel) loads.
// The ribbon commands' function file (commands.html) is a second, small build of its own.
// office.js is not bundled: both pages load it from Office's CDN, the only supported source (the
// @microsoft/office-js package is no longer updated and lacks APIs we use, such as notes). The
// pages open in standalone mode when it cannot load (offline, blocked).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { ManifestReport, deployedManifest, deploymentUrl } = require('./scripts/manifest');

const PORT = 3000;
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
/** Where Office's CDN serves office.js; it loads the host files it needs from beside itself. */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The certificates `npx office-addin-dev-certs install` creates; Excel only loads add-ins over https. */
function devCertificates() {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!fs.existsSync(path.join(CERT_DIR, files.key)) || !fs.existsSync(path.join(CERT_DIR, files.cert))) return null;
  const read = (name) => (fs.existsSync(path.join(CERT_DIR, name)) ? fs.readFileSync(path.join(CERT_DIR, name)) : undefined);
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const certificates = devCertificates();
  const addinUrl = deploymentUrl(process.env.ADDIN_URL);

  const taskpane = {
    name: 'taskpane',
    mode: production ? 'production' : 'development',
    context: __dirname, // so tests can build from any working directory
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      // Tests build into a temporary folder through `env.outDir`.
      path: path.resolve(__dirname, env.outDir || 'dist'),
      // Hashed names in production: Office caches task pane files hard.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // The repo's tsconfig emits ES modules (module esnext, moduleResolution bundler), so
            // webpack can tree-shake Fluent UI; CommonJS output would pull in all of it.
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            compilerOptions: { noEmit: false, sourceMap: !production },
            // Type errors are `npm run typecheck`'s job; transpiling per file keeps builds fast.
            transpileOnly: true,
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        officeJs: OFFICE_JS_URL,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', ...(addinUrl && { transform: (content) => deployedManifest(content.toString(), addinUrl) }) },
        ],
      }),
      production && new ManifestReport(addinUrl),
    ].filter(Boolean),
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The package parts (zip, sheets, strings, styles) that the xlsx adapter and the monitor's
          // theme-workbook reader share: one chunk with a stable name, loaded by whichever needs it
          // first, so importing a theme workbook in Excel does not fetch the adapter.
          ooxml: { test: /[\\/]src[\\/]ooxml[\\/]/, name: 'ooxml', chunks: 'async', enforce: true },
        },
      },
      minimizer: [
        new TerserPlugin({
          // Terser makes the smallest add-in bundle (it drops the unused Fluent icons), but takes
          // about a minute on 2 cores; `--env quickMinify` (the browser test) uses esbuild instead:
          // seconds, about 20% larger, the same behaviour.
          minify: env.quickMinify ? TerserPlugin.esbuildMinify : TerserPlugin.terserMinify,
          extractComments: false,
        }),
      ],
    },
    performance: {
      // Flag real growth: the add-in's bundle is to stay under 1 MB (README, Performance); every other
      // chunk is far smaller (the largest, the indicator catalogue, about 330 kB).
      maxEntrypointSize: 1000 * 1000,
      maxAssetSize: 1000 * 1000,
      assetFilter: (file) => file.endsWith('.js'),
    },
    devServer: {
      port: PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certificates ? { type: 'https', options: certificates } : 'http',
      open: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
      onListening: () => {
        if (certificates) {
          console.log(`Beleidsregister: the task pane runs at https://localhost:${PORT}/taskpane.html (in Excel and in the browser).`);
        } else {
          console.log(
            `Beleidsregister: the task pane runs in standalone mode at http://localhost:${PORT}/taskpane.html\n` +
              `Excel needs https: create the certificates with \`npx office-addin-dev-certs install\` and restart \`npm start\`.`,
          );
        }
      },
    },
  };

  // A build of its own rather than a second entry: as a second entry it shares modules with the
  // pane, which changes how they are bundled, and the pane's bundle grew by 6 kB for nothing.
  const commands = {
    name: 'commands',
    dependencies: ['taskpane'], // after the pane's build, whose `clean` empties the output folder
    mode: taskpane.mode,
    context: taskpane.context,
    devtool: taskpane.devtool,
    entry: { commands: './src/commands/index.ts' },
    output: { ...taskpane.output, clean: false },
    resolve: taskpane.resolve,
    module: taskpane.module,
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        officeJs: OFFICE_JS_URL,
      }),
    ],
    optimization: { minimizer: taskpane.optimization.minimizer },
    performance: taskpane.performance,
  };

  return [taskpane, commands];
};
