import { createHash } from 'node:crypto';

/** Tidtam's namespace for name-based CKAN ids: a random UUID, fixed here so ids never change between releases. */
const TIDTAM_OPEN_DATA_NAMESPACE = '2b4c6a38-9a1f-5c55-8d3e-6f1a0f7e4c21';

/**
 * A UUID version 5 (RFC 9562 section 5.5: SHA-1 of namespace and name) for a CKAN object.
 * Harvesters key on `id` (ckanext-harvest's CKAN harvester pages with `sort=id asc` and keeps
 * each remote id as the harvest object's guid), so a dataset, resource, organization or group
 * must keep its id across exports and processes: it is derived from its stable name, never
 * from a database row an export replaces. Eight lines over `node:crypto` rather than the `uuid`
 * package, which the domain's pure-library rule (.dependency-cruiser.mjs) does not admit.
 */
export function ckanId(kind: 'dataset' | 'resource' | 'organization' | 'group', name: string): string {
  const namespace = Buffer.from(TIDTAM_OPEN_DATA_NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${kind}:${name}`, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * CKAN's timestamp form: UTC without a zone designator, to the microsecond
 * (`2026-12-01T03:04:05.123000`), as `package_show` of every CKAN answers; ckanext-harvest compares
 * a remote `metadata_modified` with the stored one as text, so the form must not drift.
 */
export function ckanTimestamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 23)}000`;
}
