namespace TescForce.Tests;

/// <summary>
/// The repository's folder, for tests that read its source files (resource keys, hard-coded texts) or run its scripts and
/// built projects. One file, linked into each test project.
/// </summary>
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
