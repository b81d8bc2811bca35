using System.Text;

namespace Comparison.Search.Querying;

/// <summary>
/// What a user typed, split into plain words and "quoted phrases". Nothing is query syntax:
/// <c>AND</c>, <c>*</c>, <c>~</c>, <c>:</c>, brackets and slashes are ordinary characters, so
/// citations like <c>ECLI:NL:GHDHA:2018:2601</c> or <c>§ 232a (6)</c> are searched as typed and
/// no input can ask for a wildcard, fuzzy or regular-expression query.
/// </summary>
public sealed record UserQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public const int MaxLength = 500;
    public const int MaxParts = 32;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static UserQuery Parse(string? text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new UserQuery(words, phrases);
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        var parts = clean.ToString().Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts are inside quotes; an unbalanced final quote just ends the phrase.
            if (i % 2 == 1 && !string.IsNullOrWhiteSpace(parts[i]))
            {
                phrases.Add(parts[i].Trim());
            }
            else if (i % 2 == 0)
            {
                words.AddRange(parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return new UserQuery(words.Distinct().Take(MaxParts).ToList(), phrases.Distinct().Take(MaxParts).ToList());
    }
}
