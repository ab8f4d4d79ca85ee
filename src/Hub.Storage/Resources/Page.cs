namespace Hub.Storage.Resources;

/// <summary>One page of results with the total across all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Count)
{
    public bool HasNext => Offset + Items.Count < Total;
}
