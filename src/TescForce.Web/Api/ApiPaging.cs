using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TescForce.Application.Common;

namespace TescForce.Web.Api;

/// <summary>The paging query of every API list: <c>page</c> from 1, <c>pageSize</c> from 1 to 100 (default 20).</summary>
public readonly record struct ApiPaging(
    [property: Description("Page number, from 1.")][FromQuery(Name = "page")] int? Page,
    [property: Description("Items per page, 1 to 100; default 20.")][FromQuery(Name = "pageSize")] int? PageSize)
{
    /// <summary>The page asked for; out-of-range values are refused rather than silently changed.</summary>
    public PageRequest ToRequest()
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (Page is < 1)
        {
            InputValidation.Add(errors, "page", "page starts at 1.");
        }

        if (PageSize is < 1 or > PageRequest.MaxPageSize)
        {
            InputValidation.Add(errors, "pageSize", $"pageSize is between 1 and {PageRequest.MaxPageSize}.");
        }

        InputValidation.ThrowIfAny(errors);
        return new PageRequest(Page ?? 1, PageSize ?? PageRequest.DefaultPageSize);
    }
}

/// <summary>One page of a list, with what a client needs to fetch the others.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);

public static class ApiPage
{
    /// <summary>A page of the API from a page of a service, each item mapped to its API shape.</summary>
    public static ApiPage<T> From<TSource, T>(PagedResult<TSource> result, Func<TSource, T> map)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(map);
        return new ApiPage<T>([.. result.Items.Select(map)], result.Request.Page, result.Request.PageSize, result.TotalCount, result.PageCount);
    }
}
