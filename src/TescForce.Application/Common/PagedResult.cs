namespace TescForce.Application.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, PageRequest Request)
{
    public int PageCount => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)Request.PageSize);
}
