import type { Clock } from '../core/ports.js';
import { localDate } from '../core/localDay.js';

/** Today in the user's local time zone: a check-in written at 23:30 belongs to that day. */
export const systemClock: Clock = {
  today: () => localDate(new Date()),
};
