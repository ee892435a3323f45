export function nestedInstallEnv(
  parentEnv: Record<string, string | undefined>,
  options?: { nodeBinDir?: string; npmSettings?: Record<string, string> },
): Record<string, string>;
