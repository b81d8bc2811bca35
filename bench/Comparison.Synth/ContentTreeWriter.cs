namespace Comparison.Synth;

/// <summary>Writes a content folder: the real questions and instruments, and the generated jurisdictions.</summary>
internal static class ContentTreeWriter
{
    public static void Write(string contentDirectory, string realContentDirectory, IReadOnlyList<SynthJurisdiction> jurisdictions)
    {
        var countries = Path.Combine(contentDirectory, "countries");
        if (Directory.Exists(contentDirectory))
        {
            Directory.Delete(contentDirectory, recursive: true);
        }

        Directory.CreateDirectory(countries);
        foreach (var file in new[] { "questions.yaml", "instruments.yaml" })
        {
            File.Copy(Path.Combine(realContentDirectory, file), Path.Combine(contentDirectory, file));
        }

        foreach (var jurisdiction in jurisdictions)
        {
            File.WriteAllText(Path.Combine(countries, jurisdiction.Id + ".yaml"), jurisdiction.SchemaComment + "\n" + YamlWriter.Write(jurisdiction.Root));
        }
    }
}
