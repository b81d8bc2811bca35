using System.Globalization;
using Comparison.Content.Model;

namespace Comparison.Site.Building;

/// <summary>How a value reads (a word, never a colour alone) and the CSS class that colours it.</summary>
public sealed record ValueWord(string Word, string CssClass);

/// <summary>
/// Turns an answer value into the word a reader sees (Yes, No, Partial, Unknown, N/A, the number,
/// the option label, "See text") and a colour class shared by table cells and map shapes.
/// </summary>
public static class ValueDisplay
{
    public static readonly ValueWord Unknown = new("Unknown", "v-unknown");

    public static readonly ValueWord NotApplicable = new("N/A", "v-na");

    public static ValueWord Of(Question question, AnswerValue? value)
    {
        if (value is null || value.IsUnknown)
        {
            return Unknown;
        }

        if (value.Token == AnswerValue.NotApplicable)
        {
            return NotApplicable;
        }

        if (value.Number is { } number)
        {
            return new ValueWord(number.ToString(CultureInfo.InvariantCulture), "v-value");
        }

        if (value.Options is { } options)
        {
            return new ValueWord(string.Join(", ", options.Select(o => LabelOf(question, o))), "v-value");
        }

        return value.Token switch
        {
            "yes" => new ValueWord("Yes", "v-yes"),
            "no" => new ValueWord("No", "v-no"),
            "partial" => new ValueWord("Partial", "v-partial"),
            AnswerValue.Answered => new ValueWord("See text", "v-text"),
            { } token when question.Type == QuestionTypes.Choice => new ValueWord(LabelOf(question, token), ChoiceClass(question, token)),
            { } token => new ValueWord(token, "v-value"),
            null => Unknown,
        };
    }

    private static string LabelOf(Question question, string optionId) =>
        question.Choices.FirstOrDefault(o => o.Id == optionId)?.Label ?? optionId;

    // Options of a choice question get colours of their own (up to four), so a map of a choice
    // question tells the options apart; the word is always shown with it.
    private static string ChoiceClass(Question question, string optionId)
    {
        var index = question.Choices.Select(o => o.Id).ToList().IndexOf(optionId);
        return index is >= 0 and < 4 ? $"v-c{index + 1}" : "v-value";
    }
}
