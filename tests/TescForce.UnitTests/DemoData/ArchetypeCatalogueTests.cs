using TescForce.Domain.Consultants;
using TescForce.Infrastructure.DemoData;

namespace TescForce.UnitTests.DemoData;

public sealed class ArchetypeCatalogueTests
{
    [Fact]
    public void There_are_at_least_fifteen_archetypes_with_distinct_keys()
    {
        Archetypes.All.Count.ShouldBeGreaterThanOrEqualTo(15);
        Archetypes.All.Select(a => a.Key).ShouldBeUnique();
    }

    [Fact]
    public void Every_skill_an_archetype_names_is_in_the_embedded_taxonomy()
    {
        Archetypes.AllSkillCodes().Where(c => !EmbeddedTaxonomyGraph.Codes.Contains(c)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_archetype_stands_for_an_esco_tech_occupation()
    {
        var occupations = EscoOccupations.LoadEmbedded();

        occupations.Count.ShouldBeGreaterThan(300);
        Archetypes.All.Where(a => !occupations.ContainsKey(a.OccupationUri)).Select(a => a.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Each_archetype_has_enough_skills_of_its_own_for_a_full_profile_and_sensible_metadata()
    {
        foreach (var archetype in Archetypes.All)
        {
            var own = archetype.CoreSkills.Concat(archetype.CommonSkills).ToList();
            own.ShouldBeUnique(archetype.Key);
            own.Count.ShouldBeGreaterThanOrEqualTo(ConsultantFactory.MaxSkills, archetype.Key);
            archetype.Highlights.ShouldAllBe(h => own.Contains(h.Code), archetype.Key);
            archetype.Sectors.ShouldAllBe(s => Sectors.IsKnown(s), archetype.Key);
            archetype.Titles.ShouldNotBeEmpty(archetype.Key);
            archetype.Weight.ShouldBePositive();
            archetype.BaseDailyRate.ShouldBeInRange(ConsultantFactory.MinDailyRate, 600);
        }
    }

    [Fact]
    public void Each_archetype_has_a_neighbourhood_in_the_taxonomy_apart_from_its_own_skills()
    {
        foreach (var archetype in Archetypes.All)
        {
            var neighbourhood = ConsultantFactory.Neighbourhood(EmbeddedTaxonomyGraph.Instance, archetype);

            neighbourhood.Count.ShouldBeGreaterThanOrEqualTo(3, archetype.Key);
            neighbourhood.Select(n => n.Code).ShouldNotContain(c => archetype.AllSkillCodes.Contains(c), archetype.Key);
            neighbourhood.Select(n => n.Code).ShouldNotContain(c => Archetypes.GenericSkills.Contains(c), archetype.Key);
            neighbourhood.ShouldAllBe(n => n.IsNamedConcept);
            neighbourhood.Select(n => n.Code).ShouldBe(neighbourhood.Select(n => n.Code).Order(StringComparer.Ordinal), archetype.Key);
        }
    }

    [Theory]
    [InlineData("pentest", "tescforce:django")]
    [InlineData("fpga", "tescforce:hugging-face-transformers")]
    [InlineData("java", "tescforce:ros")]
    [InlineData("flight-software", "tescforce:do-254")]
    public void A_neighbourhood_grows_from_an_archetypes_own_skills_not_from_the_languages_everybody_shares(string key, string code)
    {
        var neighbourhood = ConsultantFactory.Neighbourhood(EmbeddedTaxonomyGraph.Instance, Archetypes.ByKey(key)).Select(n => n.Code).ToList();

        if (key == "flight-software")
        {
            neighbourhood.ShouldContain(code);
        }
        else
        {
            neighbourhood.ShouldNotContain(code);
        }
    }

    [Fact]
    public void Company_specialities_are_archetypes_and_company_names_are_unique()
    {
        var keys = Archetypes.All.Select(a => a.Key).ToHashSet();

        CompanyCatalogue.Templates.SelectMany(t => t.Specialities).Concat(CompanyCatalogue.DemoCompanySpecialities)
            .Where(k => !keys.Contains(k)).ShouldBeEmpty();
        CompanyCatalogue.Templates.Select(t => t.Name).ShouldBeUnique();
        CompanyCatalogue.Templates.Count.ShouldBeGreaterThanOrEqualTo(40);
        CompanyCatalogue.Templates.Count(t => t.IsGeneralist).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void The_name_lists_are_large_and_without_duplicates()
    {
        DemoNames.FirstNames.Count.ShouldBeGreaterThanOrEqualTo(150);
        DemoNames.LastNames.Count.ShouldBeGreaterThanOrEqualTo(200);
        DemoNames.FirstNames.ShouldBeUnique();
        DemoNames.LastNames.ShouldBeUnique();
    }
}
