namespace Hub.Connectors.Siao.Csv;

/// <summary>A row turned into the same DTO the API would have sent.</summary>
internal sealed record CsvRecord(string Kind, string Id, DateTimeOffset ModifiedAt, bool Deleted, object Dto);
