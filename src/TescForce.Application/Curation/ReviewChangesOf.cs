using TescForce.Application.Skills;

namespace TescForce.Application.Curation;

/// <summary>The difference between a reviewed version and the current one, with the skills named in the reader's language.</summary>
internal static class ReviewChangesOf
{
    public static async Task<ReviewChanges?> ComputeAsync(string? reviewed, string current, SkillCatalogue catalogue, string language,
        CancellationToken cancellationToken)
    {
        if (reviewed is null)
        {
            return null;
        }

        var labels = await catalogue.LabelsAsync(ReviewedVersions.SkillIds(reviewed, current), language, cancellationToken);
        return new ReviewChanges(ReviewedVersions.Compare(reviewed, current, labels.ToDictionary()));
    }
}
