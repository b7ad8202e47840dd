using TescForce.Infrastructure.Jobs;
using TescForce.Infrastructure.Scaling;

namespace TescForce.UnitTests.Infrastructure.Scaling;

public sealed class JobLockTests
{
    [Fact]
    public async Task In_process_a_job_already_running_is_not_started_again_until_it_ends()
    {
        var jobLock = new InProcessJobLock();

        var held = await jobLock.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);
        var again = await jobLock.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);
        var other = await jobLock.TryAcquireAsync("AuditRetention", CancellationToken.None);
        await held!.DisposeAsync();
        var afterwards = await jobLock.TryAcquireAsync("IntroductionExpiry", CancellationToken.None);

        again.ShouldBeNull();
        other.ShouldNotBeNull();
        afterwards.ShouldNotBeNull();
    }

    [Fact]
    public void Each_job_has_its_own_advisory_lock_key_the_same_on_every_instance()
    {
        // A fixed figure: a per-process hash (string.GetHashCode) would differ between instances and lock nothing.
        PostgreSqlJobLock.KeyOf("IntroductionExpiry").ShouldBe(1961495591743605113L);
        PostgreSqlJobLock.KeyOf("IntroductionExpiry").ShouldNotBe(PostgreSqlJobLock.KeyOf("AuditRetention"));
    }
}
