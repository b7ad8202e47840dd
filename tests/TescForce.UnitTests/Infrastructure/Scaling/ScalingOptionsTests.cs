using Microsoft.Extensions.Options;
using TescForce.Infrastructure.Scaling;

namespace TescForce.UnitTests.Infrastructure.Scaling;

/// <summary>The channel goes into a LISTEN statement and every instance must agree on it: a bad value stops the start, saying why.</summary>
public sealed class ScalingOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Validate(new ScalingOptions()).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("TescForce")]
    [InlineData("tescforce-changes")]
    [InlineData("changes; DROP TABLE x")]
    [InlineData("")]
    public void A_channel_that_is_not_a_lower_case_identifier_is_refused_with_a_message_naming_the_setting(string channel)
    {
        var result = Validate(new ScalingOptions { Channel = channel });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("Scaling:Channel");
    }

    [Fact]
    public void A_reconnect_delay_under_100_ms_is_refused_with_a_message_naming_the_setting()
    {
        var result = Validate(new ScalingOptions { ReconnectDelay = TimeSpan.FromMilliseconds(10) });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("Scaling:ReconnectDelay");
    }

    private static ValidateOptionsResult Validate(ScalingOptions options) =>
        new DataAnnotationValidateOptions<ScalingOptions>(null).Validate(null, options);
}
