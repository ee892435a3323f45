interface BundleOutput {
  inputs: Record<string, { bytesInOutput: number }>;
}

export function bundleProblems(desktop: BundleOutput, web: BundleOutput): string[];
