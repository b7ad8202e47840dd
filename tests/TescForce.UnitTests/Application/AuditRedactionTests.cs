using TescForce.Application.Privacy;

namespace TescForce.UnitTests.Application;

public sealed class AuditRedactionTests
{
    private static readonly string[] Secrets = ["Inès Candidate", "ines@example.com"];

    [Fact]
    public void Redact_ReplacesTheValuesInsideJson_AndKeepsValidJsonAndOtherValues()
    {
        const string before = """{"FullName":"Inès Candidate","Skills":{"added":["Kubernetes (4) — INES@example.com"]},"City":"Toulouse"}""";

        var redacted = AuditRedaction.Redact(before, Secrets, "•••");

        redacted.ShouldBe("""{"FullName":"•••","Skills":{"added":["Kubernetes (4) — •••"]},"City":"Toulouse"}""");
    }

    [Fact]
    public void Redact_PlainText_AndTextWithoutTheValues()
    {
        AuditRedaction.Redact("Renamed Inès Candidate", Secrets, "•••").ShouldBe("Renamed •••");
        AuditRedaction.Redact("""{"City":"Toulouse"}""", Secrets, "•••").ShouldBe("""{"City":"Toulouse"}""");
        AuditRedaction.Redact(null, Secrets, "•••").ShouldBeNull();
    }
}
