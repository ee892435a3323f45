import { pointAtCareerIds } from '../core/careerIdLocations.js';
import { defaultHintSettings, workspaceHints, type GoalHint, type HintSettings } from '../core/hints/goalHints.js';
import { hintCodes, isHintCode } from '../core/hints/hintCodes.js';
import type { CareerFramework } from '../core/careerFramework.js';
import { UsageError } from './cliContext.js';
import type { GoalFile } from '../core/model.js';
import { nodeFileReader } from '../nodeFiles/nodeFileReader.js';

/** `--hint routine-work=off --hint no-time-planned=on`: the CLI's version of the `growthBacklog.hints` setting. */
export function hintSettingsFromOptions(options: readonly string[] | undefined): HintSettings {
  const enabled: Record<string, boolean> = {};
  for (const option of options ?? []) {
    const match = /^([a-z-]+)=(on|off)$/.exec(option.trim());
    if (!match || !isHintCode(match[1] as string)) throw new UsageError(`--hint takes CODE=on or CODE=off with a hint code (${hintCodes.join(', ')}), not "${option}".`);
    enabled[match[1] as string] = match[2] === 'on';
  }
  return { ...defaultHintSettings, enabled };
}

/**
 * The hints of every indexed goal, by uri, pointing at exact places (unknown career ids at the
 * id). The index keeps ids, not their positions: only files with an unknown id are read again.
 */
export async function cliHints(goals: readonly GoalFile[], today: string, settings: HintSettings, framework: CareerFramework | undefined): Promise<Map<string, GoalHint[]>> {
  const entries = goals.flatMap((file) => (file.objective ? [{ uri: file.uri, objective: file.objective, ...(file.body ? { body: file.body } : {}) }] : []));
  const hints = workspaceHints(entries, { today, settings, ...(framework ? { careerIds: framework.competencies.map((competency) => competency.id) } : {}) });
  for (const file of goals) {
    const found = hints.get(file.uri);
    if (!found || !found.some((hint) => hint.careerId !== undefined)) continue;
    try {
      hints.set(file.uri, pointAtCareerIds(found, await nodeFileReader.readText(file.uri)));
    } catch {
      // Gone since it was indexed: the hints keep the line of the career key.
    }
  }
  return hints;
}
