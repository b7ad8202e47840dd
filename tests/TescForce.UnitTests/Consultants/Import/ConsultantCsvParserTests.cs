using System.Text;
using TescForce.Application.Consultants.Import;
using TescForce.Domain.Consultants;

namespace TescForce.UnitTests.Consultants.Import;

public sealed class ConsultantCsvParserTests
{
    private const string Header = "external_reference;full_name;email;headline;seniority_years;city;daily_rate_eur;available_from";
    private const string Row = "E-1;Camille Martin;camille@example.com;Embedded software engineer;12;Toulouse;650;2026-12-01";

    private static ConsultantCsvParseResult Parse(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return ConsultantCsvParser.Parse(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, TestSkills.Resolve);
    }

    private static ParsedConsultantRow Single(string header, string row)
    {
        var result = Parse(header + "\n" + row + "\n");
        result.FileErrors.ShouldBeEmpty();
        return result.Rows.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_semicolon_file_is_read_into_the_profile_dto()
    {
        var row = Single(Header, Row);

        row.Errors.ShouldBeEmpty();
        row.Line.ShouldBe(2);
        row.Input.ExternalReference.ShouldBe("E-1");
        row.Input.FullName.ShouldBe("Camille Martin");
        row.Input.SeniorityYears.ShouldBe(12);
        row.Input.DailyRateEur.ShouldBe(650);
        row.Input.AvailableFrom.ShouldBe(new DateOnly(2026, 12, 1));
        row.Input.CountryCode.ShouldBe("FR");
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void The_delimiter_is_found_from_the_header_line(char delimiter)
    {
        var result = Parse(Header.Replace(';', delimiter) + ",summary".Replace(',', delimiter) + "\n"
            + Row.Replace(';', delimiter) + delimiter + "\"Ada, C; and Python\"\n");

        result.Delimiter.ShouldBe(delimiter);
        result.FileErrors.ShouldBeEmpty();
        result.Rows.ShouldHaveSingleItem().Input.Summary.ShouldBe("Ada, C; and Python");
    }

    [Fact]
    public void A_comma_inside_a_quoted_header_cell_does_not_fool_the_detection()
    {
        ConsultantCsvParser.DetectDelimiter("\"a,b,c,d\";x;y\n1,2,3,4,5").ShouldBe(';');
    }

    [Fact]
    public void A_byte_order_mark_changes_nothing()
    {
        var withBom = Parse(Header + "\r\n" + Row + "\r\n", bom: true);
        var without = Parse(Header + "\r\n" + Row + "\r\n");

        withBom.FileErrors.ShouldBeEmpty();
        withBom.Rows.Single().Input.ExternalReference.ShouldBe("E-1");
        withBom.Rows.Single().Input.FullName.ShouldBe(without.Rows.Single().Input.FullName);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_line_breaks_and_doubled_quotes_and_lines_are_counted_in_the_file()
    {
        var result = Parse(Header + ";summary\n"
            + Row + ";\"First line; with \"\"quotes\"\"\nsecond line\"\n"
            + Row.Replace("E-1", "E-2") + ";plain\n");

        result.FileErrors.ShouldBeEmpty();
        result.Rows[0].Input.Summary.ShouldBe("First line; with \"quotes\"\nsecond line");
        result.Rows[1].Line.ShouldBe(4);
        result.Rows[1].Input.Summary.ShouldBe("plain");
    }

    [Fact]
    public void Skills_are_matched_in_english_french_or_by_synonym_with_their_level_and_years()
    {
        var row = Single(Header + ";skills", Row + ";Kubernetes:4:3|apprentissage automatique:3| c++ : 5 |MISRA C:2012:2");

        row.Errors.ShouldBeEmpty();
        row.Input.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)).ShouldBe(
        [
            (TestSkills.Kubernetes, 4, 3), (TestSkills.MachineLearning, 3, 0), (TestSkills.CPlusPlus, 5, 0), (TestSkills.MisraC, 2, 0),
        ]);
        row.SkillsWithoutYears.ShouldBe([TestSkills.MachineLearning, TestSkills.CPlusPlus, TestSkills.MisraC], ignoreOrder: true);
    }

    [Fact]
    public void A_synonym_holding_a_colon_is_read_with_level_and_years()
    {
        var row = Single(Header + ";skills", Row + ";K8s:4|MISRA C:2012:3:7");

        row.Errors.ShouldBeEmpty();
        row.Input.Skills.Select(s => (s.SkillTagId, s.Level, s.Years)).ShouldBe([(TestSkills.Kubernetes, 4, 0), (TestSkills.MisraC, 3, 7)]);
    }

    [Fact]
    public void An_unknown_skill_is_an_error_on_the_skills_column_with_suggestions()
    {
        var row = Single(Header + ";skills", Row + ";Kubernets:4");

        var error = row.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportIssueCodes.RowSkillUnknown);
        error.Column.ShouldBe("skills");
        error.Line.ShouldBe(2);
        error.Arguments.ShouldBe(["Kubernets"]);
        error.Suggestions.ShouldContain("Kubernetes");
    }

