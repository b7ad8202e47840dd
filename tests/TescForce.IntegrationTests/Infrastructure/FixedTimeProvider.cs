namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>A clock that stays at one instant, for code whose output depends on "now".</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
