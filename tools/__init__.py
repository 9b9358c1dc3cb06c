"""Developer tools: the benchmark and the screenshot run. Never shipped."""
