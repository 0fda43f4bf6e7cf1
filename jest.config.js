/** Tests mirror src/; ts-jest transpiles only (type errors are caught by `tsc` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '5.0', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true } }],
  },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
