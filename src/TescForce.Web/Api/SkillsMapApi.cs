using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.SkillsMap;
using TescForce.Domain.Consultants;

namespace TescForce.Web.Api;

/// <summary><c>/api/v1/skills-map</c>: the public, anonymous skills map; no key needed.</summary>
public static class SkillsMapApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/skills-map", GetAsync)
            .WithTags("Skills map")
            .WithName("GetSkillsMap")
            .WithSummary("The public skills map")
            .WithDescription("Available consultants of the member companies, counted by skill family (the children of `skillId`, or the "
                + "top-level families), seniority band, language and CEFR level, and week of the next twelve. Anonymous and aggregated: "
                + "no company breakdown, and counts under 5 are null (hidden), as are counts that would give one away. No key needed.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .WithExamples(response: new SkillsMapResult(true, 7774, null,
                [new SkillsMapFamily(4, "information and communication technologies (icts)", 7765, true)], [],
                [new SkillsMapCount("Junior", "Junior", 560), new SkillsMapCount("Expert", "Expert", null, true)],
                [new SkillsMapLanguage("en", 7774, [new SkillsMapCount("C1", "C1", 2761), new SkillsMapCount("A1", "A1", null)])],
                [new SkillsMapWeek(new DateOnly(2026, 11, 23), 3574)]));
    }

    private static async Task<Ok<SkillsMapResult>> GetAsync(SkillsMapService service,
        [Description("A skill or family id: only consultants with it or a narrower skill; the families listed are its children.")] int? skillId,
        [Description("ISO 639-1 language code, e.g. en: only consultants speaking it.")] string? languageCode,
        [Description("The lowest CEFR level of that language, A1 to C2.")] CefrLevel? minLanguageLevel,
        [Description("Available some day from this date (yyyy-MM-dd).")] DateOnly? availableFrom,
        [Description("Available some day until this date (yyyy-MM-dd).")] DateOnly? availableTo,
        [Description("Language of the labels: en (default) or fr.")] string? lang,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var labels = SkillsApi.Language(lang, errors);
        InputValidation.ThrowIfAny(errors);
        return TypedResults.Ok(await service.PublicMapAsync(new SkillsMapQuery
        {
            SkillId = skillId, LanguageCode = languageCode, MinLanguageLevel = minLanguageLevel, AvailableFrom = availableFrom, AvailableTo = availableTo,
        }, labels, cancellationToken));
    }
}
