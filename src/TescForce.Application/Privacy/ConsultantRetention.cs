using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Notifications;
using TescForce.Domain.Consultants;
using TescForce.Domain.Notifications;

namespace TescForce.Application.Privacy;

/// <summary>
/// Retention of consultants' profiles (ADR 0018): a profile without active contact for <see cref="RetentionOptions.ConsultantInactiveAfter"/>
/// is anonymised with <see cref="ConsultantErasure"/>, after its company was told <see cref="RetentionOptions.NoticeBefore"/> earlier.
/// Several instances may run this at once: each profile is claimed by a save that checks its version (a conditional UPDATE),
/// so only one instance writes the notice, sends its e-mails or erases; the others' saves change nothing and are skipped.
/// </summary>
public sealed class ConsultantRetention(IAppDbFactory dbFactory, Notifier notifier, IOptions<RetentionOptions> options, TimeProvider clock)
{
    /// <summary>Who the audit log names for notices and anonymisations: the daily job, not a person.</summary>
    private static readonly ActingUser Job = ActingUser.System("consultant-retention");

    /// <summary>Profiles handled per run; a later run takes the rest.</summary>
    private const int BatchSize = 500;

    /// <summary>Sends the notices that are due, then anonymises the profiles whose notice has run out.</summary>
    public async Task<RetentionRun> RunAsync(CancellationToken cancellationToken = default) =>
        new(await SendNoticesAsync(cancellationToken), await AnonymiseDueAsync(cancellationToken));

    /// <summary>Tells each company about its profiles that will reach the end of their retention within the notice period.</summary>
    public async Task<int> SendNoticesAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var (inactiveAfter, noticeBefore) = Periods();
        var contactBefore = now - (inactiveAfter - noticeBefore);
        var sent = 0;
        foreach (var id in await DueAsync(c => c.RetentionNoticeSentAt == null && c.LastActiveContactAt <= contactBefore, cancellationToken))
        {
            await using var db = await dbFactory.CreateAsync(Job, cancellationToken);
            var consultant = await db.Consultants.SingleOrDefaultAsync(
                c => c.Id == id && c.ErasedAt == null && c.RetentionNoticeSentAt == null && c.LastActiveContactAt <= contactBefore, cancellationToken);
            if (consultant is null)
            {
                // Another instance sent it, or the company renewed the profile since the list was read.
                continue;
            }

            consultant.RetentionNoticeSentAt = now;
            var erasedOn = Max(consultant.LastActiveContactAt + inactiveAfter, now + noticeBefore);
            var notice = new Notice(NotificationKind.ConsultantRetentionNotice, Audience.CompanyMembers(consultant.CompanyId),
                erasedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), consultant.Reference, null, ConsultantPage(consultant.Id));
            if (await ClaimAsync(() => notifier.SaveAsync(db, notice, cancellationToken)))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Anonymises the profiles still without contact whose company was told at least the notice period ago.</summary>
    public async Task<int> AnonymiseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var (inactiveAfter, noticeBefore) = Periods();
        var contactBefore = now - inactiveAfter;
        var toldBefore = now - noticeBefore;
        var erased = 0;
        foreach (var id in await DueAsync(c => c.RetentionNoticeSentAt <= toldBefore && c.LastActiveContactAt <= contactBefore, cancellationToken))
        {
            await using var db = await dbFactory.CreateAsync(Job, cancellationToken);
            var consultant = await db.Consultants.SingleOrDefaultAsync(
                c => c.Id == id && c.ErasedAt == null && c.RetentionNoticeSentAt <= toldBefore && c.LastActiveContactAt <= contactBefore, cancellationToken);
            if (consultant is null)
            {
                continue;
            }

            await ConsultantErasure.EraseAsync(db, consultant, now, cancellationToken);
            if (await ClaimAsync(() => db.SaveChangesAsync(cancellationToken)))
            {
                erased++;
            }
        }

        return erased;
    }

    /// <summary>The company's page of the profile, where a member confirms it is still current.</summary>
    public static string ConsultantPage(Guid id) => $"company/consultants/{id}";

    private async Task<List<Guid>> DueAsync(System.Linq.Expressions.Expression<Func<Consultant, bool>> due, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Consultants.AsNoTracking().Where(c => c.ErasedAt == null).Where(due)
            .OrderBy(c => c.LastActiveContactAt).Select(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// True when this save won the profile. The save's UPDATE names the version that was read: when another instance (or the
    /// company) saved the profile meanwhile it changes no row, nothing of this save is written and no e-mail leaves.
    /// </summary>
    private static async Task<bool> ClaimAsync(Func<Task<int>> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private (TimeSpan InactiveAfter, TimeSpan NoticeBefore) Periods()
    {
        var inactiveAfter = options.Value.ConsultantInactiveAfter;
        var noticeBefore = options.Value.NoticeBefore;
        // A notice longer than the whole period would be sent at the first contact: keep it within the period.
        return (inactiveAfter, noticeBefore < inactiveAfter ? noticeBefore : inactiveAfter);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
