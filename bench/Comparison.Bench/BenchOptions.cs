namespace Comparison.Bench;

/// <summary>"--name value" pairs and bare "--flag"s, with the results folder every scenario writes to.</summary>
internal sealed class BenchOptions(IReadOnlyDictionary<string, string> values)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = hasValue ? args[++i] : "true";
        }

        return new BenchOptions(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;

    public string Require(string name) => values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required");

    public bool Flag(string name) => values.ContainsKey(name);

    public string Results => Directory.CreateDirectory(Get("results", "bench/results/manual")).FullName;
}
