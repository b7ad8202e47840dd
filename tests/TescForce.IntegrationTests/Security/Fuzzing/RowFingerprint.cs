using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// The rows a write through the importer or the API could touch, summed up in one query: counts of consultants, missions,
/// introductions and their children, and the sum of their versions (every update bumps one). Equal before and after an input
/// means that input wrote nothing. One connection is kept open for the whole run.
/// </summary>
public sealed class RowFingerprint : IAsyncDisposable
{
    private const string Sql = """
        SELECT (SELECT COUNT(*) FROM "Consultants"), (SELECT COUNT(*) FROM "ConsultantSkills"), (SELECT COUNT(*) FROM "ConsultantLanguages"),
               (SELECT COALESCE(SUM("Version"), 0) FROM "Consultants"),
               (SELECT COUNT(*) FROM "Missions"), (SELECT COUNT(*) FROM "MissionSkills"), (SELECT COUNT(*) FROM "MissionLanguages"),
               (SELECT COALESCE(SUM("Version"), 0) FROM "Missions"),
               (SELECT COUNT(*) FROM "Introductions"), (SELECT COALESCE(SUM("Version"), 0) FROM "Introductions")
        """;

    private readonly TescForceDbContext _db;
    private readonly DbCommand _command;

    private RowFingerprint(TescForceDbContext db, DbCommand command)
    {
        _db = db;
        _command = command;
    }

    public static async Task<RowFingerprint> OpenAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sql;
        return new RowFingerprint(db, command);
    }

    /// <summary>consultants/skills/languages/version sum, missions/skills/languages/version sum, introductions/version sum.</summary>
    public async Task<string> ReadAsync()
    {
        await using var reader = await _command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var values = new long[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join('/', values);
    }

    /// <summary>The number of consultants, first of the fingerprint.</summary>
    public static long Consultants(string fingerprint) =>
        long.Parse(fingerprint.AsSpan(0, fingerprint.IndexOf('/', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync();
        await _db.DisposeAsync();
    }
}
