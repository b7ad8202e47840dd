using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Api;

/// <summary>
/// The app on a test database with what API tests need: organisations with keys, and HTTP clients that send
/// them. Keys are created through <see cref="ApiKeyService"/>, as a member would on the website.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ApiHost(TestDatabase database, TescForceWebApplicationFactory app)
    {
        Database = database;
        App = app;
    }

    public TestDatabase Database { get; }

    public TescForceWebApplicationFactory App { get; }

    public static ApiHost Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(database, new TescForceWebApplicationFactory(database, environment: "Production", settings: settings));

    /// <summary>A member company with its member and a key of its own.</summary>
    public async Task<(MemberCompany Company, ActingUser Member, HttpClient Client)> CompanyAsync(string name,
        CompanyStatus status = CompanyStatus.Approved)
    {
        var (company, member) = await TestData.InsertCompanyAsync(Database, name, status);
        return (company, member, await ClientWithKeyAsync(member, ApiKeyOwner.Company(company.Id)));
    }

    /// <summary>A client organisation with its member and a key of its own.</summary>
    public async Task<(ClientOrganisation Client, ActingUser Member, HttpClient Http)> ClientAsync(string name,
        ClientStatus status = ClientStatus.Verified)
    {
        var (client, member) = await TestData.InsertClientAsync(Database, name, status);
        return (client, member, await ClientWithKeyAsync(member, ApiKeyOwner.Client(client.Id)));
    }

    public async Task<CreatedApiKey> CreateKeyAsync(ActingUser member, ApiKeyOwner owner, string name = "Test key")
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(member, owner, new ApiKeyRequest(name, null));
    }

    public async Task<HttpClient> ClientWithKeyAsync(ActingUser member, ApiKeyOwner owner) =>
        WithKey((await CreateKeyAsync(member, owner)).Key);

    /// <summary>An HTTP client sending this key (or none).</summary>
    public HttpClient WithKey(string? key)
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    /// <summary>The problem document of an error response.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
