using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.Skills;

namespace TescForce.Web.Api;

/// <summary><c>/api/v1/skills</c>: the skill catalogue (ESCO and the platform's additions), for any key.</summary>
public static class SkillsApi
{
    public const int MaxResults = 50;

    public static void Map(RouteGroupBuilder api)
    {
        var skills = api.MapGroup("/skills").WithTags("Skills");

        skills.MapGet("", SearchAsync)
            .WithName("SearchSkills")
            .WithSummary("Search the skill catalogue")
            .WithDescription("Skills whose labels or synonyms match `q`, in English or French, best first; labels in `lang`.")
            .ProducesValidationProblem()
            .WithExamples(response: new[] { new SkillOption(1942, "machine learning", "apprentissage automatique", null) });

        skills.MapGet("/{id:int}", GetAsync)
            .WithName("GetSkill")
            .WithSummary("One skill with its broader and narrower skills")
            .WithDescription("A merged skill says into which one (`mergedIntoId`): use that one instead.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(response: new SkillDetails(1942, "tescforce:ml", "machine learning", "machine learning", "apprentissage automatique",
                Domain.Skills.SkillStatus.Active, null, [new SkillSynonymText("en", "ML")], [new SkillRef(210, "artificial intelligence")],
                [new SkillRef(2001, "deep learning")]));
    }

    private static async Task<Ok<IReadOnlyList<SkillOption>>> SearchAsync(SkillCatalogue catalogue,
        [Description("Words of a skill's label or synonym (1 to 100 characters).")] string? q,
        [Description("Language of the labels: en (default) or fr.")] string? lang,
        [Description("How many skills at most, 1 to 50 (default 20).")] int? limit,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var text = q?.Trim() ?? "";
        if (text.Length is 0 or > 100)
        {
            InputValidation.Add(errors, "q", "q is the text to search for, 1 to 100 characters.");
        }

        if (limit is < 1 or > MaxResults)
        {
            InputValidation.Add(errors, "limit", $"limit is between 1 and {MaxResults}.");
        }

        var language = Language(lang, errors);
        InputValidation.ThrowIfAny(errors);
        return TypedResults.Ok(await catalogue.SearchAsync(text, language, limit ?? 20, cancellationToken));
    }

    private static async Task<Ok<SkillDetails>> GetAsync(SkillCatalogue catalogue, int id,
        [Description("Language of the labels: en (default) or fr.")] string? lang, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var language = Language(lang, errors);
        InputValidation.ThrowIfAny(errors);
        return TypedResults.Ok(await catalogue.DetailsAsync(id, language, cancellationToken) ?? throw new NotFoundException("There is no skill with this id."));
    }

    /// <summary>en or fr (default en); anything else is refused with a message.</summary>
    public static string Language(string? lang, Dictionary<string, List<string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        if (language is not ("en" or "fr"))
        {
            InputValidation.Add(errors, "lang", "lang is en or fr.");
        }

        return language;
    }
}
