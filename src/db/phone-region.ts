import { z } from 'zod';
import { defaultPhoneRegion, type PhoneRegion, phoneRegions } from '../domain/import/phone-regions.ts';
import type { Db, Tx } from './client.ts';
import { readSetting } from './settings.ts';

/** The setting naming the region whose numbers are written without a country code (default CN). */
export const phoneRegionKey = 'phone.region';

/** The workspace's phone region: phones without +country code are read, and shown, as its numbers. */
export function readPhoneRegion(db: Db | Tx): Promise<PhoneRegion> {
  return readSetting(db, phoneRegionKey, z.enum(phoneRegions), defaultPhoneRegion);
}
