using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TescForce.Application.Common;
using TescForce.Application.Introductions;
using TescForce.Domain.Introductions;

namespace TescForce.Web.Api;

/// <summary>
/// <c>/api/v1/introductions</c>: a client asks a member company to introduce one of its consultants for an open mission; the company
/// accepts or declines. <c>GET</c> serves both sides by the key's kind, each seeing only its own; the consultant's name reaches the
/// client only once the company accepted (<see cref="IntroductionService"/>).
/// </summary>
public static class IntroductionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var introductions = api.MapGroup("/introductions").WithTags("Introductions");

        introductions.MapGet("", ListAsync)
            .WithName("ListIntroductions")
            .WithSummary("The introductions of the key's organisation")
            .WithDescription("Answers by the key's kind. **Client key**: the organisation's requests, newest first, optionally for one mission "
                + "(`missionId`), with the anonymous card; the consultant's name and the company's contact appear once the company accepted. "
                + "**Company key**: the company's inbox, requests for its own consultants, pending first (`missionId` is not accepted). "
                + "Both may keep one `status`; paged (`page`, `pageSize` up to 100).")
            .ProducesValidationProblem()
            .WithExamples(response: new ApiPage<IntroductionResponse>([IntroductionResponse.Example], 1, 20, 1, 1));

        introductions.MapPost("", RequestAsync)
            .WithName("RequestIntroduction")
            .WithSummary("Ask for an introduction to a consultant")
            .WithDescription("Client keys only. The mission must be the organisation's and open (approved by a curator), the organisation "
                + "verified, and the reference a profile of the talent pool (as listed in the mission's matches); one pending or accepted "
                + "request per consultant and mission (409 otherwise). The company has a week to answer. Answers 201 with the introduction.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(request: IntroductionRequest.Example,
                response: IntroductionResponse.Example with
                {
                    Status = IntroductionStatus.Requested, History = [IntroductionResponse.Example.History[0]], ConsultantName = null, Contact = null,
                },
                responseStatus: StatusCodes.Status201Created);

        introductions.MapPost("/{id:guid}/accept", AcceptAsync)
            .WithName("AcceptIntroduction")
            .WithSummary("Accept a request for one of the company's consultants")
            .WithDescription("Company keys only. The client then sees the consultant's name and the company's contact. A request already "
                + "answered or expired cannot be answered (409); another company's request does not exist (404).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        introductions.MapPost("/{id:guid}/decline", DeclineAsync)
            .WithName("DeclineIntroduction")
            .WithSummary("Decline a request, with a reason for the client")
            .WithDescription("Company keys only. The reason is required and told to the client; the consultant stays anonymous. A request "
                + "already answered or expired cannot be answered (409); another company's request does not exist (404).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(request: DeclineRequest.Example);
    }

    private static async Task<Ok<ApiPage<IntroductionResponse>>> ListAsync(HttpContext http, IntroductionService introductions,
        [Description("Client keys: only the introductions of this mission.")] Guid? missionId,
        [Description("Only the introductions in this state: Requested, Accepted, Declined or Expired.")] IntroductionStatus? status,
        [AsParameters] ApiPaging paging, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Of(http);
        if (ApiActors.IsCompany(actor))
        {
            if (missionId is not null)
            {
                throw new ValidationFailedException("missionId", "missionId filters a client's introductions; a company's inbox is filtered by status.");
            }

            var inbox = await introductions.InboxAsync(actor, status, paging.ToRequest(), cancellationToken);
            return TypedResults.Ok(ApiPage.From(inbox, IntroductionResponse.From));
        }

        actor = ApiActors.Client(http);
        var page = paging.ToRequest();
        var all = (await introductions.ForClientAsync(actor, missionId, cancellationToken)).Where(i => status is null || i.Status == status).ToList();
        return TypedResults.Ok(ApiPage.From(new PagedResult<ClientIntroduction>([.. all.Skip(page.Skip).Take(page.PageSize)], all.Count, page),
            IntroductionResponse.From));
    }

    private static async Task<Created<IntroductionResponse>> RequestAsync(HttpContext http, IntroductionService introductions,
        IntroductionRequest request, CancellationToken cancellationToken)
    {
        var actor = ApiActors.Client(http);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (request.MissionId is null || request.MissionId == Guid.Empty)
        {
            InputValidation.Add(errors, "missionId", "missionId is the id of one of your open missions.");
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            InputValidation.Add(errors, "reference", "reference is the consultant's public reference, such as TF-7K3QX2.");
        }

        RequireText(errors, "message", request.Message, "Tell the company why you would like to meet this consultant.");
        InputValidation.ThrowIfAny(errors);

        var missionId = request.MissionId!.Value;
        var id = await introductions.RequestAsync(actor, missionId, request.Reference!, request.Message!, cancellationToken);
        var created = (await introductions.ForClientAsync(actor, missionId, cancellationToken)).Single(i => i.Id == id);
        return TypedResults.Created((string?)null, IntroductionResponse.From(created));
    }

    private static async Task<NoContent> AcceptAsync(HttpContext http, IntroductionService introductions, Guid id, CancellationToken cancellationToken)
    {
        await introductions.AcceptAsync(ApiActors.Company(http), id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeclineAsync(HttpContext http, IntroductionService introductions, Guid id, DeclineRequest request,
        CancellationToken cancellationToken)
    {
        var actor = ApiActors.Company(http);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        RequireText(errors, "reason", request.Reason, "Give the client a reason (the consultant is no longer available, the rate…).");
        InputValidation.ThrowIfAny(errors);
        await introductions.DeclineAsync(actor, id, request.Reason!, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A text the request needs, 1 to 4,000 characters.</summary>
    private static void RequireText(Dictionary<string, List<string>> errors, string field, string? text, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            InputValidation.Add(errors, field, missing);
        }
        else if (text.Length > Introduction.MaxMessageLength)
        {
            InputValidation.Add(errors, field, $"{field} has at most 4,000 characters.");
        }
    }
}
