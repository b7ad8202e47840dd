using TescForce.Infrastructure.Skills;

namespace TescForce.UnitTests.Infrastructure;

/// <summary>The skill families' French names: ESCO ships its top-level groups without one, so the project adds its own.</summary>
public sealed class TaxonomyFrenchLabelTests
{
    private static readonly TaxonomySource Embedded = TaxonomySource.LoadEmbedded();

    [Theory]
    [InlineData("http://data.europa.eu/esco/isced-f/06", "technologies de l'information et de la communication (TIC)")]
    [InlineData("http://data.europa.eu/esco/isced-f/07", "ingénierie, industries de transformation et construction")]
    public void A_top_level_group_without_an_esco_french_label_gets_ours(string uri, string french) =>
        Embedded.Concepts.Single(c => c.Code == uri).LabelFr.ShouldBe(french);

    [Fact]
    public void Every_top_level_group_has_a_french_label()
    {
        var codes = Embedded.Concepts.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var topLevel = Embedded.Concepts.Where(c => c.ParentCodes.All(p => !codes.Contains(p))).ToList();
        var children = topLevel.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var families = Embedded.Concepts.Where(c => c.ParentCodes.Any(children.Contains) && c.ParentCodes.All(p => children.Contains(p) || !codes.Contains(p)));

        topLevel.Concat(families).Where(c => c.LabelFr is null).Select(c => c.LabelEn).ShouldBeEmpty();
    }

    [Fact]
    public void Esco_french_label_wins_over_ours()
    {
        var files = new Dictionary<string, string?>
        {
            ["esco_skill_groups.csv"] = "uri,code,label_en,label_fr,alt_labels_en,description_en,broader_uris\nu:1,S1,communication,communication (ESCO),,,\nu:2,S2,information skills,,,,\n",
            ["esco_digital_skills.csv"] = "uri,skill_type,reuse_level,label_en,label_fr,alt_labels_en,alt_labels_fr,description_en,broader_uris\n",
            ["esco_skill_relations.csv"] = "skill_uri,relation,related_skill_uri\n",
            ["tescforce_labels_fr.csv"] = "uri,label_fr,label_en\nu:1,communication (ours),communication\nu:2,compétences en matière d'information,information skills\n",
        };

        var source = TaxonomySource.Parse(files);

        source.Concepts.Single(c => c.Code == "u:1").LabelFr.ShouldBe("communication (ESCO)");
        source.Concepts.Single(c => c.Code == "u:2").LabelFr.ShouldBe("compétences en matière d'information");
    }
}
