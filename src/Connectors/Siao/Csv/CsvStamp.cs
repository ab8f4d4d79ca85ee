namespace Hub.Connectors.Siao.Csv;

/// <summary>
/// CSV rows have no version or change sequence: <c>date_modification</c> orders them instead, and the DTOs built from
/// rows carry these neutral values (the pulled record's version is the modification instant).
/// </summary>
internal static class CsvStamp
{
    public const int Version = 0;
    public const long Sequence = 0;
}
