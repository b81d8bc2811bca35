namespace Comparison.Content.Model;

/// <summary>A comparison question; its <see cref="Type"/> decides which values an answer may take.</summary>
public sealed record Question(
    string Id,
    string Group,
    string Type,
    string? Unit,
    string Title,
    string Text,
    IReadOnlyList<QuestionOption>? Options,
    IReadOnlyList<string>? Instruments,
    IReadOnlyList<string>? Keywords = null)
{
    public IReadOnlyList<string> SearchKeywords => Keywords ?? [];

    public IReadOnlyList<QuestionOption> Choices => Options ?? [];

    public IReadOnlyList<string> InstrumentIds => Instruments ?? [];
}

public sealed record QuestionOption(string Id, string Label);

public sealed record QuestionGroup(string Id, string Title);

/// <summary>The contents of questions.yaml.</summary>
public sealed record QuestionCatalog(IReadOnlyList<QuestionGroup> Groups, IReadOnlyList<Question> Questions)
{
    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

/// <summary>Question types; values are fixed by the schema.</summary>
public static class QuestionTypes
{
    public const string YesNo = "yes-no";
    public const string Number = "number";
    public const string Choice = "choice";
    public const string MultiChoice = "multi-choice";
    public const string Text = "text";
}