    [Theory]
    [InlineData("Kubernetes")]
    [InlineData("Kubernetes:high")]
    [InlineData(":4")]
    public void A_skill_without_a_numeric_level_is_an_error(string cell)
    {
        var row = Single(Header + ";skills", Row + ";" + cell);

        row.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.RowSkillFormat);
    }

    [Theory]
    [InlineData("available_from", "01/12/2026", ImportIssueCodes.RowDate)]
    [InlineData("available_from", "2026-02-30", ImportIssueCodes.RowDate)]
    [InlineData("daily_rate_eur", "650 €", ImportIssueCodes.RowInteger)]
    public void A_badly_written_value_is_an_error_naming_the_line_and_column(string column, string value, string code)
    {
        var cells = Row.Split(';');
        cells[Header.Split(';').ToList().IndexOf(column)] = value;

        var row = Single(Header, string.Join(';', cells));

        var error = row.Errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Code).ShouldBe((2, column, code));
        error.Arguments.ShouldBe([value]);
    }

    [Fact]
    public void Optional_columns_are_read_languages_remote_times_and_lists()
    {
        var row = Single(Header + ";languages;remote_preference;workday_start;workday_end;sectors;certifications;country;consent_date;consent_method",
            Row + ";fr:C2|EN:c1;Remote-With-Travel;8:30;17:00;Aerospace|space;ISTQB Foundation| PMP;de;2026-01-15;signed form");

        row.Errors.ShouldBeEmpty();
        row.Input.Languages.Select(l => (l.Code, l.Level)).ShouldBe([("fr", CefrLevel.C2), ("en", CefrLevel.C1)]);
        row.Input.RemotePreference.ShouldBe(RemotePreference.RemoteWithTravel);
        row.Input.WorkdayStart.ShouldBe(new TimeOnly(8, 30));
        row.Input.Sectors.ShouldBe(["aerospace", "space"]);
        row.Input.Certifications.ShouldBe(["ISTQB Foundation", "PMP"]);
        row.Input.CountryCode.ShouldBe("DE");
        row.ConsentDate.ShouldBe(new DateOnly(2026, 1, 15));
        row.ConsentMethod.ShouldBe("signed form");
    }

    [Theory]
    [InlineData("languages", "french", ImportIssueCodes.RowLanguageFormat)]
    [InlineData("languages", "fr:5", ImportIssueCodes.RowLanguageFormat)]
    [InlineData("remote_preference", "sometimes", ImportIssueCodes.RowRemotePreference)]
    [InlineData("workday_start", "9h", ImportIssueCodes.RowTime)]
    [InlineData("consent_method", "e-mail", ImportIssueCodes.RowConsentIncomplete)]
    public void Badly_written_optional_values_are_errors(string column, string value, string code)
    {
        var row = Single(Header + ";" + column, Row + ";" + value);

        row.Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void An_empty_required_cell_is_an_error()
    {
        var row = Single(Header, Row.Replace(";12;", ";;"));

        var error = row.Errors.ShouldHaveSingleItem();
        (error.Column, error.Code).ShouldBe(("seniority_years", ImportIssueCodes.RowRequired));
    }

    [Fact]
    public void A_row_with_a_missing_or_extra_value_is_an_error_of_the_whole_row()
    {
        var result = Parse(Header + "\n" + Row + ";extra\n" + Row.Replace("E-1", "E-2") + "\n");

        var error = result.Rows[0].Errors.ShouldHaveSingleItem();
        (error.Column, error.Code, error.Arguments[0], error.Arguments[1]).ShouldBe((null, ImportIssueCodes.RowFieldCount, "9", "8"));
        result.Rows[1].Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Blank_rows_are_skipped()
    {
        var result = Parse(Header + "\n;;;;;;;\n\n" + Row + "\n");

        result.Rows.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Fact]
    public void Missing_required_columns_refuse_the_file_and_are_named()
    {
        var result = Parse("full_name;email;headline;city\nA;a@example.com;Engineer;Albi\n");

        var error = result.FileErrors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportIssueCodes.FileMissingColumns);
        error.Arguments.ShouldBe(["external_reference, seniority_years, daily_rate_eur, available_from"]);
        result.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Header_names_ignore_case_and_spaces_and_unknown_columns_are_a_warning()
    {
        var result = Parse("External Reference;FULL_NAME;email;headline;seniority-years;city;daily_rate_eur;available_from;nickname\n" + Row + ";Cam\n");

        result.FileErrors.ShouldBeEmpty();
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.Code, warning.Column).ShouldBe((ImportIssueCodes.UnknownColumn, "nickname"));
        result.Rows.Single().Errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_column_twice_refuses_the_file()
    {
        Parse(Header + ";city\n" + Row + ";Albi\n").FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileDuplicateColumn);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line_and_the_advice_to_save_as_csv_utf8()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + Row.Replace("Camille", "Céline") + "\n");

        var error = ConsultantCsvParser.Parse(latin1, TestSkills.Resolve).FileErrors.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportIssueCodes.FileEncoding);
        error.Arguments.ShouldBe(["2"]);
        error.Message.ShouldContain("CSV UTF-8");
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00];

        ConsultantCsvParser.Parse(zip, TestSkills.Resolve).FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileBinary);
    }

    [Fact]
    public void Utf16_is_refused_with_its_own_message()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\n" + Row)).ToArray();

        ConsultantCsvParser.Parse(utf16, TestSkills.Resolve).FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileUtf16);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \r\n\n")]
    public void An_empty_file_is_refused(string text)
    {
        Parse(text).FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileEmpty);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        Parse(Header + "\n").FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileNoRows);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_its_line()
    {
        var error = Parse(Header + "\n" + Row + "\n" + Row.Replace("Camille", "\"Camille") + "\n").FileErrors.ShouldHaveSingleItem();

        (error.Code, error.Arguments[0]).ShouldBe((ImportIssueCodes.FileMalformed, "3"));
    }

    [Fact]
    public void Duplicate_external_references_refuse_the_file_naming_their_lines()
    {
        var result = Parse(Header + "\n" + Row + "\n" + Row.Replace("E-1", "E-2") + "\n" + Row + "\n");

        var error = result.FileErrors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportIssueCodes.FileDuplicateReferences);
        error.Arguments.ShouldBe(["E-1 (2, 4)"]);
    }

    [Fact]
    public void More_rows_than_allowed_are_refused()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= ConsultantCsvFormat.MaxRows; i++)
        {
            text.Append("E-").Append(i).Append(";A;a@example.com;Engineer;1;Albi;500;2026-12-01\n");
        }

        Parse(text.ToString()).FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileTooManyRows);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_being_read_to_its_end()
    {
        var tooBig = new byte[ConsultantCsvFormat.MaxFileBytes + 1];

        ConsultantCsvParser.Parse(tooBig, TestSkills.Resolve).FileErrors.ShouldHaveSingleItem().Code.ShouldBe(ImportIssueCodes.FileTooLarge);
    }

    [Fact]
    public async Task Reading_a_stream_stops_once_it_passes_the_limit()
    {
        await using var endless = new EndlessStream();

        (await ConsultantCsvParser.ReadLimitedAsync(endless)).ShouldBeNull();
        endless.BytesRead.ShouldBeLessThanOrEqualTo(ConsultantCsvFormat.MaxFileBytes + (128 * 1024));
    }

    [Fact]
    public void A_formula_guard_written_by_the_export_is_taken_off()
    {
        var row = Single(Header + ";summary", Row + ";'=1+1");

        row.Input.Summary.ShouldBe("=1+1");
    }

    /// <summary>A network upload that never ends: it must not be read to its end.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
