using Comparison.Content.Model;

namespace Comparison.Search.Indexing;

/// <summary>Turns a content snapshot into the documents the index holds.</summary>
public static class SearchDocumentBuilder
{
    public static IEnumerable<SearchDocument> From(ContentSet content)
    {
        foreach (var jurisdiction in content.Jurisdictions)
        {
            foreach (var document in From(jurisdiction, content.Questions))
            {
                yield return document;
            }
        }
    }

    private static IEnumerable<SearchDocument> From(Jurisdiction j, QuestionCatalog questions)
    {
        var page = $"/countries/{j.Id}/";
        yield return new SearchDocument(
            DocumentKind.Jurisdiction, j.Id, j.Name, j.Name, page, null, null, null, null, null, j.Memberships,
            EnglishText: $"{j.Name}. {j.State}. {string.Join(" ", j.Memberships.Select(MembershipName))}",
            OriginalLanguage: j.Languages[0], OriginalText: j.NativeName,
            Citations: $"{j.Id} {j.Iso}", ValidFrom: null, ValidUntil: null, IsCurrent: true);

        foreach (var question in questions.Questions)
        {
            if (!j.Answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            var anchor = $"{page}#{question.Id}";
            var history = answer.Earlier;
            DateOnly? previousUntil = null;
            for (var i = 0; i < history.Count; i++)
            {
                var entry = history[i];
                yield return AnswerDocument(j, question, entry.Value, entry.Summary, entry.ProvisionIds, entry.SourceIds,
                    entry.From ?? previousUntil?.AddDays(1), entry.Until, anchor, isCurrent: false);
                previousUntil = entry.Until;
            }

            yield return AnswerDocument(j, question, answer.Value, answer.Summary, answer.ProvisionIds, answer.SourceIds,
                answer.Since, null, anchor, isCurrent: true);
        }

        foreach (var provision in j.Provisions)
        {
            yield return new SearchDocument(
                DocumentKind.Provision, j.Id, j.Name, $"{provision.Citation}: {provision.Title}", $"{page}#provision-{provision.Id}",
                null, null, provision.Id, null, null, j.Memberships,
                EnglishText: provision.Translation ?? string.Empty,
                OriginalLanguage: provision.Language, OriginalText: provision.Text,
                Citations: $"{provision.Citation} {provision.Id}",
                ValidFrom: provision.From, ValidUntil: provision.Until, IsCurrent: provision.Until is null);
        }

        foreach (var source in j.Sources)
        {
            yield return new SearchDocument(
                DocumentKind.Source, j.Id, j.Name, source.Title, $"{page}#source-{source.Id}",
                null, null, null, source.Id, null, j.Memberships,
                EnglishText: $"{source.Title}. {source.Publisher}.",
                OriginalLanguage: null, OriginalText: null,
                Citations: $"{source.Ecli} {source.Title}",
                ValidFrom: null, ValidUntil: null, IsCurrent: true);
        }
    }

    private static SearchDocument AnswerDocument(
        Jurisdiction j, Question question, AnswerValue value, string summary, IReadOnlyList<string> provisionIds,
        IReadOnlyList<string> sourceIds, DateOnly? from, DateOnly? until, string anchor, bool isCurrent)
    {
        // A citation in an answer is findable through the answer too: "248b" finds the minors answers.
        var citations = string.Join(" ", provisionIds.Select(id => j.FindProvision(id)?.Citation).OfType<string>()
            .Concat(sourceIds.Select(id => j.FindSource(id)?.Ecli).OfType<string>()));
        return new SearchDocument(
            DocumentKind.Answer, j.Id, j.Name, $"{j.Name}: {question.Title}", anchor,
            question.Id, question.Group, null, null, value.ToString(), j.Memberships,
            EnglishText: $"{question.Title}. {question.Text} {summary}",
            OriginalLanguage: null, OriginalText: null,
            Citations: citations, ValidFrom: from, ValidUntil: until, IsCurrent: isCurrent,
            Keywords: string.Join(". ", question.SearchKeywords));
    }

    private static string MembershipName(string membership) => membership switch
    {
        "eu" => "European Union EU",
        "coe" => "Council of Europe",
        "eea" => "European Economic Area EEA",
        _ => membership,
    };
}
