using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TescForce.Application.Common.Persistence;

/// <summary>
/// Inserts many rows of a simple entity inside the current transaction, without change tracking: one
/// prepared multi-row <c>INSERT … VALUES (…), (…)</c> statement executed again and again with new values.
/// The table, the columns and the conversion of each value come from the EF model (the type mappings
/// SaveChanges uses), so both providers store exactly what SaveChanges would. Used for the tens of
/// thousands of skill and language rows of an import, where SaveChanges' statement per row costs most.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Parameters per statement: SQLite (in process, no round trip) binds each parameter by a lookup that
    /// is linear in their number, so it gets small statements; a server gets large ones, to save round trips.
    /// </summary>
    private const int SqliteParameters = 128;

    private const int ServerParameters = 1024;

    public static async Task InsertAsync<T>(IAppDb db, DbSet<T> set, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");
        var entityType = set.EntityType;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.Database.GetService<ISqlGenerationHelper>();
        var parameters = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? SqliteParameters : ServerParameters;
        var rowsPerStatement = Math.Max(1, parameters / columns.Count);
        DbCommand? full = null;
        try
        {
            var offset = 0;
            while (offset < rows.Count)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - offset);
                DbCommand command;
                if (count == rowsPerStatement)
                {
                    if (full is null)
                    {
                        full = await CreateCommandAsync(transaction, sql, table, columns, count, prepare: true, cancellationToken);
                    }

                    command = full;
                }
                else
                {
                    command = await CreateCommandAsync(transaction, sql, table, columns, count, prepare: false, cancellationToken);
                }

                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters[(r * columns.Count) + c].Value = columns[c].ProviderValue(rows[offset + r]);
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }

                offset += count;
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static async Task<DbCommand> CreateCommandAsync(DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<Column> columns, int rows, bool prepare, CancellationToken cancellationToken)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "p" + ((r * columns.Count) + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, columns[c].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }

        return command;
    }

    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public IProperty Property { get; } = property;

        public string Name { get; } = name;

        public RelationalTypeMapping Mapping { get; } = mapping;

        /// <summary>The value as the database stores it, through the property's value converter (an enum as text…).</summary>
        public object ProviderValue(object entity)
        {
            var value = _getter.GetClrValue(entity);
            if (value is not null && Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }
}
