using System.Text;
using System.Text.RegularExpressions;

namespace Comparison.Content.Tests.Fuzzing;

/// <summary>
/// A seeded generator of broken content files, derived from the real ones: the same seed gives
/// the same cases on every machine, so a failure found in a long run is replayed by its seed and
/// index. Hand-rolled rather than a fuzzing package because the mutations that matter here are
/// YAML-shaped (indentation, keys, anchors), which a byte-level fuzzer rarely finds.
/// </summary>
public sealed partial class ContentMutator
{
    private static readonly byte[][] InvalidUtf8Sequences =
    [
        [0xFF], [0x80], [0xC0, 0x80], [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private readonly IReadOnlyList<(string File, byte[] Bytes)> originals;
    private readonly Random random;
    private int next;

    /// <param name="originals">The real files, each relative to the content folder.</param>
    public ContentMutator(IReadOnlyList<(string File, byte[] Bytes)> originals, int seed)
    {
        if (originals.Count == 0)
        {
            throw new ArgumentException("no content files to mutate", nameof(originals));
        }

        this.originals = originals;
        random = new Random(seed);
    }

    /// <summary>Every file of a content folder: the two catalogs and countries/*.yaml.</summary>
    public static IReadOnlyList<(string File, byte[] Bytes)> ReadOriginals(string contentDirectory)
    {
        var files = new List<string> { "questions.yaml", "instruments.yaml" };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(contentDirectory, "countries"), "*.yaml")
            .Select(p => "countries/" + Path.GetFileName(p)).Order(StringComparer.Ordinal));
        return files.Select(f => (f, File.ReadAllBytes(Path.Combine(contentDirectory, f)))).ToList();
    }

    /// <summary>The next case; kinds take turns so that even a short run covers each of them.</summary>
    public FuzzCase Next()
    {
        var index = next++;
        var kind = Kinds[index % Kinds.Length];
        var (file, original) = originals[random.Next(originals.Count)];
        var (detail, bytes, mustFail) = Mutate(kind, original);
        return new FuzzCase(index, file, kind, detail, bytes, mustFail);
    }

