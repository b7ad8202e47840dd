using System.Text;
using TescForce.Application.Consultants;
using TescForce.Application.Consultants.Import;
using TescForce.Domain.Consultants;

namespace TescForce.UnitTests.Consultants.Import;

public sealed class ConsultantImportPlannerTests
{
    private const string Header = "external_reference;full_name;email;headline;seniority_years;city;daily_rate_eur;available_from";
    private const string Row = "E-1;Camille Martin;camille@example.com;Embedded software engineer;12;Toulouse;650;2026-12-01";
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static IReadOnlyList<PlannedImportRow> Plan(string csv, params ExistingConsultant[] existing)
    {
        var parsed = ConsultantCsvParser.Parse(Encoding.UTF8.GetBytes(csv), TestSkills.Resolve);
        parsed.FileErrors.ShouldBeEmpty();
        return ConsultantImportPlanner.Plan(parsed, existing.ToDictionary(e => e.Input.ExternalReference!), TestSkills.ActiveIds, Today);
    }

    private static ExistingConsultant Existing(ConsultantStatus status = ConsultantStatus.Published, Action<ConsultantInput>? change = null)
    {
        var input = new ConsultantInput
        {
            ExternalReference = "E-1", FullName = "Camille Martin", Email = "camille@example.com", Headline = "Embedded software engineer",
            SeniorityYears = 12, City = "Toulouse", DailyRateEur = 650, AvailableFrom = new DateOnly(2026, 12, 1), Summary = "Kept summary",
            TimeZone = "America/New_York", Skills = [new SkillInput { SkillTagId = TestSkills.Kubernetes, Level = 3, Years = 6 }],
            Languages = [new LanguageInput { Code = "fr", Level = CefrLevel.C2 }], Version = 4,
        };
        change?.Invoke(input);
        return new ExistingConsultant(Guid.NewGuid(), status, input, new DateOnly(2026, 1, 15), "signed form");
    }

    [Fact]
    public void A_row_with_a_new_external_reference_creates_a_profile()
    {
        var row = Plan(Header + "\n" + Row + "\n").ShouldHaveSingleItem();

        row.Action.ShouldBe(ImportRowAction.Create);
        row.ExistingId.ShouldBeNull();
        row.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void The_validators_rules_apply_and_their_messages_land_on_the_columns()
    {
        var row = Plan(Header + ";skills\n" + Row.Replace("camille@example.com", "not-an-email").Replace(";650;", ";50;") + ";Kubernetes:7\n").Single();

        row.Action.ShouldBe(ImportRowAction.Invalid);
        row.Errors.Select(e => (e.Column, e.Code)).ShouldBe(
            [("email", ImportIssueCodes.Validation), ("daily_rate_eur", ImportIssueCodes.Validation), ("skills", ImportIssueCodes.Validation)],
            ignoreOrder: true);
        row.Errors.Single(e => e.Column == "skills").Message.ShouldBe("A skill level is between 1 (notions) and 5 (expert).");
    }

    [Fact]
    public void A_cell_that_could_not_be_read_gets_one_message_not_two()
    {
        var row = Plan(Header + "\n" + Row.Replace("camille@example.com", "") + "\n").Single();

        row.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.RowRequired);
    }

    [Fact]
    public void A_consent_in_the_future_is_refused()
    {
        var row = Plan(Header + ";consent_date;consent_method\n" + Row + ";2026-12-25;signed form\n").Single();

        var error = row.Errors.ShouldHaveSingleItem();
        (error.Column, error.Message).ShouldBe(("consent_date", "The consent cannot be dated in the future."));
    }

    [Fact]
    public void An_update_keeps_the_columns_the_file_does_not_have_and_the_years_of_skills_written_without()
    {
        var existing = Existing();

        var row = Plan(Header + ";skills\n" + Row.Replace(";650;", ";700;") + ";Kubernetes:4|C++:5\n", existing).Single();

        row.Action.ShouldBe(ImportRowAction.Update);
        row.ExistingId.ShouldBe(existing.Id);
        row.Input.DailyRateEur.ShouldBe(700);
        row.Input.Summary.ShouldBe("Kept summary");
        row.Input.TimeZone.ShouldBe("America/New_York");
        row.Input.Languages.ShouldHaveSingleItem().Code.ShouldBe("fr");
        row.Input.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)).ShouldBe([(TestSkills.Kubernetes, 4, 6), (TestSkills.CPlusPlus, 5, 0)]);
        row.Input.Version.ShouldBe(4);
    }

    [Fact]
    public void An_empty_cell_of_a_column_the_file_has_means_the_default()
    {
        var row = Plan(Header + ";summary;time_zone;languages\n" + Row + ";;;\n", Existing()).Single();

        row.Action.ShouldBe(ImportRowAction.Update);
        row.Input.Summary.ShouldBe("");
        row.Input.TimeZone.ShouldBe("Europe/Paris");
        row.Input.Languages.ShouldBeEmpty();
    }

    [Fact]
    public void A_row_equal_to_its_profile_is_unchanged()
    {
        var row = Plan(Header + ";skills;consent_date;consent_method\n" + Row + ";kubernetes:3;2026-01-15;signed form\n", Existing()).Single();

        row.Action.ShouldBe(ImportRowAction.Unchanged);
        row.Consent.ShouldBeNull();
    }

    [Fact]
    public void A_new_consent_alone_is_an_update()
    {
        var row = Plan(Header + ";consent_date;consent_method\n" + Row + ";2026-11-01;e-mail\n", Existing()).Single();

        row.Action.ShouldBe(ImportRowAction.Update);
        row.Consent.ShouldBe((new DateOnly(2026, 11, 1), "e-mail"));
    }

    [Fact]
    public void An_archived_profile_cannot_be_changed_but_an_identical_row_is_no_error()
    {
        var archived = Existing(ConsultantStatus.Archived);

        var rows = Plan(Header + "\n" + Row + "\n", archived).Single();
        var changed = Plan(Header + "\n" + Row.Replace(";650;", ";700;") + "\n", archived).Single();

        rows.Action.ShouldBe(ImportRowAction.Unchanged);
        changed.Action.ShouldBe(ImportRowAction.Invalid);
        changed.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.RowArchived);
    }

    [Fact]
    public void An_unknown_skill_id_is_refused_by_the_validator()
    {
        var row = Plan(Header + ";skills\n" + Row + ";#999:3\n").Single();

        row.Errors.ShouldHaveSingleItem().Message.ShouldBe("Skill 999 does not exist or is no longer in use.");
    }
}
