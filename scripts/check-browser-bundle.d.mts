export function browserBundleProblems(code: string, options?: { inputs?: readonly string[] }): string[];
