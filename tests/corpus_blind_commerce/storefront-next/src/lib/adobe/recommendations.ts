import 'server-only';
import { adobeHeaders, getServiceToken } from './ims';

export type Recommendation = { entityId: string; name: string; pageUrl: string; thumbnailUrl?: string };

/**
 * Reads the pre-computed "also bought" recommendations for a SKU from the
 * Target Recommendations Entities/criteria API (server-side, cached for 10 minutes).
 */
export async function alsoBought(sku: string): Promise<Recommendation[]> {
  const tenant = process.env.ADOBE_TARGET_TENANT;
  const token = await getServiceToken();
  const res = await fetch(
    `https://mc.adobe.io/${tenant}/target/recs/entities/${encodeURIComponent(sku)}?include=also_bought`,
    {
      headers: { ...adobeHeaders(token), 'Content-Type': 'application/vnd.adobe.target.v1+json' },
      next: { revalidate: 600, tags: [`recs:${sku}`] },
    },
  );
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`Target recs failed for ${sku}: ${res.status}`);
  const data = (await res.json()) as { alsoBought?: Recommendation[] };
  return data.alsoBought ?? [];
}
