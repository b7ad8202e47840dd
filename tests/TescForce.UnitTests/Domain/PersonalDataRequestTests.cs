using TescForce.Domain.Common;
using TescForce.Domain.Privacy;

namespace TescForce.UnitTests.Domain;

public sealed class PersonalDataRequestTests
{
    private static readonly DateTime Now = new(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Receive_IsDueThirtyDaysLater_AndOverdueOnlyAfterThat()
    {
        var request = Received(PersonalDataRequestKind.Access);

        request.DueAt.ShouldBe(Now.AddDays(30));
        request.IsOverdue(Now.AddDays(30)).ShouldBeFalse();
        request.IsOverdue(Now.AddDays(30).AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void Complete_Twice_IsRefused_AndAClosedRequestIsNeverOverdue()
    {
        var request = Received(PersonalDataRequestKind.Access);
        request.Complete("curator", "Here is your data.", Now);

        Should.Throw<DomainException>(() => request.Complete("curator", "Again.", Now)).Code.ShouldBe("privacy.closed");
        Should.Throw<DomainException>(() => request.Refuse("curator", "No.", Now)).Code.ShouldBe("privacy.closed");
        request.IsOverdue(Now.AddDays(60)).ShouldBeFalse();
    }

    [Fact]
    public void Complete_WithoutAnAnswer_IsRefused()
    {
        var request = Received(PersonalDataRequestKind.Access);

        Should.Throw<DomainException>(() => request.Complete("curator", "  ", Now)).Code.ShouldBe("privacy.resolution-required");
        request.Status.ShouldBe(PersonalDataRequestStatus.Received);
    }

    [Fact]
    public void MarkErased_NeedsALink_AndForAnotherKindAConfirmation_AndHappensOnce()
    {
        var erasure = Received(PersonalDataRequestKind.Erasure);
        var objection = Received(PersonalDataRequestKind.Objection);
        var consultantId = Guid.NewGuid();

        Should.Throw<DomainException>(() => erasure.MarkErased(false, Now)).Code.ShouldBe("privacy.not-linked");
        erasure.LinkTo(consultantId);
        objection.LinkTo(consultantId);
        Should.Throw<DomainException>(() => objection.MarkErased(false, Now)).Code.ShouldBe("privacy.not-erasure");

        erasure.MarkErased(false, Now).ShouldBe(consultantId);
        objection.MarkErased(true, Now).ShouldBe(consultantId);
        Should.Throw<DomainException>(() => erasure.MarkErased(false, Now)).Code.ShouldBe("privacy.already-erased");
        Should.Throw<DomainException>(() => erasure.LinkTo(Guid.NewGuid())).Code.ShouldBe("privacy.erased");
    }

    private static PersonalDataRequest Received(PersonalDataRequestKind kind) =>
        PersonalDataRequest.Receive(kind, "Inès Candidate", "ines@example.com", null, "", "en", Now);
}
