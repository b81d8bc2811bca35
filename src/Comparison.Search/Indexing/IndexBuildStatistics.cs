namespace Comparison.Search.Indexing;

/// <summary>Timings of one index build, in milliseconds.</summary>
public sealed record IndexBuildStatistics(int Documents, double CollectMs, double AnalyzeAndAddMs, double CommitMs, double TotalMs);
