using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.Missions;
using TescForce.Domain.Missions;

namespace TescForce.Web.Api;

/// <summary>
/// <c>/api/v1/missions</c>: a client organisation's missions, for its keys only (a company key is refused with 403). The rules are
/// the website's (<see cref="MissionService"/>): a draft or rejected mission can be changed, a verified client submits it to the
/// curators, who open it; another organisation's mission "does not exist" (404).
/// </summary>
public static class MissionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var missions = api.MapGroup("/missions").WithTags("Missions");

        missions.MapGet("", ListAsync)
            .WithName("ListMissions")
            .WithSummary("The organisation's missions")
            .WithDescription("Client keys only. Flagged missions first, then the most recently changed; `status` keeps one state. Paged (`page`, `pageSize` up to 100).")
            .ProducesValidationProblem()
            .WithExamples(response: new ApiPage<MissionSummary>([new MissionSummary(MissionResponse.Example.Id, MissionResponse.Example.Title,
                MissionStatus.Submitted, MissionResponse.Example.StartDate, 2, MissionResponse.Example.UpdatedAt, MissionResponse.Example.UpdatedAt)], 1, 20, 1, 1));

        missions.MapGet("/{id:guid}", GetAsync)
            .WithName("GetMission")
            .WithSummary("One of the organisation's missions")
            .WithDescription("Client keys only. The `ETag` header is the mission's version: send it back in `If-Match` to replace the mission.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(response: MissionResponse.Example);

        missions.MapPost("", CreateAsync)
            .WithName("CreateMission")
            .WithSummary("Create a draft mission")
            .WithDescription("Client keys only. The mission is saved as a draft (pending organisations may draft too); submit it to send it to "
                + "the curators. Answers 201 with `Location` and `ETag`. Errors are keyed by the body's field names; nothing is saved then.")
            .ProducesValidationProblem()
            .WithExamples(request: MissionRequest.Example, response: MissionResponse.Example, responseStatus: StatusCodes.Status201Created);

        missions.MapPut("/{id:guid}", ReplaceAsync)
            .WithName("ReplaceMission")
            .WithSummary("Replace a draft or rejected mission")
            .WithDescription("Client keys only. Requires `If-Match` with the `ETag` last read (428 without it, 412 when the mission changed since). "
                + "A rejected mission becomes a draft again; a submitted, open or closed mission cannot be changed (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithExamples(request: MissionRequest.Example, response: MissionResponse.Example);

        missions.MapPost("/{id:guid}/submit", SubmitAsync)
            .WithName("SubmitMission")
            .WithSummary("Send a draft or rejected mission to the curators")
            .WithDescription("Client keys only. The organisation must be verified (409 `mission.client-pending` while it is pending; it may draft meanwhile). The mission becomes `Submitted`; "
                + "a curator opens it (`Open`) or sends it back with a reason (`Rejected`).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(response: MissionResponse.Example with { Status = MissionStatus.Submitted, SubmittedAt = MissionResponse.Example.UpdatedAt });

        missions.MapPost("/{id:guid}/close", CloseAsync)
            .WithName("CloseMission")
            .WithSummary("Close a mission")
            .WithDescription("Client keys only. A closed mission is no longer matched nor shown to member companies; it cannot be reopened.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(response: MissionResponse.Example with { Status = MissionStatus.Closed });
    }

    private static async Task<Ok<ApiPage<MissionSummary>>> ListAsync(HttpContext http, MissionService missions,
        [Description("Only the missions in this state: Draft, Submitted, Open, Rejected, Closed or Staffed.")] MissionStatus? status,
        [AsParameters] ApiPaging paging, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        var page = await missions.ListAsync(actor, status, paging.ToRequest(), cancellationToken);
        return TypedResults.Ok(ApiPage.From(page, MissionSummary.From));
    }

    private static async Task<Ok<MissionResponse>> GetAsync(HttpContext http, MissionService missions, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(http, missions, ApiActors.Client(http), id, cancellationToken));

    private static async Task<Created<MissionResponse>> CreateAsync(HttpContext http, MissionService missions, MissionRequest mission,
        CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        var id = await missions.CreateAsync(actor, mission.ToInput(), cancellationToken);
        return TypedResults.Created($"{ApiSetup.Prefix}/missions/{id}", await ReadAsync(http, missions, actor, id, cancellationToken));
    }

    private static async Task<Ok<MissionResponse>> ReplaceAsync(HttpContext http, MissionService missions, Guid id, MissionRequest mission,
        CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        // The service refuses a version other than the mission's, and its save re-checks it: a change in between is a 412 too.
        await missions.UpdateAsync(actor, id, mission.ToInput(ApiEtags.Required(http)), cancellationToken);
        return TypedResults.Ok(await ReadAsync(http, missions, actor, id, cancellationToken));
    }

    private static async Task<Ok<MissionResponse>> SubmitAsync(HttpContext http, MissionService missions, Guid id, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        await missions.SubmitAsync(actor, id, cancellationToken);
        return TypedResults.Ok(await ReadAsync(http, missions, actor, id, cancellationToken));
    }

    private static async Task<Ok<MissionResponse>> CloseAsync(HttpContext http, MissionService missions, Guid id, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        await missions.CloseAsync(actor, id, cancellationToken);
        return TypedResults.Ok(await ReadAsync(http, missions, actor, id, cancellationToken));
    }

    /// <summary>The mission as the API shows it, its version in the <c>ETag</c> header.</summary>
    private static async Task<MissionResponse> ReadAsync(HttpContext http, MissionService missions, ActingUser actor, Guid id,
        CancellationToken cancellationToken)
    {
        var mission = await missions.GetAsync(actor, id, cancellationToken);
        ApiEtags.Set(http, mission.Input.Version);
        return MissionResponse.From(mission);
    }
}