    private (string Detail, byte[] Bytes, bool MustFail) Mutate(MutationKind kind, byte[] original) => kind switch
    {
        MutationKind.Truncate => Truncate(original),
        MutationKind.ByteFlip => FlipBytes(original),
        MutationKind.InvalidUtf8 => InsertInvalidUtf8(original),
        MutationKind.TabIndent => InsertTab(original),
        MutationKind.DuplicateKey => DuplicateKey(original),
        MutationKind.WrongType => WrongType(original),
        MutationKind.DeepNesting => DeepNesting(original),
        MutationKind.HugeString => HugeString(original),
        MutationKind.AliasBomb => AliasBomb(original),
        MutationKind.Empty => EmptyFile(),
        MutationKind.RandomBinary => RandomBinary(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private (string, byte[], bool) Truncate(byte[] original)
    {
        var at = random.Next(original.Length);
        return ($"cut at byte {at}", original[..at], false);
    }

    private (string, byte[], bool) FlipBytes(byte[] original)
    {
        var bytes = (byte[])original.Clone();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return ($"{count} bytes flipped", bytes, false);
    }

    private (string, byte[], bool) InsertInvalidUtf8(byte[] original)
    {
        var sequence = InvalidUtf8Sequences[random.Next(InvalidUtf8Sequences.Length)];
        var at = random.Next(original.Length + 1);

        // Never land right after a lead byte that the sequence could complete: skip past the
        // character the position falls in, so the insertion is invalid whatever surrounds it.
        while (at < original.Length && (original[at] & 0xC0) == 0x80)
        {
            at++;
        }

        return ($"{Convert.ToHexString(sequence)} at byte {at}", [.. original[..at], .. sequence, .. original[at..]], true);
    }

    private (string, byte[], bool) InsertTab(byte[] original)
    {
        var lines = Lines(original);
        var line = random.Next(lines.Count);
        var indent = lines[line].Length - lines[line].TrimStart(' ').Length;
        var column = random.Next(indent + 1);
        lines[line] = lines[line].Insert(column, "\t");
        return ($"tab at {line + 1}:{column + 1}", Join(lines), true);
    }

    private (string, byte[], bool) DuplicateKey(byte[] original)
    {
        var lines = Lines(original);
        var keys = TopLevelKeys(lines);
        if (keys.Count == 0)
        {
            return ("no key to duplicate: a lone duplicated key", Encoding.UTF8.GetBytes("id: x\nid: x\n"), true);
        }

        // A column-0 key is a key of the root mapping wherever it stands (block scalars are
        // indented), so writing it again anywhere at column 0 duplicates it.
        var line = keys[random.Next(keys.Count)];
        var key = TopLevelKey().Match(lines[line]).Groups[1].Value;
        lines.Insert(random.Next(2) == 0 ? SkipBlock(lines, line) : lines.Count, $"{key}: duplicate");
        return ($"'{key}' written twice", Join(lines), true);
    }

    private (string, byte[], bool) WrongType(byte[] original)
    {
        string[] replacements = ["[fuzz, 1]", "{fuzz: 1}", "12345", "-3.5e300", "", "true", "[]", "{}"];
        var replacement = replacements[random.Next(replacements.Length)];
        var (lines, key) = ReplaceTopLevelValue(original, replacement);

        // Whether a wrong type is always an error depends on the key: `id: 12345` is, an empty
        // optional list may not be. Only the shapes no key accepts must fail.
        var mustFail = key == "id" || replacement is "-3.5e300" or "{fuzz: 1}";
        return ($"'{key}' became `{replacement}`", Join(lines), mustFail);
    }

    private (string, byte[], bool) DeepNesting(byte[] original)
    {
        int[] depths = [33, 200, 1_000, 10_000];
        var depth = depths[random.Next(depths.Length)];
        string value;
        string detail;
        switch (random.Next(3))
        {
            case 0:
                value = new string('[', depth) + new string(']', depth);
                detail = $"{depth} nested [ ]";
                break;
            case 1:
                value = new string('[', depth);
                detail = $"{depth} unclosed [";
                break;
            default:
                var block = new StringBuilder();
                for (var i = 0; i < Math.Min(depth, 500); i++)
                {
                    block.Append('\n').Append(' ', 2 * (i + 1)).Append("k:");
                }

                value = block.Append(" end").ToString();
                detail = $"{Math.Min(depth, 500)} nested block mappings";
                break;
        }

        var (lines, key) = ReplaceTopLevelValue(original, value);
        return ($"'{key}' holds {detail}", Join(lines), true);
    }

    private (string, byte[], bool) HugeString(byte[] original)
    {
        // Over the file limit (1 MiB), or under it but over the 64 KiB limit on one value.
        var length = random.Next(2) == 0 ? 1024 * 1024 + random.Next(1024) : 64 * 1024 + 1 + random.Next(32 * 1024);
        var text = new string('x', length);
        var value = random.Next(2) == 0 ? $"\"{text}\"" : text;
        var (lines, key) = ReplaceTopLevelValue(original, value);
        return ($"'{key}' holds {length:N0} characters", Join(lines), true);
    }

    private (string, byte[], bool) AliasBomb(byte[] original)
    {
        var bomb = new StringBuilder();
        switch (random.Next(3))
        {
            case 0:
                // "Billion laughs": nine levels of ten aliases each would expand to 10^9 strings.
                bomb.Append("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (var level = 1; level <= 9; level++)
                {
                    bomb.Append($"lol{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))).Append("]\n");
                }

                break;
            case 1:
                bomb.Append("base: &b {a: 1, b: 2}\nmerged:\n  <<: *b\n  c: 3\n");
                break;
            default:
                bomb.Append("self: &s [*s]\n");
                break;
        }

        var lines = Lines(original);
        var at = random.Next(2) == 0 ? lines.Count : 1;
        lines.InsertRange(Math.Min(at, lines.Count), bomb.ToString().TrimEnd('\n').Split('\n'));
        return ("anchors and aliases", Join(lines), true);
    }

    private (string, byte[], bool) EmptyFile()
    {
        string[] empties = ["", "\n", "   \n\n", "# only a comment\n", "---\n", "---\n...\n", "\uFEFF", "~\n", "null\n"];
        var text = empties[random.Next(empties.Length)];
        return ($"`{text.Replace("\n", "\\n")}`", Encoding.UTF8.GetBytes(text), true);
    }

    private (string, byte[], bool) RandomBinary()
    {
        var bytes = new byte[random.Next(1, 64 * 1024)];
        random.NextBytes(bytes);

        // 0xFF is never valid UTF-8, so the file is binary whatever the rest happens to be.
        bytes[random.Next(bytes.Length)] = 0xFF;
        return ("random bytes", bytes, true);
    }

    /// <summary>Replaces a random root key's value (and its indented block) with the text given.</summary>
    private (List<string> Lines, string Key) ReplaceTopLevelValue(byte[] original, string value)
    {
        var lines = Lines(original);
        var keys = TopLevelKeys(lines);
        if (keys.Count == 0)
        {
            return ([$"id: {value}"], "id");
        }

        var line = keys[random.Next(keys.Count)];
        var key = TopLevelKey().Match(lines[line]).Groups[1].Value;
        var end = SkipBlock(lines, line);
        lines.RemoveRange(line, end - line);
        lines.Insert(line, value.StartsWith('\n') ? key + ":" + value : $"{key}: {value}");
        return (lines, key);
    }

    /// <summary>The line after a root key's block: the next line that starts a new root key.</summary>
    private static int SkipBlock(List<string> lines, int line)
    {
        var end = line + 1;
        while (end < lines.Count && !TopLevelKey().IsMatch(lines[end]) && !lines[end].StartsWith("---", StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    private static List<int> TopLevelKeys(List<string> lines) =>
        Enumerable.Range(0, lines.Count).Where(i => TopLevelKey().IsMatch(lines[i])).ToList();

    private static List<string> Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split('\n').ToList();

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    [GeneratedRegex(@"^([A-Za-z][\w-]*):")]
    private static partial Regex TopLevelKey();
}
