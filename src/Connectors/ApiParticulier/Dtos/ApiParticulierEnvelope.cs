namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary>Success body of every v3 route: <c>{"data": ..., "links": {}, "meta": {}}</c>; only <c>data</c> is used.</summary>
public sealed record ApiParticulierEnvelope<TData>(TData? Data)
    where TData : class;
