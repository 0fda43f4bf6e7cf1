/** Tests mirror src/; ts-jest transpiles only (type errors are caught by `tsc` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  // jsdom lacks TextEncoder/TextDecoder and structuredClone, which every browser the pane runs in has.
  setupFiles: ['<rootDir>/test/setup/browserGlobals.js'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true } }],
    // hyparquet and hyparquet-writer (the export's Parquet writer and its tests' reader) ship as ES
    // modules only; jest runs CommonJS, so they are compiled like our own code.
    '/node_modules/hyparquet(-writer)?/.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!hyparquet(-writer)?/)'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
