namespace Hub.Api.Console.Charts;

/// <summary>One series of a history chart: its French name and one value per bucket (null: no value, e.g. lag unknown).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
