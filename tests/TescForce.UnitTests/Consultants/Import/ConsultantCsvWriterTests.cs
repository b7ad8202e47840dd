using System.Text;
using TescForce.Application.Common.Csv;
using TescForce.Application.Consultants;
using TescForce.Application.Consultants.Import;
using TescForce.Domain.Consultants;

namespace TescForce.UnitTests.Consultants.Import;

public sealed class ConsultantCsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a,b", "a,b")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r\nlf", "\"cr\r\nlf\"")]
    [InlineData(" padded ", "\" padded \"")]
    public void Fields_are_quoted_only_when_needed(string field, string written)
    {
        CsvWriter.Escape(field, ';').ShouldBe(written);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+33 5 61", "'+33 5 61")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Kubernetes:4:3", "Kubernetes:4:3")]
    public void Text_that_a_spreadsheet_would_run_is_guarded(string cell, string written)
    {
        ConsultantCsvWriter.GuardFormula(cell).ShouldBe(written);
    }

    [Fact]
    public void The_export_is_utf8_with_a_byte_order_mark_and_semicolons_and_reads_back_to_the_same_profile()
    {
        var input = new ConsultantInput
        {
            ExternalReference = "E-7", FullName = "Zoé \"Zozo\" Dupré", Email = "zoe@example.com", Headline = "=Lead; data engineer",
            Summary = "Line one;\nline two, with \"quotes\"", SeniorityYears = 9, City = "Montpellier", CountryCode = "FR",
            RemotePreference = RemotePreference.Flexible, DailyRateEur = 720, TimeZone = "Europe/Paris", WorkdayStart = new TimeOnly(8, 30),
            WorkdayEnd = new TimeOnly(17, 0), AvailableFrom = new DateOnly(2026, 12, 1), AvailableUntil = new DateOnly(2027, 6, 30),
            CapacityPercent = 80, Sectors = ["energy", "space"], Certifications = ["PMP", "-ISO 9001"],
            Skills = [new SkillInput { SkillTagId = TestSkills.MisraC, Level = 4, Years = 2 }, new SkillInput { SkillTagId = TestSkills.Kubernetes, Level = 3, Years = 1 }],
            Languages = [new LanguageInput { Code = "fr", Level = CefrLevel.C2 }, new LanguageInput { Code = "en", Level = CefrLevel.B2 }],
        };
        var row = new ConsultantCsvExportRow(input, "TF-7K3QX2", ConsultantStatus.Submitted, new DateOnly(2026, 3, 2), "e-mail", TestSkills.Label);

        var bytes = ConsultantCsvWriter.Write([row]);
        var parsed = ConsultantCsvParser.Parse(bytes, TestSkills.Resolve);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("external_reference;full_name;email;headline;");
        parsed.Delimiter.ShouldBe(';');
        parsed.FileErrors.ShouldBeEmpty();
        parsed.Warnings.ShouldBeEmpty();
        var back = parsed.Rows.ShouldHaveSingleItem();
        back.Errors.ShouldBeEmpty();
        ConsultantImportPlanner.SameProfile(back.Input, input).ShouldBeTrue();
        back.Input.Headline.ShouldBe("=Lead; data engineer");
        back.Input.Summary.ShouldBe("Line one;\nline two, with \"quotes\"");
        (back.ConsentDate, back.ConsentMethod).ShouldBe((new DateOnly(2026, 3, 2), "e-mail"));
    }

    [Fact]
    public void The_template_has_every_import_column_and_an_example_row_that_imports_cleanly()
    {
        var today = new DateOnly(2026, 11, 26);
        var template = ConsultantCsvWriter.Template(today);

        var parsed = ConsultantCsvParser.Parse(template, TestSkills.Resolve);
        var plan = ConsultantImportPlanner.Plan(parsed, new Dictionary<string, ExistingConsultant>(), TestSkills.ActiveIds, today);

        parsed.Columns.ShouldBe(ConsultantCsvFormat.ImportColumns.Select(c => c.Name), ignoreOrder: true);
        var row = plan.ShouldHaveSingleItem();
        row.Errors.ShouldBeEmpty();
        row.Action.ShouldBe(ImportRowAction.Create);
        row.Consent.ShouldBe((today, "signed form"));
    }
}
