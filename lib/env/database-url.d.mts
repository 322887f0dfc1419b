// SPDX-License-Identifier: EUPL-1.2
export declare class ConfigError extends Error {}
export declare function parseDatabaseUrl(raw: string, name?: string): URL;
export declare function databaseUrlFromEnvironment(source?: { readonly [name: string]: string | undefined }): string | null;
