using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TescForce.Application.Common;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Email;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

/// <summary>
/// A visitor from the footer writes to Digital 113 in French: a message too short is refused with a French message,
/// then the message is sent, the confirmation shows, and the demo curator finds it in the development mailbox.
/// </summary>
public sealed class ContactJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    [Fact]
    public Task A_visitor_writes_in_french_from_the_footer_and_the_curator_receives_the_message() => RunAsync(async page =>
    {
        var sender = $"lea.{Guid.NewGuid():N}@client.example";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Contact", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/contact$"));
        await Expect(page).ToHaveTitleAsync("Contact — TescForce");
        await page.GetByLabel("Votre nom").FillAsync("Léa Martin");
        await page.GetByLabel("Adresse e-mail").FillAsync(sender);
        await page.GetByLabel("Organisation (facultatif)").FillAsync("Aéro Client GmbH");
        await page.GetByLabel("Objet").SelectOptionAsync(new SelectOptionValue { Label = "Une mission ou la recherche d'ingénieurs" });
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Court");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();
        await Expect(page.GetByText("Écrivez votre message : de 10 à 4 000 caractères.").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "contact-fr-invalid-1440");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "contact-fr-invalid-390");
        await page.SetViewportSizeAsync(1440, 900);

        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Nous cherchons deux ingénieurs en logiciel embarqué pour une mission à distance.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/contact/sent$"));
        await Expect(page.GetByTestId("contact-sent")).ToContainTextAsync("votre message a été transmis aux curateurs de Digital 113");
        await SaveScreenshotAsync(page, "contact-fr-sent-1440");
        await page.SetViewportSizeAsync(390, 844);
        await SaveScreenshotAsync(page, "contact-fr-sent-390");

        await using var scope = App.Services.CreateAsyncScope();
        var mailbox = scope.ServiceProvider.GetRequiredService<PickupMailbox>();
        var received = (await mailbox.ListAsync(new PageRequest(1, PageRequest.MaxPageSize))).Items
            .Where(m => m.To == DemoAccounts.Curator.Email && m.Subject.EndsWith("— Léa Martin", StringComparison.Ordinal)).ToList();
        received.ShouldNotBeEmpty();
        var message = await mailbox.ReadAsync(received[0].Name);
        message.ShouldNotBeNull().TextBody.ShouldContain(sender);
    }, locale: "fr-FR");
}
