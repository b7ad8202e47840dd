using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TescForce.E2ETests.Infrastructure;
using TescForce.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace TescForce.E2ETests;

public sealed class ConsultantImportJourneyTests(AppServerFixture app) : BrowserTest(app)
{
    // Line 2 is valid; line 3 has a misspelt skill and a bad date; line 4 is valid.
    private const string Csv =
        "external_reference;full_name;email;headline;seniority_years;city;daily_rate_eur;available_from;skills;languages\n"
        + "E2E-1;Camille Martin;camille.e2e@example.com;Senior embedded software engineer;12;Toulouse;650;2026-12-01;Kubernetes:4:3|systèmes embarqués:5;fr:C2|en:C1\n"
        + "E2E-2;Hugo Bernard;hugo.e2e@example.com;Cybersecurity analyst;7;Albi;600;04/01/2027;Kubernets:3;fr:C2\n"
        + "E2E-3;Léa Dubois;lea.e2e@example.com;Data engineer;5;Montpellier;520;2026-12-15;machine learning:4:2;en:B2\n";

    [Fact]
    public Task A_member_checks_a_file_sees_the_row_errors_and_imports_the_valid_rows() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync("/company/consultants/import");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import consultants from a CSV file", Level = 1 })).ToBeVisibleAsync();

        // Enabled once the page is interactive: a file chosen before would go nowhere.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "bench.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv),
        });
        await Expect(page.GetByTestId("import-file")).ToContainTextAsync("bench.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        var errors = page.GetByRole(AriaRole.Table, new() { Name = "Errors, row by row" });
        await Expect(errors.GetByRole(AriaRole.Row)).ToHaveCountAsync(3); // the header and two errors of line 3
        await Expect(errors).ToContainTextAsync("Did you mean: Kubernetes");
        await Expect(errors).ToContainTextAsync("\"04/01/2027\" is not a date written yyyy-MM-dd");
        await SaveScreenshotAsync(page, "import-dry-run");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Léa Dubois" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 consultant(s)" }).ClickAsync();

        await Expect(page.GetByText("Import finished: 2 profile(s) created as drafts").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "import-done");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the consultants" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Camille Martin" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task A_file_without_the_required_columns_is_refused_with_their_names() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync("/company/consultants/import");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "people.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("name,mail,nickname\nCamille,camille@example.com,Cam\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The file is refused" });
        await Expect(alert).ToContainTextAsync("external_reference, full_name, email, headline, seniority_years, city, daily_rate_eur, available_from");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 0 consultant(s)" })).ToHaveCountAsync(0);
        await SaveScreenshotAsync(page, "import-refused");
    });

    [Fact]
    public Task The_import_page_speaks_french() => RunAsync(async page =>
    {
        await LogInAsync(page, DemoAccounts.CompanyMember.Email, DemoAccounts.CompanyMember.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync("/culture/set?culture=fr&redirectUri=/company/consultants/import");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Importer des consultants depuis un fichier CSV");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" })).ToBeDisabledAsync();
        await SaveScreenshotAsync(page, "import-fr");
    });
}
