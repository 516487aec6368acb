import { addMonthsClamped, isoOf } from '../coverage/days';
import type { IsoDate } from '../domain';
import type { Vendor } from './types';

export const STALENESS_REASONS = [
  'never_reviewed',
  'renewed_since_review',
  'model_changed_since_review',
  'soc2_report_outdated',
] as const;
export type StalenessReason = (typeof STALENESS_REASONS)[number];

/** A vendor as listed: its record and why it is stale as of the listing date (empty when current). */
export interface VendorView extends Vendor {
  staleness: StalenessReason[];
}

export function withStaleness(vendor: Vendor, asOf: IsoDate): VendorView {
  return { ...vendor, staleness: vendorStaleness(vendor, asOf) };
}

/** A vendor SOC 2 report stays current for this many months after its period end. */
export const SOC2_CURRENT_MONTHS = 12;

/** The date `months` calendar months after `date` (negative: before), day clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return isoOf(addMonthsClamped(date, months));
}

/**
 * Why a vendor record is stale as of a date (empty when it is current). Pure; the rules, as written in
 * the methodology:
 * - `never_reviewed`: no last-review date.
 * - `renewed_since_review`: the contract renewal date has passed (on or before the as-of date) and is
 *   after the last review.
 * - `model_changed_since_review`: the last model-version change (on or before the as-of date) is after
 *   the last review.
 * - `soc2_report_outdated`: a SOC 2 report is on file, its period ended more than 12 calendar months
 *   before the as-of date (period end + 12 months < as-of; exactly 12 months is still current), and no
 *   bridge letter dated on or after the period end is recorded.
 */
export function vendorStaleness(
  vendor: Pick<Vendor, 'lastReviewed' | 'renewalDate' | 'lastModelVersionChange' | 'soc2Report'>,
  asOf: IsoDate,
): StalenessReason[] {
  const reasons: StalenessReason[] = [];
  const reviewed = vendor.lastReviewed;
  const happenedAfterReview = (date: IsoDate | null) =>
    date !== null && date <= asOf && reviewed !== null && date > reviewed;
  if (reviewed === null) reasons.push('never_reviewed');
  if (happenedAfterReview(vendor.renewalDate)) reasons.push('renewed_since_review');
  if (happenedAfterReview(vendor.lastModelVersionChange)) reasons.push('model_changed_since_review');
  const report = vendor.soc2Report;
  if (report.type !== 'none' && report.periodEnd !== null && addMonths(report.periodEnd, SOC2_CURRENT_MONTHS) < asOf) {
    const bridged =
      report.bridgeLetter && report.bridgeLetterDate !== null && report.bridgeLetterDate >= report.periodEnd;
    if (!bridged) reasons.push('soc2_report_outdated');
  }
  return reasons;
}
