using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Infrastructure.Data;

namespace TescForce.Web.Commands;

/// <summary>
/// <c>create-api-key</c>: a key for a member company (by SIREN) or a client organisation (by id), for the operators
/// who set up an organisation's integration; members otherwise create their own on the website. The key is
/// printed once, alone on the last line, so that a script can take it: only its hash is kept.
/// </summary>
public sealed class CreateApiKeyCommand : IHostCommand
{
    private const string Organisation = "organisation";
    private const string KeyName = "name";
    private const string Expires = "expires";

    public string Name => "create-api-key";

    public string Summary => "Create an API key for a member company (SIREN) or a client organisation (id); the key is printed once.";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new(Organisation, "SIREN|client-id", "the member company's SIREN (9 digits) or the client organisation's id", Required: true),
        new(KeyName, "N", "what the key is for, e.g. \"HR sync\"", Required: true),
        new(Expires, "yyyy-MM-dd", "the day the key stops working (at most two years away); without it the key does not expire"),
    ];

    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var console = invocation.Console;
        var organisation = invocation.Arguments.Value(Organisation)!.Trim();
        DateOnly? expires = null;
        if (invocation.Arguments.Value(Expires) is { } text)
        {
            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return console.Refuse(Name, $"--expires takes a date as yyyy-MM-dd, not '{text}'.");
            }

            expires = day;
        }

        var db = invocation.Services.GetRequiredService<TescForceDbContext>();
        if (await console.RefuseIfPendingMigrationsAsync(Name, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        (ApiKeyOwner Owner, string Name)? found = organisation switch
        {
            _ when organisation.Length == 9 && organisation.All(char.IsAsciiDigit) =>
                await db.MemberCompanies.AsNoTracking().Where(c => c.Siren == organisation)
                    .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(cancellationToken) is { } company
                    ? (ApiKeyOwner.Company(company.Id), company.Name) : null,
            _ when Guid.TryParse(organisation, out var id) =>
                await db.ClientOrganisations.AsNoTracking().Where(c => c.Id == id)
                    .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(cancellationToken) is { } client
                    ? (ApiKeyOwner.Client(client.Id), client.Name) : null,
            _ => null,
        };
        if (found is not { } owner)
        {
            return console.Refuse(Name, $"no member company with the SIREN '{organisation}' nor client organisation with that id; nothing created.");
        }

        try
        {
            var key = await invocation.Services.GetRequiredService<ApiKeyService>().CreateAsync(ActingUser.System("cli"), owner.Owner,
                new ApiKeyRequest(invocation.Arguments.Value(KeyName)!, expires), cancellationToken);
            console.Out.WriteLine($"Created the API key \"{key.Name}\" ({key.Prefix}…) for {owner.Name}"
                + (key.ExpiresAt is { } at ? $", valid until {at:yyyy-MM-dd}." : ", without expiry.")
                + " It is shown this once; send it as Authorization: Bearer <key>:");
            console.Out.WriteLine(key.Key);
            return ExitCodes.Success;
        }
        catch (ValidationFailedException invalid)
        {
            return console.Refuse(Name, [.. invalid.Errors.SelectMany(e => e.Value)]);
        }
    }
}
