interface BundleOutput {
  inputs: Record<string, { bytesInOutput: number }>;
}

export function bundleProblems(extension: BundleOutput, markdownTree: BundleOutput): string[];
