using TescForce.Application.Notifications;
using TescForce.Domain.Notifications;

namespace TescForce.UnitTests.Application;

public sealed class NotificationEmailsTests
{
    private static readonly Notice Declined = new(NotificationKind.IntroductionDeclined, Audience.ClientMembers(Guid.NewGuid()),
        "Flight software lead", "TF-7K3QX2", "No longer available", Notices.ClientIntroductions);

    [Theory]
    [InlineData("fr")]
    [InlineData("fr-FR")]
    [InlineData("FR-ca")]
    public void Compose_AFrenchReader_GetsFrench(string culture)
    {
        var message = NotificationEmails.Compose(Declined, "luc@example.com", culture, "https://x.example/client/introductions");

        message.Subject.ShouldBe("Mise en relation déclinée : TF-7K3QX2");
        message.TextBody.ShouldContain("Motif : No longer available");
        message.TextBody.ShouldContain("« Flight software lead »");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData(null)]
    public void Compose_AnyOtherReader_GetsEnglish(string? culture)
    {
        var message = NotificationEmails.Compose(Declined, "anna@example.com", culture, "https://x.example/client/introductions");

        message.To.ShouldBe("anna@example.com");
        message.Subject.ShouldBe("Introduction declined: TF-7K3QX2");
        message.TextBody.ShouldContain("Reason: No longer available");
        message.TextBody.ShouldContain("https://x.example/client/introductions");
    }

    [Fact]
    public void Compose_EveryKind_HasBothLanguagesAndTheLink()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var notice = Declined with { Kind = kind };
            foreach (var culture in new[] { "en", "fr" })
            {
                var message = NotificationEmails.Compose(notice, "a@example.com", culture, "https://x.example/page");
                message.TextBody.ShouldContain("https://x.example/page", customMessage: $"{kind} {culture}");
                message.Subject.ShouldNotContain("{", customMessage: $"{kind} {culture}");
            }
        }
    }

    [Theory]
    [InlineData("https://tescforce.example", "client/missions/1", "https://tescforce.example/client/missions/1")]
    [InlineData("https://example.org/tescforce", "company/introductions", "https://example.org/tescforce/company/introductions")]
    [InlineData("https://example.org/tescforce/", "/client/introductions", "https://example.org/tescforce/client/introductions")]
    public void SiteLink_StaysUnderTheBase(string baseUrl, string relative, string expected)
    {
        new TescForce.Application.Common.SiteOptions { BaseUrl = new Uri(baseUrl) }.Link(relative).ShouldBe(expected);
    }
}
