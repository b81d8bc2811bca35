using System.Text;
using System.Text.Json.Nodes;
using Comparison.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Comparison.Content.Yaml;

/// <summary>
/// Reads one YAML file into JSON nodes with a <see cref="SourceMap"/>, from YamlDotNet's event
/// parser rather than its object model, so that every limit (size, depth, string length, node
/// count), duplicate keys and aliases are caught here with a location instead of surfacing as
/// an exception or an unbounded expansion. Never throws for bad input: it returns diagnostics.
/// </summary>
public sealed class YamlJsonReader(YamlLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public YamlJsonReader()
        : this(YamlLimits.Default)
    {
    }

    public YamlDocument? Read(string displayPath, byte[] bytes, ICollection<Diagnostic> diagnostics)
    {
        var text = Decode(displayPath, bytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            diagnostics.Add(new Diagnostic(displayPath, 1, 1, Severity.Error, DiagnosticCodes.EmptyFile,
                "the file has no content; start from `comparison new <id> --name \"<English name>\"`"));
            return null;
        }

        if (ReportTabs(displayPath, text, diagnostics))
        {
            return null;
        }

        var map = new SourceMap();
        var parser = new Parser(new StringReader(text));
        var state = new ReadState(parser, map);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new YamlReadException(DiagnosticCodes.EmptyFile, Position.Start, "the file has no content");
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(state, string.Empty, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new YamlReadException(DiagnosticCodes.MultipleDocuments, At(parser.Current!.Start),
                    "a content file holds one YAML document; remove the second `---` and what follows");
            }

            if (root is null)
            {
                throw new YamlReadException(DiagnosticCodes.EmptyFile, Position.Start, "the file has no content");
            }

            return new YamlDocument(displayPath, root, map, FirstLineSchemaComment(text));
        }
        catch (YamlReadException e)
        {
            diagnostics.Add(new Diagnostic(displayPath, e.Position.Line, e.Position.Column, Severity.Error, e.Code, e.Message));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new Diagnostic(displayPath, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column),
                Severity.Error, DiagnosticCodes.YamlSyntax, Explain(e)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner can fail without a mark on some malformed input (an unclosed
            // flow sequence, for one): report it at the last node that was read.
            diagnostics.Add(new Diagnostic(displayPath, state.Last.Line, state.Last.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                "YAML syntax: the file cannot be parsed after this point (check for an unclosed quote or bracket)"));
        }

        return null;
    }

    private string? Decode(string path, byte[] bytes, ICollection<Diagnostic> diagnostics)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, DiagnosticCodes.Limit,
                $"the file is {bytes.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0}. Split long texts or quote less."));
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var at = PositionOfByte(bytes, nul);
            diagnostics.Add(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.Encoding,
                "the file contains a NUL byte: it looks binary, not YAML text. Save it as UTF-8 text."));
            return null;
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = PositionOfByte(bytes, start + Math.Max(0, e.Index));
            diagnostics.Add(new Diagnostic(path, at.Line, at.Column, Severity.Error, DiagnosticCodes.Encoding,
                "the file is not valid UTF-8 here; save it as UTF-8 (without changing the text)"));
            return null;
        }
    }

    private static Position PositionOfByte(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, index - lineStart + 1);
    }

    private static bool ReportTabs(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        var found = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
            {
                if (line[c] == '\t')
                {
                    diagnostics.Add(new Diagnostic(path, i + 1, c + 1, Severity.Error, DiagnosticCodes.Tab,
                        "a tab is used for indentation; YAML needs spaces (set your editor to insert 2 spaces)"));
                    found = true;
                    break;
                }
            }
        }

        return found;
    }

    private JsonNode? ReadNode(ReadState state, string pointer, int depth)
    {
        var parser = state.Parser;
        if (depth > limits.MaxDepth)
        {
            throw new YamlReadException(DiagnosticCodes.Limit, At(parser.Current!.Start),
                $"nesting is deeper than {limits.MaxDepth} levels; content files are never this deep");
        }

        if (++state.Nodes > limits.MaxNodes)
        {
            throw new YamlReadException(DiagnosticCodes.Limit, At(parser.Current!.Start),
                $"the file has more than {limits.MaxNodes:N0} values; split it or remove repeated entries");
        }

        var current = parser.Current ?? throw new YamlReadException(DiagnosticCodes.YamlSyntax, Position.Start, "unexpected end of file");
        state.Last = At(current.Start);
        switch (current)
        {
            case AnchorAlias alias:
                throw new YamlReadException(DiagnosticCodes.Alias, At(alias.Start),
                    $"aliases (*{alias.Value}) are not allowed in content files; write the value out in full");
            case Scalar scalar:
                return ReadScalar(state, scalar, pointer);
            case SequenceStart sequence:
                return ReadSequence(state, sequence, pointer, depth);
            case MappingStart mapping:
                return ReadMapping(state, mapping, pointer, depth);
            default:
                throw new YamlReadException(DiagnosticCodes.YamlSyntax, At(current.Start), $"unexpected {current.GetType().Name}");
        }
    }

    private JsonNode? ReadScalar(ReadState state, Scalar scalar, string pointer)
    {
        CheckNodeProperties(scalar.Anchor, scalar.Tag, scalar.Start);
        if (scalar.Value.Length > limits.MaxScalarLength)
        {
            throw new YamlReadException(DiagnosticCodes.Limit, At(scalar.Start),
                $"this text is {scalar.Value.Length:N0} characters; the limit is {limits.MaxScalarLength:N0}. Quote an excerpt, link the rest.");
        }

        state.Map.AddValue(pointer, At(scalar.Start));
        state.Parser.MoveNext();
        return ScalarTyping.ToNode(scalar.Value, scalar.Style == ScalarStyle.Plain);
    }

    private JsonArray ReadSequence(ReadState state, SequenceStart sequence, string pointer, int depth)
    {
        CheckNodeProperties(sequence.Anchor, sequence.Tag, sequence.Start);
        state.Map.AddValue(pointer, At(sequence.Start));
        var array = new JsonArray();
        state.Parser.MoveNext();
        while (!state.Parser.TryConsume<SequenceEnd>(out _))
        {
            array.Add(ReadNode(state, $"{pointer}/{array.Count}", depth + 1));
        }

        return array;
    }

    private JsonObject ReadMapping(ReadState state, MappingStart mapping, string pointer, int depth)
    {
        CheckNodeProperties(mapping.Anchor, mapping.Tag, mapping.Start);
        state.Map.AddValue(pointer, At(mapping.Start));
        var obj = new JsonObject();
        var seen = new Dictionary<string, Position>(StringComparer.Ordinal);
        state.Parser.MoveNext();
        while (!state.Parser.TryConsume<MappingEnd>(out _))
        {
            if (state.Parser.Current is not Scalar key)
            {
                throw new YamlReadException(DiagnosticCodes.YamlSyntax, At(state.Parser.Current!.Start),
                    "a key must be a plain word, not a list or a mapping");
            }

            CheckNodeProperties(key.Anchor, key.Tag, key.Start);
            var keyPosition = At(key.Start);
            if (seen.TryGetValue(key.Value, out var first))
            {
                throw new YamlReadException(DiagnosticCodes.DuplicateKey, keyPosition,
                    $"the key '{key.Value}' appears twice in this mapping (first at line {first.Line}); keep one");
            }

            seen[key.Value] = keyPosition;
            var child = $"{pointer}/{SourceMap.Escape(key.Value)}";
            state.Map.AddKey(child, keyPosition);
            state.Parser.MoveNext();
            obj[key.Value] = ReadNode(state, child, depth + 1);
        }

        return obj;
    }

    private static void CheckNodeProperties(AnchorName anchor, TagName tag, Mark start)
    {
        if (!anchor.IsEmpty)
        {
            throw new YamlReadException(DiagnosticCodes.Alias, At(start),
                $"anchors (&{anchor.Value}) are not allowed in content files; write each value out in full");
        }

        if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != "tag:yaml.org,2002:str")
        {
            throw new YamlReadException(DiagnosticCodes.YamlSyntax, At(start),
                $"YAML tags ({tag.Value}) are not used in content files; remove it");
        }
    }

    private static Position At(Mark mark) => new(Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private static string Explain(YamlException e)
    {
        var message = e.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            message = message[(colon + 3)..];
        }

        var hint = message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            ? " (a value containing ': ' must be quoted)"
            : message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase)
                ? " (check the indentation and any unclosed quote or bracket above)"
                : string.Empty;
        return $"YAML syntax: {message.TrimEnd('.')}{hint}";
    }

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

    private static string? FirstLineSchemaComment(string text)
    {
        var first = text.Split('\n', 2)[0].Trim();
        const string prefix = "# yaml-language-server: $schema=";
        return first.StartsWith(prefix, StringComparison.Ordinal) ? first[prefix.Length..].Trim() : null;
    }

    private sealed class ReadState(IParser parser, SourceMap map)
    {
        public IParser Parser { get; } = parser;

        public SourceMap Map { get; } = map;

        public int Nodes { get; set; }

        public Position Last { get; set; } = Position.Start;
    }
}
