using Comparison.Synth;

// Writes a synthetic content tree that validates, and the same pages as a Hugo site, for the
// pipeline-at-scale benchmark. Every jurisdiction is a real file of the content folder with a new
// id and name and new text of the same length in the same language, so structure, history,
// provisions and text lengths stay realistic.
// Usage: comparison-synth --jurisdictions N --out DIR [--content content] [--seed 1]
var options = SynthOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: comparison-synth --jurisdictions N --out DIR [--content DIR] [--seed N]");
    return 2;
}

var clock = System.Diagnostics.Stopwatch.StartNew();
var templates = TemplateSet.Load(options.ContentDirectory);
var jurisdictions = new JurisdictionGenerator(templates, options.Seed).Generate(options.Jurisdictions).ToList();
ContentTreeWriter.Write(Path.Combine(options.OutDirectory, "content"), options.ContentDirectory, jurisdictions);
HugoSiteWriter.Write(Path.Combine(options.OutDirectory, "hugo"), templates.Questions, jurisdictions);
Console.WriteLine($"wrote {jurisdictions.Count} jurisdictions ({templates.Files.Count} templates, {templates.Languages.Count} languages) to {options.OutDirectory} in {clock.ElapsedMilliseconds} ms");
return 0;
