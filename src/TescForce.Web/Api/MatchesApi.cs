using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.Missions;
using TescForce.Matching.Queries;

namespace TescForce.Web.Api;

/// <summary>
/// The ranked, explained consultants for a client's mission (<c>/api/v1/missions/{id}/matches</c>) or for a mission not saved
/// (<c>/api/v1/matches/preview</c>), as on the mission's page: anonymous cards, never a name or a company. Client keys only.
/// </summary>
public static class MatchesApi
{
    /// <summary>The largest <c>top</c>: how many of the best-ranked consultants a call may consider.</summary>
    public const int MaxTop = 1000;

    private const string TopDescription = "Consider only the best-ranked `top` consultants (1 to 1000): `total` is then at most `top` and the pages stop there. All when omitted.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/missions/{id:guid}/matches", MatchesAsync)
            .WithTags("Matches")
            .WithName("GetMissionMatches")
            .WithSummary("The ranked consultants for one of the organisation's missions")
            .WithDescription("Client keys only; any state of the mission (a draft previews its matches). Each consultant comes with the score, "
                + "the anonymous card, the required skills matched, matched through a related skill or missing, and the points of each criterion. "
                + TopDescription + " Paged (`page`, `pageSize` up to 100); skill labels in `lang`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(response: MatchList.Example);

        api.MapPost("/matches/preview", PreviewAsync)
            .WithTags("Matches")
            .WithName("PreviewMatches")
            .WithSummary("Rank the consultants for a mission without saving it")
            .WithDescription("Client keys only. The body is a mission as `POST /api/v1/missions` takes it, checked the same way (errors keyed by "
                + "its fields); nothing is saved. " + TopDescription + " Paged (`page`, `pageSize` up to 100); skill labels in `lang`.")
            .ProducesValidationProblem()
            .WithExamples(request: MissionRequest.Example, response: MatchList.Example);
    }

    private static async Task<Ok<MatchList>> MatchesAsync(HttpContext http, MissionService missions, Guid id,
        [Description(TopDescription)] int? top,
        [Description("Language of the skill labels: en (default) or fr.")] string? lang,
        [AsParameters] ApiPaging paging, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        var (page, language) = Query(top, lang, paging);
        return TypedResults.Ok(MatchList.From(await missions.MatchesAsync(actor, id, MatchRelaxation.None, page, language, cancellationToken), top));
    }

    private static async Task<Ok<MatchList>> PreviewAsync(HttpContext http, MissionService missions, MissionRequest mission,
        [Description(TopDescription)] int? top,
        [Description("Language of the skill labels: en (default) or fr.")] string? lang,
        [AsParameters] ApiPaging paging, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        var (page, language) = Query(top, lang, paging);
        return TypedResults.Ok(MatchList.From(
            await missions.PreviewMatchesAsync(actor, mission.ToInput(), MatchRelaxation.None, page, language, cancellationToken), top));
    }

    /// <summary>The page and the labels' language asked for; <c>top</c> and <c>lang</c> are checked first, then the paging.</summary>
    private static (PageRequest Page, string Language) Query(int? top, string? lang, ApiPaging paging)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (top is < 1 or > MaxTop)
        {
            InputValidation.Add(errors, "top", $"top is between 1 and {MaxTop}.");
        }

        var language = SkillsApi.Language(lang, errors);
        InputValidation.ThrowIfAny(errors);
        return (paging.ToRequest(), language);
    }
}
