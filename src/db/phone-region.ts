import { z } from 'zod';
import { defaultPhoneRegion, isPhoneRegion, type PhoneRegion } from '../domain/import/phone-regions.ts';
import type { Db, Tx } from './client.ts';
import { readSetting } from './settings.ts';

/** The setting naming the region whose numbers are written without a country code (default CN). */
export const phoneRegionKey = 'phone.region';

const phoneRegionSchema = z.string().refine(isPhoneRegion, 'not a country code libphonenumber knows');

/** The workspace's phone region: phones without +country code are read, and shown, as its numbers. */
export function readPhoneRegion(db: Db | Tx): Promise<PhoneRegion> {
  return readSetting(db, phoneRegionKey, phoneRegionSchema as z.ZodType<PhoneRegion>, defaultPhoneRegion);
}
