// Types of scripts/manifest.js for the tests that use it.
export declare const DEV_URL: string;
export declare function deploymentUrl(value: string | undefined): string | null;
export declare function addressesIn(xml: string): string[];
export declare function schemaErrors(xml: string): string | null;
export declare function deployedManifest(xml: string, url: string): string;
export declare function buildReport(file: string, url: string | null): string;
export declare class ManifestReport {
  constructor(url: string | null);
  apply(compiler: unknown): void;
}
