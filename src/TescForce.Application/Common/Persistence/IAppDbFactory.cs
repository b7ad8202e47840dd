namespace TescForce.Application.Common.Persistence;

/// <summary>Creates a short-lived <see cref="IAppDb"/>: Blazor Server circuits must not hold one.</summary>
public interface IAppDbFactory
{
    Task<IAppDb> CreateAsync(CancellationToken cancellationToken = default);
}
