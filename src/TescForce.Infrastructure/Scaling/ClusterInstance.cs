namespace TescForce.Infrastructure.Scaling;

/// <summary>This running instance: its notifications carry the id, so that it ignores its own when they come back.</summary>
internal sealed class ClusterInstance
{
    public Guid Id { get; } = Guid.NewGuid();
}
