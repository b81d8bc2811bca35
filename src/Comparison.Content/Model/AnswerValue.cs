using System.Globalization;
using System.Text.Json.Serialization;

namespace Comparison.Content.Model;

/// <summary>
/// An answer's value: a word (<c>yes</c>, <c>unknown</c>, an option id), a number, or a list
/// of option ids. <c>unknown</c> is a value of its own, distinct from <c>no</c>.
/// </summary>
[JsonConverter(typeof(AnswerValueJsonConverter))]
public sealed record AnswerValue
{
    public const string Unknown = "unknown";
    public const string NotApplicable = "not-applicable";
    public const string Answered = "answered";

    private AnswerValue(string? token, decimal? number, IReadOnlyList<string>? options)
    {
        Token = token;
        Number = number;
        Options = options;
    }

    public string? Token { get; }

    public decimal? Number { get; }

    public IReadOnlyList<string>? Options { get; }

    public bool IsUnknown => Token == Unknown;

    public static AnswerValue Word(string token) => new(token, null, null);

    public static AnswerValue Of(decimal number) => new(null, number, null);

    public static AnswerValue List(IReadOnlyList<string> options) => new(null, null, options);

    public static readonly AnswerValue UnknownValue = Word(Unknown);

    public bool Equals(AnswerValue? other) =>
        other is not null && Token == other.Token && Number == other.Number
        && (Options ?? []).SequenceEqual(other.Options ?? []);

    public override int GetHashCode() => HashCode.Combine(Token, Number, Options?.Count);

    /// <summary>The value as a contributor wrote it: <c>yes</c>, <c>18</c>, <c>education, research</c>.</summary>
    public override string ToString() =>
        Token ?? Number?.ToString(CultureInfo.InvariantCulture) ?? string.Join(", ", Options ?? []);
}
