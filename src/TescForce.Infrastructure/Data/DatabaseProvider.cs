namespace TescForce.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
