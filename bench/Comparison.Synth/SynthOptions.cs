namespace Comparison.Synth;

/// <summary>The generator's command line.</summary>
internal sealed record SynthOptions(int Jurisdictions, string OutDirectory, string ContentDirectory, int Seed)
{
    public static SynthOptions? Parse(string[] args)
    {
        int? count = null;
        string? output = null;
        var content = "content";
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--jurisdictions" when int.TryParse(args[i + 1], out var n) && n > 0:
                    count = n;
                    break;
                case "--out":
                    output = args[i + 1];
                    break;
                case "--content":
                    content = args[i + 1];
                    break;
                case "--seed" when int.TryParse(args[i + 1], out var s):
                    seed = s;
                    break;
                default:
                    return null;
            }
        }

        return args.Length % 2 == 0 && count is { } c && output is not null ? new SynthOptions(c, output, content, seed) : null;
    }
}
