using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Features;

/// <summary><c>_count</c> / <c>_offset</c> of the admin lists (runs, dead letters), checked the same way everywhere.</summary>
internal readonly record struct Paging(int Size, int Skip)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    public static bool TryCreate(int? count, int? offset, out Paging paging, out ProblemHttpResult? problem)
    {
        paging = new Paging(count ?? DefaultSize, offset ?? 0);
        problem = paging.Size is < 1 or > MaxSize || paging.Skip < 0
            ? TypedResults.Problem(title: "Bad paging", detail: $"_count must be 1..{MaxSize} and _offset ≥ 0.", statusCode: StatusCodes.Status400BadRequest)
            : null;
        return problem is null;
    }
}
