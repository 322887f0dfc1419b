// SPDX-License-Identifier: EUPL-1.2
export declare const PUBLIC_CACHE_CHANNEL: string;
export declare const TAG_SEPARATOR: string;
export declare function tagExpiredSince(tag: string, since: number): boolean;
export declare function setCacheLimits(limits?: { entries?: number; bytes?: number }): void;
declare class SharedCacheHandler {
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
export default SharedCacheHandler;
