import type { Clock } from '../core/ports.js';

/** Today in the user's local time zone: a check-in written at 23:30 belongs to that day. */
export const systemClock: Clock = {
  today: () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  },
};
