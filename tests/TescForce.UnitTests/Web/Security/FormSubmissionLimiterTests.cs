using System.Net;
using TescForce.Web.Security;

namespace TescForce.UnitTests.Web.Security;

/// <summary>The public forms' submission limit: a few per hour per address and per form, the others untouched.</summary>
public sealed class FormSubmissionLimiterTests
{
    [Fact]
    public void An_address_may_submit_a_form_five_times_then_is_refused_while_others_are_not()
    {
        using var limiter = new FormSubmissionLimiter();
        var visitor = IPAddress.Parse("203.0.113.7");

        var attempts = Enumerable.Range(0, FormSubmissionLimiter.PermitsPerWindow + 1)
            .Select(_ => limiter.TryAcquire("privacy-request", visitor)).ToList();

        attempts.Take(FormSubmissionLimiter.PermitsPerWindow).ShouldAllBe(allowed => allowed);
        attempts[^1].ShouldBeFalse();
        limiter.TryAcquire("privacy-request", IPAddress.Parse("203.0.113.8")).ShouldBeTrue();
        limiter.TryAcquire("another-form", visitor).ShouldBeTrue();
    }

    [Fact]
    public void Requests_without_a_known_address_share_one_budget()
    {
        using var limiter = new FormSubmissionLimiter();

        for (var i = 0; i < FormSubmissionLimiter.PermitsPerWindow; i++)
        {
            limiter.TryAcquire("privacy-request", null).ShouldBeTrue();
        }

        limiter.TryAcquire("privacy-request", null).ShouldBeFalse();
    }
}
