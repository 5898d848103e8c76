/** What an empty slot holds: never given out, since no instant equals the slot's NaN. */
const EPOCH = new Date(0);

/**
 * The Dates a read has made, one per instant while it is recent: an export sorted by time
 * repeats a minute row after row (44% of the order times of the bench's Orders tab repeat the
 * row above), and a Date is ~110 bytes that outlive the read, the largest part of what a read
 * makes. Readers never change a Date they are given, so rows share it. Each of 16,384 slots
 * holds the last instant of its second of the clock, and a new instant replaces the one in its
 * slot: seconds 16,384 apart (four and a half hours) share one.
 * @example const dates = new RecentDates(); dates.dateAt(0) === dates.dateAt(0) // true
 */
export class RecentDates {
  private static readonly SLOTS = 16_384;
  private instants: Float64Array | null = null;
  private dates: Date[] = [];

  dateAt(instant: number): Date {
    if (this.instants === null) {
      // Made on the first date, at their full size: a list written far past its end would
      // turn into a slow dictionary.
      this.instants = new Float64Array(RecentDates.SLOTS).fill(Number.NaN);
      this.dates = new Array<Date>(RecentDates.SLOTS).fill(EPOCH);
    }
    const slot = Math.floor(instant / 1000) & (RecentDates.SLOTS - 1);
    if (this.instants[slot] === instant) return this.dates[slot] as Date;
    const date = new Date(instant);
    this.instants[slot] = instant;
    this.dates[slot] = date;
    return date;
  }
}
