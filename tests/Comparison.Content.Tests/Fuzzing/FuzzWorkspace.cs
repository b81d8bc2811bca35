namespace Comparison.Content.Tests.Fuzzing;

/// <summary>
/// A temporary content folder reused across cases: each case writes its broken file, is loaded,
/// and the file is put back, which is far cheaper than copying a folder per case. It holds the
/// two real catalogs and one real jurisdiction beside the case's file (so the cross-file rules
/// run), or, with <c>allFiles</c>, every real file.
/// </summary>
public sealed class FuzzWorkspace : IDisposable
{
    private readonly Dictionary<string, byte[]> originals;
    private readonly HashSet<string> resident = new(StringComparer.Ordinal);

    public FuzzWorkspace(IReadOnlyList<(string File, byte[] Bytes)> files, bool allFiles)
    {
        originals = files.ToDictionary(f => f.File, f => f.Bytes, StringComparer.Ordinal);
        Directory = Path.Combine(Path.GetTempPath(), "comparison-fuzz", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "countries"));
        var companion = files.First(f => f.File.StartsWith("countries/", StringComparison.Ordinal)).File;
        foreach (var (file, bytes) in files)
        {
            if (allFiles || !file.StartsWith("countries/", StringComparison.Ordinal) || file == companion)
            {
                File.WriteAllBytes(PathOf(file), bytes);
                resident.Add(file);
            }
        }
    }

    public string Directory { get; }

    /// <summary>Writes the case's file; dispose the result to restore the folder.</summary>
    public IDisposable Apply(FuzzCase fuzzCase)
    {
        File.WriteAllBytes(PathOf(fuzzCase.File), fuzzCase.Bytes);
        return new Restore(this, fuzzCase.File);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a run on clean-up.
        }
    }

    private string PathOf(string file) => Path.Combine(Directory, file);

    private sealed class Restore(FuzzWorkspace workspace, string file) : IDisposable
    {
        public void Dispose()
        {
            if (workspace.resident.Contains(file))
            {
                File.WriteAllBytes(workspace.PathOf(file), workspace.originals[file]);
            }
            else
            {
                File.Delete(workspace.PathOf(file));
            }
        }
    }
}
