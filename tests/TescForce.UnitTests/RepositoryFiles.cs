namespace TescForce.UnitTests;

/// <summary>The repository's source files, for tests that read them (resource keys, hard-coded texts).</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TescForce.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (TescForce.sln) was not found above " + AppContext.BaseDirectory);
    }
}
