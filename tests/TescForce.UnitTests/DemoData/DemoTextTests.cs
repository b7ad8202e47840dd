using TescForce.Infrastructure.DemoData;

namespace TescForce.UnitTests.DemoData;

public sealed class DemoTextTests
{
    [Theory]
    [InlineData("Colomiers Test & Validation", "colomiers-test-validation")]
    [InlineData("Albigeois Systèmes d'Information", "albigeois-systemes-d-information")]
    [InlineData("Pyrène Cyber", "pyrene-cyber")]
    public void Slug_drops_accents_and_punctuation(string name, string slug) => DemoText.Slug(name).ShouldBe(slug);

    [Theory]
    [InlineData("Jean-François", "jean-francois")]
    [InlineData("Le Gall", "legall")]
    [InlineData("Maëlle", "maelle")]
    [InlineData("El Idrissi", "elidrissi")]
    public void An_email_part_keeps_hyphens_and_loses_spaces_and_accents(string name, string part) =>
        DemoText.EmailPart(name).ShouldBe(part);

    [Fact]
    public void The_email_domain_is_the_website_host_or_a_slug_of_the_name()
    {
        DemoText.EmailDomain("https://aerosoft-conseil.example", "Aerosoft Conseil").ShouldBe("aerosoft-conseil.example");
        DemoText.EmailDomain(null, "Aérosoft Conseil").ShouldBe("aerosoft-conseil.example");
    }

    [Fact]
    public void Lists_read_as_english()
    {
        DemoText.JoinAnd(["a"]).ShouldBe("a");
        DemoText.JoinAnd(["a", "b"]).ShouldBe("a and b");
        DemoText.JoinAnd(["a", "b", "c"]).ShouldBe("a, b and c");
    }
}
