using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Domain.Consultants;

namespace TescForce.Web.Api;

/// <summary>
/// <c>/api/v1/consultants</c>: a member company's consultant profiles, for its own keys only (a client's key gets 403,
/// another company's consultant is 404). Everything goes through <see cref="ConsultantService"/> with the key's member.
/// </summary>
public static class ConsultantsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var consultants = api.MapGroup("/consultants").WithTags("Consultants").AddEndpointFilter(ApiActors.RequireCompanyAsync);

        consultants.MapGet("", ListAsync)
            .WithName("ListConsultants")
            .WithSummary("List the company's consultants")
            .WithDescription("The company's consultant profiles, paged (`page`, `pageSize` up to 100), most recently updated first unless `sort` says "
                + "otherwise. Archived profiles are left out unless `status=Archived`. Out-of-range or unknown values are refused with a message.")
            .ProducesValidationProblem()
            .WithExamples(response: new ApiPage<ConsultantApiListItem>([ExampleListItem], 1, 20, 1, 1));

        consultants.MapGet("/{id:guid}", GetAsync)
            .WithName("GetConsultant")
            .WithSummary("One consultant profile")
            .WithDescription("The whole profile with its private identity. The `ETag` header (also `version`) is what `If-Match` must send back to update it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(response: ExampleConsultant);

        consultants.MapPost("", CreateAsync)
            .WithName("CreateConsultant")
            .WithSummary("Create a consultant profile")
            .WithDescription("Creates a draft profile: 201 with `Location` and `ETag`. Validation errors are keyed by the body's field names "
                + "(`fullName`, `skills`, `externalReference`…); nothing is saved then.")
            .ProducesValidationProblem()
            .WithExamples(request: ExampleRequest, response: ExampleConsultant, responseStatus: StatusCodes.Status201Created);

        consultants.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateConsultant")
            .WithSummary("Replace a consultant profile")
            .WithDescription("Replaces the whole profile (absent fields take their defaults). Requires `If-Match` with the `ETag` last read: 428 "
                + "without it, 412 when the profile changed since (the version is checked again when saving). An archived profile cannot be edited (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithExamples(request: ExampleRequest, response: ExampleConsultant);

        consultants.MapPut("/by-external-reference/{externalReference}", UpsertAsync)
            .WithName("UpsertConsultantByExternalReference")
            .WithSummary("Create or replace the consultant with this external reference")
            .WithDescription("For synchronisation tools, keyed by the company's own reference (the path's; the body's `externalReference` is "
                + "ignored): creates the profile (201 with `Location`) or replaces the company's profile with that reference (200). `If-Match` is "
                + "optional here, because the calling tool is the source of truth: when sent it is checked (412 if stale); without it the update "
                + "applies to the version just read, and a change saved in between is still refused with 412 rather than overwritten. "
                + "Another company's consultant with the same reference is never touched.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithExamples(request: ExampleRequest, response: ExampleConsultant);

        consultants.MapPut("/{id:guid}/consent", RecordConsentAsync)
            .WithName("RecordConsultantConsent")
            .WithSummary("Record the consultant's consent")
            .WithDescription("When (yyyy-MM-dd, not in the future; default today) and how the consultant agreed to be listed: required before submission.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(request: new ConsentApiRequest(new DateOnly(2026, 11, 20), "Signed consent form"), response: ExampleConsultant);

        consultants.MapPost("/{id:guid}/submit", SubmitAsync)
            .WithName("SubmitConsultant")
            .WithSummary("Submit a profile for the curators' review")
            .WithDescription("A draft or rejected profile with a recorded consent and at least one skill becomes `Submitted`; otherwise 409 says why.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(response: ExampleConsultant with { Status = ConsultantStatus.Submitted });

        consultants.MapPost("/{id:guid}/archive", ArchiveAsync)
            .WithName("ArchiveConsultant")
            .WithSummary("Archive a profile")
            .WithDescription("The profile leaves searches and lists (list it with `status=Archived`); it cannot be edited afterwards. "
                + "A POST rather than DELETE: nothing is deleted. An already archived profile is 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(response: ExampleConsultant with { Status = ConsultantStatus.Archived });

        consultants.MapPost("/availability", UpdateAvailabilityAsync)
            .WithName("UpdateConsultantsAvailability")
            .WithSummary("Update many consultants' availability at once")
            .WithDescription($"Up to {ConsultantService.MaxAvailabilityItems:N0} items (body up to 4 MB), each by `id` or `externalReference`, all or "
                + "nothing: every item is checked first and errors are keyed by position (`items[3].availableFrom`); if any item fails, no "
                + "profile is changed. `capacityPercent` absent keeps the current capacity, `availableUntil` absent means open-ended, "
                + "`confirmAvailability` (default true) confirms the availability as of now. Answers each item's new version and `ETag`; 412 "
                + "if one of the profiles was changed by someone else while saving (then none is changed).")
            .WithMetadata(new BulkBodyMetadata())
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithExamples(
                request: new AvailabilityApiRequest(
                [
                    new AvailabilityApiItem(null, "HR-00042", new DateOnly(2027, 1, 4), new DateOnly(2027, 6, 30), 80, null),
                    new AvailabilityApiItem(ExampleConsultant.Id, null, new DateOnly(2026, 12, 1), null, null, true),
                ]),
                response: new AvailabilityApiResponse(2,
                [
                    new AvailabilityApiResult(Guid.Parse("0b7e2c1a-5d34-4f6e-9a21-3c8d7e6f5a40"), "HR-00042", 5, ApiEtags.Of(5)),
                    new AvailabilityApiResult(ExampleConsultant.Id, ExampleConsultant.ExternalReference, 4, ApiEtags.Of(4)),
                ]));
    }

    private static async Task<Ok<ApiPage<ConsultantApiListItem>>> ListAsync(ConsultantService service, HttpContext http,
        [AsParameters] ApiPaging paging,
        [Description("Part of the name, e-mail, headline, reference or external reference.")] string? q,
        [Description("Only this status: Draft, Submitted, Published, Rejected or Archived (archived profiles are listed only so).")] string? status,
        [Description("Only consultants with this skill (an id of /api/v1/skills).")] int? skillId,
        [Description("Only consultants available on this date (yyyy-MM-dd): from on or before it, and not gone by then.")] DateOnly? availableBy,
        [Description("Only profiles whose availability is Fresh, StaleSoon or Stale (confirmed too long ago).")] string? freshness,
        [Description("RecentlyUpdated (default), Name, Headline, AvailableFrom, DailyRate or Confirmed.")] string? sort,
        [Description("Reverse the order of sort.")] bool? descending,
        CancellationToken cancellationToken)
    {
        var page = paging.ToRequest();
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var wantedStatus = ApiQuery.Enum<ConsultantStatus>(status, nameof(status), errors);
        var wantedFreshness = ApiQuery.Enum<FreshnessState>(freshness, nameof(freshness), errors);
        var order = ApiQuery.Enum<ConsultantSort>(sort, nameof(sort), errors) ?? ConsultantSort.RecentlyUpdated;
        if (q?.Trim().Length > 100)
        {
            InputValidation.Add(errors, nameof(q), "q has at most 100 characters.");
        }

        InputValidation.ThrowIfAny(errors);
        var query = new ConsultantQuery(page, Search: q, SkillId: skillId, Status: wantedStatus, Freshness: wantedFreshness, Sort: order,
            Descending: descending ?? false, AvailableBy: availableBy);
        var result = await service.ListAsync(ApiActors.Of(http), query, cancellationToken);
        return TypedResults.Ok(ApiPage.From(result, ConsultantApiListItem.From));
    }

    private static async Task<Ok<ConsultantApiResponse>> GetAsync(ConsultantService service, HttpContext http, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(service, http, id, cancellationToken));

    private static async Task<Created<ConsultantApiResponse>> CreateAsync(ConsultantService service, HttpContext http, ConsultantApiRequest body,
        CancellationToken cancellationToken)
    {
        var id = await service.CreateAsync(ApiActors.Of(http), body.ToInput(), cancellationToken);
        return TypedResults.Created(Location(id), await ReadAsync(service, http, id, cancellationToken));
    }

    private static async Task<Ok<ConsultantApiResponse>> UpdateAsync(ConsultantService service, HttpContext http, Guid id, ConsultantApiRequest body,
        CancellationToken cancellationToken)
    {
        // The service refuses a version other than If-Match's, at once and again in the save's WHERE (ADR 0004): both are 412.
        await service.UpdateAsync(ApiActors.Of(http), id, body.ToInput(ApiEtags.Required(http)), cancellationToken);
        return TypedResults.Ok(await ReadAsync(service, http, id, cancellationToken));
    }

    private static async Task<Results<Created<ConsultantApiResponse>, Ok<ConsultantApiResponse>>> UpsertAsync(ConsultantService service, HttpContext http,
        [Description("The company's own identifier of the consultant (1 to 100 characters, URL-encoded).")] string externalReference,
        ConsultantApiRequest body, CancellationToken cancellationToken)
    {
        var result = await service.UpsertByExternalReferenceAsync(ApiActors.Of(http), externalReference, body.ToInput(), ApiEtags.Optional(http),
            cancellationToken);
        var consultant = await ReadAsync(service, http, result.Id, cancellationToken);
        return result.Created ? TypedResults.Created(Location(result.Id), consultant) : TypedResults.Ok(consultant);
    }

    private static async Task<Ok<ConsultantApiResponse>> RecordConsentAsync(ConsultantService service, HttpContext http, Guid id, ConsentApiRequest body,
        CancellationToken cancellationToken)
    {
        await service.RecordConsentAsync(ApiActors.Of(http), id, body.ConsentRecordedAt ?? DateOnly.FromDateTime(DateTime.UtcNow), body.ConsentMethod ?? "",
            cancellationToken);
        return TypedResults.Ok(await ReadAsync(service, http, id, cancellationToken));
    }

    private static async Task<Ok<ConsultantApiResponse>> SubmitAsync(ConsultantService service, HttpContext http, Guid id, CancellationToken cancellationToken)
    {
        await service.SubmitAsync(ApiActors.Of(http), id, cancellationToken);
        return TypedResults.Ok(await ReadAsync(service, http, id, cancellationToken));
    }

    private static async Task<Ok<ConsultantApiResponse>> ArchiveAsync(ConsultantService service, HttpContext http, Guid id, CancellationToken cancellationToken)
    {
        await service.ArchiveAsync(ApiActors.Of(http), id, cancellationToken);
        return TypedResults.Ok(await ReadAsync(service, http, id, cancellationToken));
    }

    private static async Task<Ok<AvailabilityApiResponse>> UpdateAvailabilityAsync(ConsultantService service, HttpContext http, AvailabilityApiRequest body,
        CancellationToken cancellationToken)
    {
        var items = (body.Items ?? []).Select(i => i?.ToUpdate() ?? new AvailabilityUpdate(null, null, null)).ToList();
        var result = await service.UpdateAvailabilityAsync(ApiActors.Of(http), items, cancellationToken);
        return TypedResults.Ok(new AvailabilityApiResponse(result.Updated,
            [.. result.Items.Select(i => new AvailabilityApiResult(i.Id, i.ExternalReference, i.Version, ApiEtags.Of(i.Version)))]));
    }

    /// <summary>The profile as the API shows it, with its <c>ETag</c>.</summary>
    private static async Task<ConsultantApiResponse> ReadAsync(ConsultantService service, HttpContext http, Guid id, CancellationToken cancellationToken)
    {
        var details = await service.GetAsync(ApiActors.Of(http), id, cancellationToken);
        ApiEtags.Set(http, details.Input.Version);
        return ConsultantApiResponse.From(details);
    }

    private static string Location(Guid id) => $"{ApiSetup.Prefix}/consultants/{id}";

    private static readonly ConsultantApiRequest ExampleRequest = new()
    {
        FullName = "Claire Martin", Email = "claire.martin@example.com", ExternalReference = "HR-00042",
        Headline = "Senior embedded software engineer", Summary = "Twelve years of flight software in C and Ada, DO-178C level A.",
        SeniorityYears = 12, City = "Toulouse", CountryCode = "FR", RemotePreference = RemotePreference.RemoteWithTravel, DailyRateEur = 650,
        TimeZone = "Europe/Paris", WorkdayStart = new TimeOnly(9, 0), WorkdayEnd = new TimeOnly(17, 30), AvailableFrom = new DateOnly(2027, 1, 4),
        AvailableUntil = new DateOnly(2027, 12, 31), CapacityPercent = 80, Sectors = ["aerospace"], Certifications = ["ISTQB Foundation"],
        Skills = [new ConsultantSkillApi(1942, 4, 6), new ConsultantSkillApi(2210, 5, 12)],
        Languages = [new ConsultantLanguageApi("fr", CefrLevel.C2), new ConsultantLanguageApi("en", CefrLevel.C1)],
    };

    private static readonly ConsultantApiResponse ExampleConsultant = new(Guid.Parse("5f0c3e9a-8b2d-4c71-a6e4-1d9b7f2a3c58"), "TF-7K3QX2", "HR-00042",
        ConsultantStatus.Draft, null, "Claire Martin", "claire.martin@example.com", "Senior embedded software engineer",
        "Twelve years of flight software in C and Ada, DO-178C level A.", 12, "Toulouse", "FR", RemotePreference.RemoteWithTravel, 650,
        "Europe/Paris", new TimeOnly(9, 0), new TimeOnly(17, 30), new DateOnly(2027, 1, 4), new DateOnly(2027, 12, 31), 80, ["aerospace"],
        ["ISTQB Foundation"], [new ConsultantSkillApi(2210, 5, 12), new ConsultantSkillApi(1942, 4, 6)],
        [new ConsultantLanguageApi("fr", CefrLevel.C2), new ConsultantLanguageApi("en", CefrLevel.C1)],
        new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), "Signed consent form", new DateTime(2026, 11, 26, 9, 15, 0, DateTimeKind.Utc),
        FreshnessState.Fresh, new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc), new DateTime(2026, 11, 26, 9, 15, 0, DateTimeKind.Utc), 3);

    private static readonly ConsultantApiListItem ExampleListItem = new(ExampleConsultant.Id, "TF-7K3QX2", "HR-00042", "Claire Martin",
        "Senior embedded software engineer", 12, ConsultantStatus.Published, new DateOnly(2027, 1, 4), 80, 650,
        new DateTime(2026, 11, 26, 9, 15, 0, DateTimeKind.Utc), FreshnessState.Fresh, new DateTime(2026, 11, 26, 9, 15, 0, DateTimeKind.Utc), 2);
}
