using TescForce.Domain.Introductions;

namespace TescForce.UnitTests.Domain;

public sealed class IntroductionReminderTests
{
    private static readonly DateTime Requested = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    private static Introduction Pending() =>
        Introduction.Request(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "client", "Hello", Requested, TimeSpan.FromDays(7));

    [Fact]
    public void RemindIfDue_MoreThanADayBeforeTheDeadline_DoesNothing()
    {
        var introduction = Pending();

        introduction.RemindIfDue(introduction.ExpiresAt.AddHours(-25)).ShouldBeFalse();
        introduction.ReminderSentAt.ShouldBeNull();
    }

    [Fact]
    public void RemindIfDue_WithinTheLastDay_RemindsOnce()
    {
        var introduction = Pending();
        var now = introduction.ExpiresAt.AddHours(-23);

        introduction.RemindIfDue(now).ShouldBeTrue();
        introduction.RemindIfDue(now.AddHours(1)).ShouldBeFalse();
        introduction.ReminderSentAt.ShouldBe(now);
    }

    [Fact]
    public void RemindIfDue_AnsweredOrPastTheDeadline_DoesNothing()
    {
        var answered = Pending();
        answered.Accept("member", Requested.AddDays(1));
        var late = Pending();

        answered.RemindIfDue(answered.ExpiresAt.AddHours(-1)).ShouldBeFalse();
        late.RemindIfDue(late.ExpiresAt).ShouldBeFalse();
    }
}
