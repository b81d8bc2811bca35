using System.ComponentModel;
using Comparison.Content.AsOf;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class QuestionsEndpoints
{
    public static RouteGroupBuilder MapQuestions(this RouteGroupBuilder api)
    {
        api.MapGet("/questions", ListQuestions)
            .WithName("ListQuestions").WithSummary("All questions, by group");
        api.MapGet("/questions/{id}", GetQuestion)
            .WithName("GetQuestion").WithSummary("One question and every jurisdiction's answer to it, as of a date");
        return api;
    }

    private static Results<Ok<QuestionsResponse>, ValidationProblem> ListQuestions(
        SnapshotStore store, TimeProvider clock,
        [Description("The date, YYYY-MM-DD (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        var catalog = snapshot.Content.Questions;
        return TypedResults.Ok(new QuestionsResponse(snapshot.Version, date, catalog.Groups,
            catalog.Questions.Select(q => DtoMapper.Question(q, catalog)).ToList()));
    }

    private static Results<Ok<QuestionResponse>, ValidationProblem, ProblemHttpResult> GetQuestion(
        SnapshotStore store, TimeProvider clock,
        [Description("Question id, e.g. minor-purchase-offence.")] string id,
        [Description("The date the answers are for, YYYY-MM-DD (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        var question = snapshot.Content.Questions.Find(id);
        if (question is null)
        {
            return ApiProblems.NotFound($"There is no question '{RequestParameters.Truncate(id)}'. GET /api/v1/questions lists them.");
        }

        var answers = snapshot.Content.Jurisdictions
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Where(j => j.Answers.ContainsKey(question.Id))
            .Select(j =>
            {
                var resolved = AsOfResolver.Resolve(question.Id, j.Answers[question.Id], date);
                return new JurisdictionAnswerDto(j.Id, j.Name, DtoMapper.Answer(resolved, DtoMapper.MayPredate(snapshot.Content, j, question.Id, resolved, date)));
            })
            .ToList();
        return TypedResults.Ok(new QuestionResponse(snapshot.Version, date, DtoMapper.Question(question, snapshot.Content.Questions), answers));
    }
}
