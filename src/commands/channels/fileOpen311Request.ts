import { hashSecret } from '../accounts/tokens.ts';
import type { Database } from '../../db/database.ts';
import { findOpen311ApiKey } from '../../db/queries/channelQueries.ts';
import { touchOpen311Key } from '../../db/queries/open311KeyQueries.ts';
import { findOpen311Category } from '../../db/queries/open311Queries.ts';
import { districtAt } from '../../db/reference/districtBoundaries.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import { createComplaint, type CreatedComplaint } from '../complaints/createComplaint.ts';

/**
 * What an Open311 client posts (GeoReport v2, POST Service Request), as far
 * as filing reads it. The route's schema (`open311Schema.ts`) checks the body
 * and its type satisfies this one, so the command needs nothing from HTTP.
 * `attribute[area_code]` may carry a DOPA area code.
 */
export interface Open311PostedRequest {
  api_key: string;
  service_code: string;
  description: string;
  lat?: number;
  long?: number;
  address_string?: string;
  address_id?: string;
  email?: string;
  device_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
}

const areaCodePattern = /^(\d{2}|\d{4}|\d{6})$/;

/**
 * Files a complaint posted by an Open311 client. The key is checked first
 * (403, as the spec says, for a missing or unknown key); the place is the
 * client's area code when it gives one (attribute[area_code] or a DOPA code
 * as address_id), else the district its point lies in.
 */
export async function fileOpen311Request(deps: { db: Database; clock: Clock }, body: Open311PostedRequest): Promise<CreatedComplaint> {
  const key = await findOpen311ApiKey(deps.db, hashSecret(body.api_key));
  if (!key) throw new AppError('forbidden', { th: 'คีย์ api_key ไม่ถูกต้องหรือถูกยกเลิกแล้ว', en: 'The api_key is not valid or was revoked.' });
  const category = await findOpen311Category(deps.db, body.service_code);
  if (!category) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/service_code', th: 'ไม่มีบริการรหัสนี้ ดูรายการได้ที่ services', en: 'No such service_code; see services.' }],
    });
  }
  const hasPoint = body.lat !== undefined && body.long !== undefined;
  if (!hasPoint && !body.address_string && !body.address_id) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/lat', th: 'โปรดระบุตำแหน่ง (lat/long) หรือที่อยู่', en: 'Give a location: lat and long, address_string or address_id.' }],
    });
  }
  const attributes = body as unknown as Record<string, string | undefined>;
  const givenArea = [attributes['attribute[area_code]'], body.address_id].find((code) => code && areaCodePattern.test(code));
  const point = hasPoint ? { lat: body.lat!, lon: body.long! } : null;
  const name = [body.first_name, body.last_name].filter(Boolean).join(' ');
  const complainant =
    name || body.email || body.phone
      ? { ...(name ? { name } : {}), ...(body.email ? { email: body.email } : {}), ...(body.phone ? { phone: body.phone } : {}) }
      : null;
  const created = await createComplaint(
    { db: deps.db, clock: deps.clock, actor: null },
    {
      channel: 'open311',
      categoryCode: category.code,
      description: body.description,
      areaCode: givenArea ?? (point ? districtAt(point) : null),
      location: point,
      ...(body.address_string ? { address: body.address_string } : {}),
      complainant,
      ...(body.device_id ? { externalRef: `${key.name}:${body.device_id}` } : {}),
    },
  );
  // After filing, outside its statement: the administrator's "last used" may lag a failed post, never block one.
  await touchOpen311Key(deps.db, key.id, deps.clock.now());
  return created;
}
