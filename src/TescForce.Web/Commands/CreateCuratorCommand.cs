using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;

namespace TescForce.Web.Commands;

/// <summary>
/// <c>create-curator</c>: a confirmed account in the Curator role, the first one of a new installation
/// included. The password is checked by the UserManager's configured validators, as on the site.
/// </summary>
public sealed class CreateCuratorCommand : IHostCommand
{
    /// <summary>Read instead of asking, for scripts; the command line would show the password to every user of the machine.</summary>
    public const string PasswordVariable = "TESCFORCE_CURATOR_PASSWORD";

    private const string Email = "email";
    private const string DisplayName = "name";

    public string Name => "create-curator";

    public string Summary => $"Create a confirmed curator account; the password comes from {PasswordVariable} or is asked for.";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new(Email, "E", "the curator's e-mail address, also their user name", Required: true),
        new(DisplayName, "\"Display Name\"", "the name shown in the app bar and to colleagues"),
    ];

    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var console = invocation.Console;
        var email = invocation.Arguments.Value(Email)!.Trim();
        var name = invocation.Arguments.Value(DisplayName)?.Trim();
        var userManager = invocation.Services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = invocation.Services.GetRequiredService<TescForceDbContext>();

        if (!IsEmailAddress(email))
        {
            return console.Refuse(Name, $"'{email}' is not a valid e-mail address.");
        }

        if (await console.RefuseIfPendingMigrationsAsync(Name, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return console.Refuse(Name, $"an account already exists with {email}; nothing created.");
        }

        var password = console.EnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : console.ReadSecret($"Password for {email}");
        if (string.IsNullOrEmpty(password))
        {
            return console.Refuse(Name, $"no password given (set {PasswordVariable} or type it when asked).");
        }

        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = string.IsNullOrEmpty(name) ? null : name,
            CreatedAt = invocation.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var errors = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(userManager, user, password)).Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return console.Refuse(Name, [.. errors]);
        }

        await invocation.Services.GetRequiredService<DatabaseInitializer>().EnsureRolesAsync();
        // The user and the role membership commit together: a refusal leaves no account without its role.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await userManager.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await userManager.AddToRoleAsync(user, Roles.Curator);
        }

        if (!created.Succeeded)
        {
            return console.Refuse(Name, [.. created.Errors.Select(e => e.Description)]);
        }

        await transaction.CommitAsync(cancellationToken);
        console.Out.WriteLine($"Created the curator {email}{(user.DisplayName is null ? "" : $" ({user.DisplayName})")}: " +
            "e-mail confirmed, they can sign in now.");
        return ExitCodes.Success;
    }

    /// <summary>One address, written as the bare address (no display name, no angle brackets).</summary>
    private static bool IsEmailAddress(string email) =>
        email.Length <= 256 && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.');
}
