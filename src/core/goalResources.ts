import type { Objective } from './model.js';

/** `Time 4h per sprint · Budget 600 EUR`: what the goal was given, when its file says; shown in the lenses and the check-in. */
export function resourcesSummary(objective: Objective): string | undefined {
  const parts = [objective.time && `Time ${objective.time}`, objective.budget && `Budget ${objective.budget}`].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
