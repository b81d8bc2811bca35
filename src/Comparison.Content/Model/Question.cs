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
    IReadOnlyList<string>? Keywords = null,
    AppliesWhen? AppliesWhen = null)
{
    public IReadOnlyList<string> SearchKeywords => Keywords ?? [];

    public IReadOnlyList<QuestionOption> Choices => Options ?? [];

    public IReadOnlyList<string> InstrumentIds => Instruments ?? [];
}

public sealed record QuestionOption(string Id, string Label);

/// <summary>
/// A follow-up question applies only where another question's answer is one of
/// <see cref="Values"/> (the age limit of a purchase offence only where there is one).
/// Where that answer is one of <see cref="MayApplyWhen"/> it may or may not apply (an offence
/// covering only children under 16 is partial and has no penalty for a 16-year-old).
/// Elsewhere its answer is <c>not-applicable</c>.
/// </summary>
public sealed record AppliesWhen(string Question, IReadOnlyList<string> Values, IReadOnlyList<string>? MayApplyWhen = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> MayApplyValues => MayApplyWhen ?? [];
}

public sealed record QuestionGroup(string Id, string Title);

/// <summary>The contents of questions.yaml.</summary>
public sealed record QuestionCatalog(IReadOnlyList<QuestionGroup> Groups, IReadOnlyList<Question> Questions, CoverageTargets? Targets = null)
{
    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

/// <summary>
/// The depth the knowledge base aims for: which jurisdictions must answer every question
/// (<see cref="Full"/>), and which questions every other jurisdiction must answer
/// (<see cref="Core"/>). `unknown` stays a valid answer; the coverage report uses the targets
/// only to show where the content falls short of them.
/// </summary>
public sealed record CoverageTargets(FullDepthTarget? Full, IReadOnlyList<string>? Core)
{
    public IReadOnlyList<string> CoreQuestionIds => Core ?? [];
}

/// <summary>Jurisdictions held to every question: by membership (eu) or by id.</summary>
public sealed record FullDepthTarget(IReadOnlyList<string>? Memberships, IReadOnlyList<string>? Jurisdictions)
{
    public IReadOnlyList<string> MembershipIds => Memberships ?? [];

    public IReadOnlyList<string> JurisdictionIds => Jurisdictions ?? [];
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
